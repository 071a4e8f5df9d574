/**
 * The check in every language: a walk to a result in Spanish, Polish and
 * Arabic (with JavaScript and without: @no-js), each page in its own language
 * and direction, axe clean; the switcher keeps the answers; the browser's
 * language picks the front door, and a language in the address wins.
 */
import { expect, test, type Page } from '@playwright/test';
import { contentFor } from '../content';
import { DIRECTION, LANGUAGE_NAMES, type Lang } from '../content/languages';
import { TRANSLATIONS } from '../content/translations';
import type { ContentPack } from '../content/types';
import { CONTENT_VERSION } from '../machines/address';
import { WALKS, type WalkStep } from './walk';
import { expectNoViolations } from './axe';

async function expectLanguage(page: Page, lang: Lang) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', DIRECTION[lang]);
}

/** One step, as a person reading this language does: the question's own heading, its boxes, its Continue. */
async function answerIn(page: Page, words: ContentPack, step: WalkStep) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.questions[step.question].heading);
  const ids = typeof step.value === 'string' ? [step.value] : step.value.length > 0 ? step.value : ['none'];
  for (const id of ids) await page.locator(`#v-${id}`).check();
  await page.getByRole('button', { name: words.ui.step.continueButton }).click();
}

for (const lang of ['es', 'pl', 'ar'] as const) {
  const words = contentFor(lang);

  test(`${lang}: a walk reaches its result, every page in ${LANGUAGE_NAMES[lang]} and axe clean @no-js`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await expectLanguage(page, lang);
    await expect(page.getByTestId('translation-status').first()).toHaveText(TRANSLATIONS[lang].record.notice.unreviewed);
    await expectNoViolations(page);
    await page.getByRole('link', { name: words.ui.start.startButton }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/check`));
    const [first, ...rest] = WALKS.urgent;
    await answerIn(page, words, first!);
    await expectLanguage(page, lang);
    await expectNoViolations(page);
    for (const step of rest) await answerIn(page, words, step);
    await expect(page.getByRole('heading', { level: 1, name: words.ui.review.heading })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole('button', { name: words.ui.review.confirmButton }).click();
    await expect(page.locator('[data-triage="urgent"]')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${lang}/result\\?`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.triage.urgent.heading);
    // The result says it is an unchecked translation, where the person decides, and in the summary for a doctor.
    await expect(page.locator('main .app-translation-status')).toHaveText(TRANSLATIONS[lang].record.notice.unreviewed);
    await expect(page.getByTestId('handover').getByTestId('translation-status')).toHaveCount(1);
    // The summary's date in this language ("5 de diciembre"), whatever the browser's own locale.
    const month = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long' }).formatToParts(new Date()).find((p) => p.type === 'month')!.value;
    await expect(page.getByTestId('handover-made')).toContainText(month);
    await expectLanguage(page, lang);
    await page.waitForLoadState('load');
    await expectNoViolations(page);
  });
}

test('Arabic reads right to left, with the phone numbers and the Back arrow as they should be', async ({ page }) => {
  await page.goto('/ar/check');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The first question's text starts at the right.
  const heading = await page.locator('#question-heading').evaluate((e) => getComputedStyle(e).direction);
  expect(heading).toBe('rtl');
  // Numbers in the call buttons are isolated left to right.
  await expect(page.locator('.app-call-chip__number').first()).toHaveAttribute('dir', 'ltr');
  // The Back link's arrow points right, the way back in a right-to-left page.
  const transform = await page.locator('.app-back-link').evaluate((e) => getComputedStyle(e, '::before').transform);
  const ltr = await (async () => {
    await page.goto('/check');
    return page.locator('.app-back-link').evaluate((e) => getComputedStyle(e, '::before').transform);
  })();
  expect(transform).not.toBe(ltr);
});

test('the language switcher keeps the answers: mid-check in English to Polish, and on to Arabic @no-js', async ({ page }) => {
  await page.goto('/check');
  const en = contentFor('en');
  const [first, second] = WALKS.urgent;
  await answerIn(page, en, first!);
  await answerIn(page, en, second!);
  await expect(page.locator('form[data-question]')).toHaveAttribute('data-question', WALKS.urgent[2]!.question);
  // The address bar catches up once the new question is painted.
  await expect.poll(() => new URL(page.url()).searchParams.get('a')).toBe('screen_leg:calf_swollen.screen_body:none');
  const englishQuery = new URL(page.url()).search;
  expect(englishQuery).toContain('calf_swollen');

  await page.getByRole('navigation', { name: en.ui.languageNav }).getByRole('link', { name: LANGUAGE_NAMES.pl }).click();
  await expect(page).toHaveURL(new RegExp(`/pl/check${englishQuery.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  const pl = contentFor('pl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl.questions[WALKS.urgent[2]!.question].heading);
  // Back, in Polish, shows the earlier answer still ticked.
  await page.getByRole('link', { name: pl.ui.step.backLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl.questions[second!.question].heading);
  await expect(page.locator('#v-none')).toBeChecked();

  await page.getByRole('navigation', { name: pl.ui.languageNav }).getByRole('link', { name: LANGUAGE_NAMES.ar }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentFor('ar').questions[second!.question].heading);
  await expect(page.locator('#v-none')).toBeChecked();
});

test('the switcher on a result keeps the result, and English chosen from another language stays English', async ({ page }) => {
  const query = `?a=screen_leg:cold_pale_leg&version=${CONTENT_VERSION}`;
  await page.goto(`/es/result${query}`);
  await expect(page.locator('[data-triage="emergency"]')).toBeVisible();
  // "See how we got to this result" opens the diagram in the same language.
  await expect(page.getByTestId('see-how')).toHaveAttribute('href', /^\/es\/diagram\?/);
  await page.getByRole('navigation', { name: contentFor('es').ui.languageNav }).getByRole('link', { name: LANGUAGE_NAMES.en }).click();
  await expect(page).toHaveURL(`/en/result${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentFor('en').triage.emergency.heading);
  // Its links keep /en, so the front door does not send a Spanish browser back to Spanish.
  await expect(page.locator('.app-header__name')).toHaveAttribute('href', '/en');
});

test.describe('the browser’s language', () => {
  test.use({ locale: 'pl-PL' });

  test('Accept-Language: pl on / leads to the Polish start page; a language in the address wins', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/pl$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentFor('pl').ui.start.heading);
    for (const path of ['/es', '/en', '/en/check']) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', path.slice(1, 3));
    }
    // An English address carrying answers is never moved.
    const query = `?a=screen_leg:cold_pale_leg&version=${CONTENT_VERSION}`;
    await page.goto(`/result${query}`);
    await expect(page).toHaveURL(`/result${query}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
