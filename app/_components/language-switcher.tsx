'use client';

/**
 * The language switcher: the same page, with the same answers, in another
 * language. Each link is this address with its language swapped
 * (`/check?a=…` → `/es/check?a=…`): the answers are ids, the same in every language.
 *
 * The server writes the links for the address it served, so they work without
 * JavaScript. The island moves the address bar on without a page load
 * (pushState, which Next's router reports through usePathname and
 * useSearchParams), and the links follow it.
 * Only the languages' own names are here, never a pack.
 */
import { usePathname, useSearchParams } from 'next/navigation';
import { LANGUAGE_NAMES, LANGUAGES, splitLanguage, type Lang } from '@/content/languages';

/** This address in `lang`: English explicitly (`/en/…`), so a browser that asks for another language does not send the reader back. */
export function switchHref(lang: Lang, rest: string, search: string): string {
  return `/${lang}${rest === '/' ? '' : rest}${search}`;
}

export function LanguageSwitcher({ current, label }: { current: Lang; label: string }) {
  // The address without its language: the same whether the router reports `/check` or the English pages' `/en/check`.
  const rest = splitLanguage(usePathname()).rest;
  // As the check writes its own addresses: ':' kept readable (machines/address.ts, checkQuery).
  const query = useSearchParams().toString().replaceAll('%3A', ':');
  const search = query ? `?${query}` : '';
  return (
    <nav className="app-languages" aria-label={label}>
      <ul className="app-languages__list">
        {LANGUAGES.map((lang) => (
          <li key={lang}>
            {lang === current ? (
              <span className="app-languages__current" aria-current="page" lang={lang}>
                {LANGUAGE_NAMES[lang]}
              </span>
            ) : (
              <a className="app-languages__link" href={switchHref(lang, rest, search)} lang={lang} hrefLang={lang}>
                {LANGUAGE_NAMES[lang]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
