/**
 * The languages the check speaks, and nothing else: no words. Small enough for
 * proxy.ts (which reads the language from the address and the browser's
 * Accept-Language) and for the browser's language switcher, neither of which
 * should carry a content pack.
 */
export const LANGUAGES = ['en', 'es', 'pl', 'ar'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Own entries only: "toString" or "__proto__" is not a language. */
export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** A language the check has, or the default for anything else (a missing setting, an unknown code). */
export const langOf = (value: unknown): Lang => (isLang(value) ? value : DEFAULT_LANG);

/** Each language's own name for itself, as a switcher shows it (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  es: 'Español',
  pl: 'Polski',
  ar: 'العربية',
};

/**
 * How each language writes a date. The English pages are British English (colour, GP, NHS 111),
 * so a date reads "5 December 2026", not the US "December 5, 2026" that plain `en` gives.
 */
export const DATE_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', es: 'es', pl: 'pl', ar: 'ar' };

export const DIRECTION: Readonly<Record<Lang, 'ltr' | 'rtl'>> = { en: 'ltr', es: 'ltr', pl: 'ltr', ar: 'rtl' };

/**
 * The site's address for a language: English keeps the addresses it always had
 * (`/check`); the others carry their language first (`/es/check`). `explicit`
 * English (`/en/check`) is for a reader whose browser asks for another language
 * and who chose English: its front door does not send them back.
 */
export const languageBase = (lang: Lang, explicit = false): string => (lang === DEFAULT_LANG && !explicit ? '' : `/${lang}`);

/** The language an address names first, and the rest of it: `/es/check` → es, `/check`. */
export function splitLanguage(path: string): { lang: Lang | null; rest: string } {
  const [, first = '', ...others] = path.split('/');
  if (!isLang(first)) return { lang: null, rest: path };
  return { lang: first, rest: `/${others.join('/')}`.replace(/\/$/, '') || '/' };
}
