/**
 * The site's surface for this request: its language, from the address's first
 * segment, and the prefix its links keep. proxy.ts sends an address without a
 * language (`/check`) to the English pages and says so in SITE_BASE_HEADER, so
 * English keeps its addresses; `/en/check`, chosen in the switcher, keeps `/en`.
 */
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { DEFAULT_LANG, isLang, languageBase, splitLanguage, type Lang } from '@/content/languages';
import type { Surface } from './embed-settings';

/** Set by proxy.ts on every request it hands to the site (never taken from the browser): the prefix the address used. */
export const SITE_BASE_HEADER = 'x-site-base';

export async function siteLanguage(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return lang;
}

export async function siteSurface(params: Promise<{ lang: string }>): Promise<Surface> {
  const lang = await siteLanguage(params);
  const unprefixed = lang === DEFAULT_LANG && (await headers()).get(SITE_BASE_HEADER) === '';
  return { base: languageBase(lang, !unprefixed), embedded: false, settings: { lang } };
}

/** This request's site language and prefix, as proxy.ts read them from the address: for server code below the pages (helpers, route handlers). */
export async function requestPlace(): Promise<{ lang: Lang; base: string }> {
  const shown = (await headers()).get(SITE_BASE_HEADER) ?? '';
  const lang = splitLanguage(shown || '/').lang ?? DEFAULT_LANG;
  return { lang, base: shown === '' && lang === DEFAULT_LANG ? '' : `/${lang}` };
}
