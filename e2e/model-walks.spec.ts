/**
 * Browser walks generated from the machine: one test per route to a result
 * (machines/paths.ts drives the machine itself to find them). Each page is
 * checked against the machine's meta for the question it should be asking
 * (the same answer options, in the same order), then answered as the route
 * says. No hand-written step lists: add a question and the walks follow.
 * Every distinct page the walks visit is checked once: axe in light and dark
 * mode, and no sideways scroll at 320 px wide or at 200 % text.
 */
import { expect, test, type Page } from '@playwright/test';
import { allRoutes } from '../machines/paths';
import type { RawAnswer } from '../machines/address';
import { replay, replayToResult, stepOf } from '../machines/replay';
import { content, largeText, startCheck } from './walk';
import { axeViolations } from './axe';

const routes = allRoutes();

/** Which route first visits each page, so axe checks every distinct page exactly once. */
const axeOwner = new Map<string, number>();
routes.forEach((route, index) => {
  for (const page of [...route.states.slice(0, -1).map((s) => s.split('.').at(-1)!), `result:${route.result}`]) {
    if (!axeOwner.has(page)) axeOwner.set(page, index);
  }
});

/** No-JavaScript sample: the first route to each result. */
const noJsSample = new Set(['emergency', 'urgent', 'see_doctor', 'self_care'].map((level) => routes.findIndex((r) => r.result === level)));

async function expectNoViolations(page: Page, label: string) {
  expect((await axeViolations(page)).map((v) => `${label}: ${v}`)).toEqual([]);
}

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/**
 * Each distinct page, once: axe in light and in dark mode, and no sideways
 * scroll at 320 px wide or at 200 % text (WCAG 1.4.10 and 1.4.4), with every
 * disclosure open so the text inside is checked too.
 */
async function checkPage(page: Page, label: string) {
  const viewport = page.viewportSize()!;
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await expectNoViolations(page, `${label} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, `${label} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await scrollsSideways(page), `${label} scrolls sideways at 320 px`).toBe(false);
  await page.setViewportSize({ width: 390, height: 844 });
  const undo = await largeText(page);
  expect(await scrollsSideways(page), `${label} scrolls sideways at 200 % text`).toBe(false);
  await undo();
  await page.setViewportSize(viewport);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
}

routes.forEach((route, index) => {
  const title = `${route.states.map((s) => s.split('.').at(-1)).join(' → ')}`;
  const tags = noJsSample.has(index) ? ' @no-js' : '';
  test(`walk ${index + 1}/${routes.length}: ${title}${tags}`, async ({ page, javaScriptEnabled }) => {
    const checkAxe = javaScriptEnabled; // once, in the JavaScript run
    // Each checked page is checked four ways (axe light and dark, 320 px, 200 % text).
    test.setTimeout(120_000);
    if (checkAxe && index === 0) {
      await page.goto('/');
      await checkPage(page, 'start');
    }
    await startCheck(page);
    const given: RawAnswer[] = [];
    for (const { question, value } of route.answers) {
      // What the machine says this page must be.
      const replayed = replay(given);
      if (!replayed.ok) throw new Error(`route does not replay: ${JSON.stringify(replayed.error)}`);
      const step = stepOf(replayed.snapshot);
      expect(step.kind).toBe('question');
      if (step.kind !== 'question') return;
      expect(step.meta.question).toBe(question);
      const form = page.locator('form[data-question]');
      await expect(form).toHaveAttribute('data-question', question);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.questions[step.meta.question].heading);
      const options = await form.locator('input[name="v"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(options).toEqual(step.meta.multiple ? [...step.meta.answers, 'none'] : [...step.meta.answers]);
      if (checkAxe && axeOwner.get(question) === index) await checkPage(page, question);

      const ids = typeof value === 'string' ? [value] : value.length > 0 ? value : ['none'];
      for (const id of ids) await page.locator(`#v-${id}`).check();
      await page.getByRole('button', { name: content.ui.step.continueButton }).click();
      given.push({ question, value });
    }

    const expected = replayToResult(given);
    if (!expected.ok || expected.snapshot.status !== 'done') throw new Error('route does not reach a result');
    if (route.states.some((s) => s.endsWith('.review'))) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.ui.review.heading);
      if (checkAxe && axeOwner.get('review') === index) await checkPage(page, 'review');
      await page.getByRole('button', { name: content.ui.review.confirmButton }).click();
    }
    const result = page.locator('[data-triage]');
    await expect(result).toHaveAttribute('data-triage', route.result);
    await expect(result).toHaveAttribute('data-causes', expected.snapshot.output.causes.join(' '));
    if (checkAxe && axeOwner.get(`result:${route.result}`) === index) await checkPage(page, `result:${route.result}`);
  });
});
