/**
 * The answer first: what a frightened person sees on a phone, what a doctor
 * gets on paper, and the notice and start page that come before.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { review } from '../content';
import { TRIAGE_LEVELS } from '../content/ids';
import { aLevel, content, largeText, walkToResult, WALKS } from './walk';
import { reasonsFor } from '../machines/rules';
import { givenLabels } from '../machines/answer-labels';

const PHONE = { width: 390, height: 844 };
const r = content.ui.result;

/** The element lies wholly inside the first screen (the page is at its top). */
async function expectInFirstScreen(page: Page, locator: Locator, label: string) {
  expect(await page.evaluate(() => window.scrollY), 'the page is at its top').toBe(0);
  const box = await locator.boundingBox();
  expect(box, `${label} is on the page`).not.toBeNull();
  expect(box!.y, `${label} starts on the first screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${label} ends on the first screen`).toBeLessThanOrEqual(PHONE.height);
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  for (const level of TRIAGE_LEVELS) {
    test(`${aLevel(level)} result has its heading and what to do on the first screen @no-js`, async ({ page, javaScriptEnabled }) => {
      await walkToResult(page, WALKS[level]);
      await page.evaluate(() => window.scrollTo(0, 0));
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(content.triage[level].heading);
      await expectInFirstScreen(page, heading, 'the triage heading');

      const tap = page.getByTestId('tap-action');
      // Something to tap: a call, or the summary for the doctor; for self-care, the "do this now" lines.
      const target = level === 'self_care' ? tap : tap.locator('a, button').filter({ visible: true }).first();
      await expect(target).toBeVisible();
      await expectInFirstScreen(page, target, `the ${level} action`);
      if (level === 'self_care') {
        await expect(tap).toContainText(content.actions.stretch_during_cramp.short![0]!);
      } else {
        expect((await target.boundingBox())!.height, 'a large tap target').toBeGreaterThanOrEqual(44);
      }
      if (level === 'emergency' || level === 'urgent') await expect(target).toHaveAttribute('href', /^tel:/);
      if (level === 'see_doctor') await expect(target).toHaveText(javaScriptEnabled ? r.printButton : r.showSummary);
    });
  }

  test('without JavaScript, "Show a summary for your doctor" opens it @no-js', async ({ page, javaScriptEnabled }) => {
    test.skip(javaScriptEnabled, 'with JavaScript the same place holds the print button');
    await walkToResult(page, WALKS.see_doctor);
    await expect(page.locator('#handover-content')).toBeHidden();
    await page.getByRole('link', { name: r.showSummary }).click();
    await expect(page.locator('#handover-content')).toBeVisible();
    await expect(page.getByTestId('handover-negatives')).toBeVisible();
  });

  test('the start page has the cramp advice and Start now on the first screen @no-js', async ({ page }) => {
    await page.goto('/');
    await expectInFirstScreen(page, page.getByTestId('in-cramp-now'), 'the in-a-cramp line');
    await expect(page.getByTestId('in-cramp-now')).toContainText(content.ui.start.inCrampNow.text);
    await expectInFirstScreen(page, page.getByRole('link', { name: content.ui.start.startButton }), 'Start now');
  });

  test('the emergency notice takes at most half the screen at 200 % text, and offers a call', async ({ page }) => {
    await page.goto('/check');
    await largeText(page);
    const notice = page.getByRole('complementary', { name: content.ui.emergencyNotice.heading });
    const box = (await notice.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(PHONE.height / 2);
    const call = notice.locator('a[href^="tel:"]').first();
    await expect(call).toBeVisible();
    expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    // The other signs are one tap away, without JavaScript.
    await notice.getByText(content.ui.emergencyNotice.signsSummary).click();
    await expect(notice.getByText(content.ui.emergencyNotice.signs[0]!)).toBeVisible();
  });

  test('dark mode follows the device', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const [bg, fg] = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.backgroundColor, style.color];
    });
    expect(bg).not.toBe('rgb(255, 255, 255)');
    expect(fg).not.toBe('rgb(11, 12, 12)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });
});

