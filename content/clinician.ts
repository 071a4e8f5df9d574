/**
 * The clinicians' words, one pack per language like the ContentPacks, kept apart
 * from them: only the clinicians' pages (server-rendered) import this module, so
 * none of it reaches the browser with the check's own pages.
 */
import { clinician as en } from './en/clinician';
import { CURRENT } from './translations';
import type { Lang } from './languages';
import type { ClinicianContent } from './types';

/** Each language's, translated ones with today's English where an entry is outdated (content/translations.ts). */
export const CLINICIAN_PACKS: Readonly<Record<Lang, ClinicianContent>> = {
  en,
  es: CURRENT.es.clinician,
  pl: CURRENT.pl.clinician,
  ar: CURRENT.ar.clinician,
};

/** The clinicians' words in a language the app has, else English (own keys only: no prototype names). */
export const clinicianContentFor = (lang: string | null | undefined): ClinicianContent =>
  (lang && Object.hasOwn(CLINICIAN_PACKS, lang) ? CLINICIAN_PACKS[lang as Lang] : undefined) ?? en;
