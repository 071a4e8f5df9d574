/**
 * Only the page's own language reaches the browser. No JavaScript file carries
 * any language's words (the island gets its words from the page: app/_flow/island-words.ts),
 * and neither the files nor the page itself (its HTML, with the island's data)
 * hold another language's words: checked on a step page and a result in every language.
 */
import { expect, test } from '@playwright/test';
import { CONTENT_PACKS, LANGUAGES, type Lang } from '../content';
import { entries } from '../content/i18n/translation';
import { languageBase } from '../content/languages';
import { sources } from '../content/clinical/sources';
import { CONTENT_VERSION } from '../machines/address';

/**
 * The publications' own titles ("… peripheral arterial disease …"), the same in every language,
 * which the island's "Sources" lines carry: a medical term that is also in a title is not a pack's words.
 */
const TITLES = JSON.stringify(sources).toLowerCase();

/** A pack's own sentences: long enough to be its own (not a name or a number). */
const sentences = (lang: Lang) =>
  new Set(Object.values(entries(CONTENT_PACKS[lang])).filter((text) => text.length >= 24 && !TITLES.includes(text.toLowerCase())));

/** Every other language's sentences that this language does not also show (an outdated entry shows today's English). */
const foreignTo = (lang: Lang) => {
  const own = sentences(lang);
  return LANGUAGES.filter((other) => other !== lang).flatMap((other) => [...sentences(other)].filter((text) => !own.has(text)));
};

/** As written, or with non-ASCII letters escaped (\u00e1), as a bundler or React's payload may write them. */
const escaped = (text: string) => text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const found = (haystack: string, needles: readonly string[]) => needles.filter((text) => haystack.includes(text) || haystack.includes(escaped(text)));

for (const lang of LANGUAGES) {
  test(`${lang}: a step page and a result load no other language’s words, and no words at all in their JavaScript files`, async ({ page }) => {
    const foreign = foreignTo(lang);
    expect(foreign.length).toBeGreaterThan(900);
    const scripts: string[] = [];
    const documents: string[] = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      if (type === 'script') scripts.push(await response.text().catch(() => ''));
      if (type === 'document') documents.push(await response.text().catch(() => ''));
    });
    const base = languageBase(lang);
    for (const path of [`${base}/check`, `${base}/result?a=screen_leg:cold_pale_leg&version=${CONTENT_VERSION}`]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(scripts.length).toBeGreaterThan(5);
    expect(documents.length).toBe(2);
    const files = scripts.join('\n');
    const pages = documents.join('\n');
    // The checks can fail: this language's words are on its pages, and a question from another page of the check is in the island's data.
    const own = CONTENT_PACKS[lang];
    expect(found(pages, [own.questions.screen_leg.heading, own.questions.pattern.heading])).toHaveLength(2);
    expect(found(files, [...sentences(lang)].slice(0, 400))).toEqual([]);
    expect(found(files, foreign).slice(0, 5)).toEqual([]);
    expect(found(pages, foreign).slice(0, 5)).toEqual([]);
  });
}
