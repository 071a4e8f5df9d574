import { describe, expect, it } from 'vitest';
import { CONTENT_PACKS, contentFor } from './index';
import { DIRECTION, isLang, languageBase, LANGUAGES, splitLanguage } from './languages';
import { preferredLanguage, siteRoute } from '../proxy';

describe('the languages', () => {
  it('every language has its pack, in its own direction; Arabic reads right to left', () => {
    for (const lang of LANGUAGES) {
      expect(contentFor(lang).lang).toBe(lang);
      expect(CONTENT_PACKS[lang].dir).toBe(DIRECTION[lang]);
    }
    expect(DIRECTION.ar).toBe('rtl');
  });

  it('a prototype name or a near miss is not a language', () => {
    for (const value of ['toString', '__proto__', 'constructor', 'EN', 'es-ES', '', null, 3]) expect(isLang(value)).toBe(false);
  });

  it('splits an address into its language and the rest', () => {
    expect(splitLanguage('/es/check')).toEqual({ lang: 'es', rest: '/check' });
    expect(splitLanguage('/es')).toEqual({ lang: 'es', rest: '/' });
    expect(splitLanguage('/es/')).toEqual({ lang: 'es', rest: '/' });
    expect(splitLanguage('/check')).toEqual({ lang: null, rest: '/check' });
    expect(splitLanguage('/escape')).toEqual({ lang: null, rest: '/escape' });
    expect(languageBase('en')).toBe('');
    expect(languageBase('en', true)).toBe('/en');
    expect(languageBase('ar')).toBe('/ar');
  });
});

describe('the proxy picks the language', () => {
  it('from the browser’s Accept-Language, best match first, English when none of ours', () => {
    expect(preferredLanguage('pl')).toBe('pl');
    expect(preferredLanguage('pl-PL,pl;q=0.9,en;q=0.5')).toBe('pl');
    expect(preferredLanguage('de-DE, es;q=0.8, en;q=0.5')).toBe('es');
    expect(preferredLanguage('ar-EG')).toBe('ar');
    expect(preferredLanguage('en-GB,pl;q=0.5')).toBe('en');
    expect(preferredLanguage('fr, de')).toBe('en');
    expect(preferredLanguage(null)).toBe('en');
    expect(preferredLanguage(';;;q=,,')).toBe('en');
  });

  it('sends only the front doors to the browser’s language; a language in the address wins; answers are never moved', () => {
    expect(siteRoute('/', '', 'pl')).toEqual({ redirect: '/pl' });
    expect(siteRoute('/check', '', 'es-MX')).toEqual({ redirect: '/es/check' });
    expect(siteRoute('/', '', 'en-US')).toEqual({ serve: '/en', base: '' });
    expect(siteRoute('/es', '', 'pl')).toEqual({ serve: '/es', base: '/es' });
    expect(siteRoute('/en/check', '', 'pl')).toEqual({ serve: '/en/check', base: '/en' });
    expect(siteRoute('/check', '?a=screen_leg:none', 'pl')).toEqual({ serve: '/en/check', base: '' });
    expect(siteRoute('/result', '', 'pl')).toEqual({ serve: '/en/result', base: '' });
    expect(siteRoute('/diagram', '', 'ar')).toEqual({ serve: '/en/diagram', base: '' });
  });
});
