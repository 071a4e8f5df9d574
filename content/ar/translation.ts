/**
 * The Arabic translation's record: the hash of the English each entry was
 * translated from (made-from.json, written by `npm run i18n:stamp -- ar`), the
 * notice its pages show, and its reviewer. Never invent a reviewer: null until
 * a clinician who speaks Arabic has checked it and signed.
 */
import type { TranslationRecord } from '../i18n/translation';
import madeFrom from './made-from.json';

export const translation: TranslationRecord = {
  lang: 'ar',
  from: 'en',
  notice: {
    unreviewed: 'مترجم من الإنجليزية. لم يراجعه بعد طبيب يتحدث العربية.',
    reviewed: 'مترجم من الإنجليزية، وراجعه {name} ({role}) بتاريخ {date}.',
  },
  reviewer: null,
  madeFrom,
};