/** Page objects in a PDF: Chromium writes one `/Type /Page` dictionary per page. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

test('a see-a-doctor result prints as a handover on at most two A4 pages, with the answers that set its level @no-js', async ({ page }) => {
  await walkToResult(page, WALKS.see_doctor);
  await page.emulateMedia({ media: 'print' });
  // Printed, the handover is the page: open whether or not the reader opened it, and nothing else shows.
  await expect(page.locator('#handover-content')).toBeVisible();
  await expect(page.getByTestId('care-card')).toBeHidden();
  await expect(page.getByRole('complementary', { name: content.ui.emergencyNotice.heading })).toBeHidden();
  await expect(page.getByTestId('handover-made')).toContainText(String(new Date().getUTCFullYear()));
  // In British English, as the pages are written: "5 December 2026", not "December 5, 2026".
  await expect(page.getByTestId('handover-made')).toContainText(/\b\d{1,2} [A-Z][a-z]+ \d{4}\b/);
  await expect(page.getByTestId('handover-version')).toContainText(review.version);
  await expect(page.getByTestId('handover-negatives')).toContainText(content.questions.screen_body.answers.chest_pain.label);
  await expect(page.getByTestId('handover')).toContainText(content.causes.restless_legs.name);
  // What set the level, as the result's "Why this result" says it.
  await expect(page.getByTestId('handover-because')).toHaveText(content.questions.kind.answers.urge_to_move.label);
  await expect(page.getByTestId('handover-because')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdfPages(pdf);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
});

/** Visible text of the elements, with every section open. */
const visibleTexts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).innerText.trim()).filter(Boolean),
  );

for (const level of TRIAGE_LEVELS) {
  test(`${aLevel(level)} result says nothing twice, with every section open`, async ({ page }) => {
    await walkToResult(page, WALKS[level]);
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const headings = await visibleTexts(page, 'main h1, main h2, main h3, main summary');
    expect(headings.filter((h, i) => headings.indexOf(h) !== i), 'repeated headings').toEqual([]);
    // Sentences of the prose (source, evidence and "because you answered" lines are labels, listed once per item by design).
    const prose = await page
      .locator('main p, main li, main dd')
      .evaluateAll((elements) =>
        elements
          .filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('.app-source-refs, .app-evidence, .app-sources__list, .app-because, li li, dd dd'))
          .filter((e) => !e.querySelector('p, li'))
          .map((e) => (e as HTMLElement).innerText),
      );
    const sentences = prose.flatMap((text) => text.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter((s) => s.split(/\s+/).length > 3);
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i), 'repeated sentences').toEqual([]);
  });
}

for (const level of TRIAGE_LEVELS) {
  test(`${aLevel(level)} result says which answers produced the level and each likely cause @no-js`, async ({ page }) => {
    await walkToResult(page, WALKS[level]);
    const reasons = reasonsFor(WALKS[level]);

    const levelLine = page.getByTestId('because-level');
    await expect(levelLine, 'closed at first').toBeHidden();
    await page.locator('summary', { hasText: r.becauseLevel }).click();
    await expect(levelLine).toContainText(r.because);
    for (const label of givenLabels(content, reasons.level)) await expect(levelLine).toContainText(label);

    const causes = page.locator('.app-cause');
    const ids = await causes.evaluateAll((items) => items.map((li) => li.getAttribute('data-cause')!));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const cause = page.locator(`.app-cause[data-cause="${id}"]`);
      const line = cause.getByTestId('because-cause');
      // Under "More about this", which opens without JavaScript.
      await expect(line, `${id} says why, once opened`).toBeHidden();
      await cause.locator('summary').click();
      await expect(line, `${id} says why`).toBeVisible();
      const behind = reasons.causes[id as keyof typeof reasons.causes] ?? [];
      expect(behind.length, `${id} has answers behind it`).toBeGreaterThan(0);
      for (const label of givenLabels(content, behind)) await expect(line).toContainText(label);
    }
  });
}
