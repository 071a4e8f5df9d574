// Polish translation of content/en/index.ts; not yet reviewed by a clinician who speaks Polish.
import type { ContentPack } from '../types';
import { actions } from './actions';
import { causes } from './causes';
import { diagram } from './diagram';
import { questions } from './questions';
import { questionsForOther } from './questions-for-other';
import { resultForOther } from './result-for-other';
import { evidenceLabels, triage } from './triage';
import { ui } from './ui';

export const pl: ContentPack = {
  lang: 'pl',
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
