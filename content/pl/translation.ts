/**
 * The Polish translation's record: the hash of the English each entry was
 * translated from (made-from.json, written by `npm run i18n:stamp -- pl`), the
 * notice its pages show, and its reviewer. Never invent a reviewer: null until
 * a clinician who speaks Polish has checked it and signed.
 */
import type { TranslationRecord } from '../i18n/translation';
import madeFrom from './made-from.json';

export const translation: TranslationRecord = {
  lang: 'pl',
  from: 'en',
  notice: {
    unreviewed: 'Przetłumaczono z języka angielskiego. Tłumaczenia nie sprawdził jeszcze lekarz mówiący po polsku.',
    reviewed: 'Przetłumaczono z języka angielskiego i sprawdzono: {name} ({role}), {date}.',
  },
  reviewer: null,
  madeFrom,
};
