/**
 * Only the page's own language ships to the browser: the JavaScript a step
 * page and a result load holds none of another language's words.
 */
import { expect, test } from '@playwright/test';
import { en } from '../content/en';
import { entries } from '../content/i18n/translation';
import { TRANSLATIONS } from '../content/translations';
import { CONTENT_VERSION } from '../machines/address';

/** Each translation's own strings: long enough to be its own, and not the same as the English. */
const foreign = Object.values(TRANSLATIONS).flatMap(({ words }) => {
  const english = new Set(Object.values(entries(en)));
  return Object.values(entries(words)).filter((text) => text.length >= 24 && !english.has(text));
});

test('the JavaScript an English step page and result load holds no other language’s words', async ({ page }) => {
  expect(foreign.length).toBeGreaterThan(300);
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
  });
  for (const path of ['/check', `/result?a=screen_leg:cold_pale_leg&version=${CONTENT_VERSION}`]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts.length).toBeGreaterThan(5);
  const all = scripts.join('\n');
  // The check can fail: the English words are there.
  expect(all).toContain(en.questions.screen_leg.heading);
  // As written, or with non-ASCII letters escaped (\u00e1), as a bundler may write them.
  const escaped = (text: string) => text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  expect(foreign.filter((text) => all.includes(text) || all.includes(escaped(text))).slice(0, 5)).toEqual([]);
});
