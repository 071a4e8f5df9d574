/**
 * The translations, each with its record (content/<lang>/translation.ts): where
 * every entry came from (a hash of the English) and who checked it. A module of
 * its own, imported by the server, the scripts and the tests only, so no
 * language's words reach the browser through it.
 *
 * A translation becomes a language people can choose when its pack joins
 * CONTENT_PACKS (content/index.ts), built with `withEnglishWhereOutdated`, so an
 * outdated entry shows today's English. `npm run i18n:status`
 * lists what is missing, outdated or unreviewed.
 */
import { ar } from './ar';
import { clinician as arClinician } from './ar/clinician';
import { translation as arRecord } from './ar/translation';
import { en } from './en';
import { clinician as enClinician } from './en/clinician';
import { es } from './es';
import { clinician as esClinician } from './es/clinician';
import { translation as esRecord } from './es/translation';
import { pl } from './pl';
import { clinician as plClinician } from './pl/clinician';
import { translation as plRecord } from './pl/translation';
import { withEnglishWhereOutdated, type TranslationRecord } from './i18n/translation';
import type { Lang } from './languages';
import type { ClinicianContent, ContentPack } from './types';

/** Everything a translation translates: the check's words and the clinicians' (entry paths `questions.…`, `clinician.…`). */
export type TranslatedText = ContentPack & { clinician: ClinicianContent };

export interface Translation {
  words: ContentPack;
  clinician: ClinicianContent;
  record: TranslationRecord;
}

export const TRANSLATIONS: Readonly<Record<Exclude<Lang, 'en'>, Translation>> = {
  es: { words: es, clinician: esClinician, record: esRecord },
  pl: { words: pl, clinician: plClinician, record: plRecord },
  ar: { words: ar, clinician: arClinician, record: arRecord },
};

/** Today's English, as a translation is stamped and checked against. */
export const ENGLISH: TranslatedText = { ...en, clinician: enClinician };

/** A translation's text, in the same shape as ENGLISH. */
export const translatedText = ({ words, clinician }: Translation): TranslatedText => ({ ...words, clinician });

/** A language's translation and its record; null for English (the original) or an unknown language. */
export const translationOf = (lang: string): Translation | null => (Object.hasOwn(TRANSLATIONS, lang) ? TRANSLATIONS[lang as keyof typeof TRANSLATIONS] : null);

/** What a translated language shows: the translation where it is current, today's English where it is outdated or missing. */
function currentText(lang: Exclude<Lang, 'en'>): TranslatedText {
  const translation = TRANSLATIONS[lang];
  return withEnglishWhereOutdated(ENGLISH, translatedText(translation), translation.record);
}

/** Each translated language as shown, merged once: content/index.ts and content/clinician.ts take their parts. */
export const CURRENT: Readonly<Record<Exclude<Lang, 'en'>, TranslatedText>> = { es: currentText('es'), pl: currentText('pl'), ar: currentText('ar') };
