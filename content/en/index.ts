import type { ContentPack } from '../types';
import { actions } from './actions';
import { causes } from './causes';
import { diagram } from './diagram';
import { questions } from './questions';
import { questionsForOther } from './questions-for-other';
import { resultForOther } from './result-for-other';
import { evidenceLabels, triage } from './triage';
import { ui } from './ui';

/** English (default language): words only. A second language is a sibling folder exporting the same shape; the facts stay in content/clinical/. */
export const en: ContentPack = {
  lang: 'en',
  dir: 'ltr',
  questions,
  questionsForOther,
  resultForOther,
  causes,
  actions,
  triage,
  evidenceLabels,
  ui,
  diagram,
};
