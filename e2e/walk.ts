/**
 * Helpers that drive the real pages the way a person does: tick the boxes,
 * press Continue. Each step checks the page is asking the question we expect.
 */
import { expect, type Page } from '@playwright/test';
import { contentFor } from '../content';
import type { QuestionId, TriageLevel } from '../content/ids';
import { answersFor } from '../machines/model';

export const content = contentFor('en');

/** "an emergency", "an urgent", "a see_doctor", "a self_care": a level with its article, for test titles. */
export const aLevel = (level: string): string => `${/^[aeiou]/.test(level) ? 'an' : 'a'} ${level}`;

export interface WalkStep {
  question: QuestionId;
  /** One id for a single question; the ids to tick (empty = "None of these") for a tick-any one. */
  value: string | readonly string[];
}

const none = (question: QuestionId): WalkStep => ({ question, value: [] });

/**
 * Nothing flagged, an adult, then the kinds of leg trouble ticked and `rest`: the shape of
 * most adult walks. The pages in between (walking pain, when and how often for a cramp, the
 * changes in the legs) come from the machine, so the walks follow the flow table.
 */
export function adultWalk(kind: string | readonly string[], rest: Partial<Record<QuestionId, string | readonly string[]>> = {}): WalkStep[] {
  return answersFor({ age: 'age_16_plus', kind: typeof kind === 'string' ? [kind] : kind, ...rest });
}

/** One walk per triage level. */
export const WALKS: Record<TriageLevel, WalkStep[]> = {
  emergency: [none('screen_leg'), { question: 'screen_body', value: ['chest_pain'] }],
  urgent: [{ question: 'screen_leg', value: ['calf_swollen'] }, none('screen_body'), none('screen_medical'), none('last_check')],
  see_doctor: adultWalk('urge_to_move'),
  self_care: adultWalk('cramp', { pattern: ['toes_pointed'] }),
};

/**
 * Text at 200 %, as a reader's browser setting makes it: through the CSSOM, which the
 * pages' CSP allows (an injected <style> would be refused, as it should be). Returns the undo.
 */
export async function largeText(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  return async () => {
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
  };
}

/** The page asks `question`, in these words (the person's own by default; `forReader(content, true)` for someone else's). */
export async function expectQuestion(page: Page, question: QuestionId, words: Pick<typeof content, 'questions'> = content) {
  await expect(page.locator('form[data-question]')).toHaveAttribute('data-question', question);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.questions[question].heading);
  await addressSettled(page);
}

/**
 * With JavaScript, the island moves the address bar once the new question is painted
 * (app/_flow/page-effects.ts `afterPaint`: a frame, then a task). A person cannot press
 * Refresh or Back inside that frame, but a test can: wait for the same frame and task,
 * queued after the island's, so the address is the question's before the test goes on.
 */
export async function addressSettled(page: Page) {
  await page.evaluate(() => {
    // Without JavaScript (or before the island hydrates) nothing is pending, and frames and timers never run.
    const heading = document.getElementById('question-heading');
    const island = heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber'));
    return island ? new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))) : undefined;
  });
}

export async function answer(page: Page, step: WalkStep, words: Pick<typeof content, 'questions'> = content) {
  await expectQuestion(page, step.question, words);
  const ids = typeof step.value === 'string' ? [step.value] : step.value.length > 0 ? step.value : ['none'];
  // A tick-any page shown again (Back, or a change from "check your answers") keeps its ticks: clear those not wanted.
  for (const box of await page.locator('input[type="checkbox"]:checked').all()) {
    const boxId = await box.getAttribute('id');
    if (!ids.some((id) => `v-${id}` === boxId)) await box.uncheck();
  }
  for (const id of ids) await page.locator(`#v-${id}`).check();
  await page.getByRole('button', { name: content.ui.step.continueButton }).click();
}

/** `base` '' is the site; '/embed/default' is the embed opened directly. */
export async function startCheck(page: Page, base = '') {
  await page.goto(base || '/');
  await page.getByRole('link', { name: content.ui.start.startButton }).click();
}

/** Walk from the start page to the result, through "check your answers" where there is one. */
export async function walkToResult(page: Page, steps: readonly WalkStep[], base = '') {
  await startCheck(page, base);
  for (const step of steps) await answer(page, step);
  const review = page.getByRole('heading', { level: 1, name: content.ui.review.heading });
  const result = page.locator('[data-triage]');
  await expect(review.or(result)).toBeVisible();
  if (await review.isVisible()) await page.getByRole('button', { name: content.ui.review.confirmButton }).click();
  await expect(result).toBeVisible();
}

/** Walk from the start page to "check your answers". */
export async function walkToReview(page: Page, steps: readonly WalkStep[], base = '') {
  await startCheck(page, base);
  for (const step of steps) await answer(page, step);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.ui.review.heading);
}

/** A row of "check your answers" (or of the result's answers list): the question's label and the answers' words. */
export interface SummaryRow {
  key: string;
  values: string[];
}

/** The rows "check your answers" should show for these answers, worked out from the content (not from the page's code). */
export function summaryRows(steps: readonly WalkStep[]): SummaryRow[] {
  return steps.map(({ question, value }) => {
    const q = content.questions[question];
    const labels = q.answers as Record<string, { label: string }>;
    const ids = typeof value === 'string' ? [value] : value;
    return {
      key: q.summaryLabel,
      values: ids.length === 0 ? [q.noneLabel ?? content.ui.review.none] : ids.map((id) => labels[id]!.label),
    };
  });
}

/** Wait until "check your answers" shows exactly these rows, in order. */
export async function expectReview(page: Page, steps: readonly WalkStep[]) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.ui.review.heading);
  const rows = page.locator('.app-summary-list__row');
  await expect
    .poll(() =>
      rows.evaluateAll((elements) =>
        elements.map((row) => {
          const value = row.querySelector('.app-summary-list__value');
          const items = [...(value?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim() ?? '');
          return {
            key: row.querySelector('.app-summary-list__key')?.textContent?.trim() ?? '',
            values: items.length > 0 ? items : [value?.textContent?.trim() ?? ''],
          };
        }),
      ),
    )
    .toEqual(summaryRows(steps));
}

/** The Change link of a question's row on "check your answers". */
export const changeLink = (page: Page, question: QuestionId) =>
  page.getByRole('link', { name: `${content.ui.review.change} ${content.questions[question].summaryLabel.toLowerCase()}`, exact: true });

/** Wait until the browser island has taken over the page (React has hydrated its heading, as `addressSettled` checks). */
export async function waitForIsland(page: Page) {
  await page.waitForFunction(() => {
    const heading = document.getElementById('question-heading');
    return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber'));
  });
}
