/**
 * The Spanish translation's record: the hash of the English each entry was
 * translated from (made-from.json, written by `npm run i18n:stamp -- es`), the
 * notice its pages show, and its reviewer. Never invent a reviewer: null until
 * a clinician who speaks Spanish has checked it and signed.
 */
import type { TranslationRecord } from '../i18n/translation';
import madeFrom from './made-from.json';

export const translation: TranslationRecord = {
  lang: 'es',
  from: 'en',
  notice: {
    unreviewed: 'Traducido del inglés. Todavía no lo ha revisado un profesional de la salud que hable español.',
    reviewed: 'Traducido del inglés y revisado por {name} ({role}) el {date}.',
  },
  reviewer: null,
  madeFrom,
};
