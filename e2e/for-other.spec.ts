import { expect, test } from '@playwright/test';
import { forReader } from '../content';
import { answer, content, startCheck } from './walk';
import { expectNoViolations } from './axe';

/** The words someone answering for another person sees. */
const them = forReader(content, true);

test('answering for someone else, every warning page says "they", and so does the result, and back to the questions @no-js', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: content.ui.start.startForOther }).click();
  await expect(page.getByTestId('reader-switch')).toContainText(content.ui.step.forOtherNow);
  for (const question of ['screen_leg', 'screen_body'] as const) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\bthey\b/);
    await answer(page, { question, value: [] }, them);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\bthem\b/);
  await expectNoViolations(page);
  // A same-day sign: "check your answers", then the result, which says what to tell them.
  await answer(page, { question: 'screen_medical', value: ['quinine_hearing_sight'] }, them);
  // The last check asks the worst signs once more (content 0.7.0), of them too.
  await answer(page, { question: 'last_check', value: [] }, them);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.ui.review.heading);
  await page.getByRole('button', { name: content.ui.review.confirmButton }).click();
  await expect(page.locator('[data-triage]')).toHaveAttribute('data-triage', 'urgent');
  await expect(page.getByTestId('call-words')).toContainText(content.questions.screen_medical.answers.quinine_hearing_sight.callHandler!);
  // The result speaks of them too: the care card, and the cramp stretch to help them with.
  await expect(page.locator('[data-triage]')).toContainText(them.triage.urgent.summary);
  expect(them.triage.urgent.summary).not.toBe(content.triage.urgent.summary);
  await expect(page.getByText(them.actions.stretch_during_cramp.short![0]!).first()).toBeVisible();
  await expect(page.getByText(content.actions.stretch_during_cramp.short![0]!)).toHaveCount(0);
  // The questions stopped at the warning pages: tell the doctor about their other leg trouble too.
  await expect(page.getByTestId('stopped-early')).toHaveText(them.ui.result.stoppedEarly);
  await expect(page.getByTestId('handover').locator('summary')).toHaveText(them.ui.result.handover.open);
  // Changing an answer goes back to questions that still say "they".
  await page.getByRole('link', { name: content.ui.result.changeAnswers }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.ui.review.heading);
  await page.getByRole('link', { name: content.ui.step.backLink, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(them.questions.last_check.heading);
  expect(new URL(page.url()).searchParams.get('for')).toBe('other');
});

test('answering for someone else, an emergency sign leads to a result that says what to do for them @no-js', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: content.ui.start.startForOther }).click();
  await answer(page, { question: 'screen_leg', value: [] }, them);
  await answer(page, { question: 'screen_body', value: ['heat_collapse'] }, them);
  await expect(page.locator('[data-triage]')).toHaveAttribute('data-triage', 'emergency');
  await expect.poll(() => new URL(page.url()).searchParams.get('for')).toBe('other');
  // First aid and "don't drive" for them, not for the one reading.
  for (const id of ['heat_first_aid', 'dont_drive'] as const) {
    await expect(page.getByText(them.actions[id].short![0]!).first()).toBeVisible();
    await expect(page.getByText(content.actions[id].short![0]!)).toHaveCount(0);
  }
});

test('the first question switches between "you" and "they", keeping the place @no-js', async ({ page }) => {
  await startCheck(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.questions.screen_leg.heading);
  await page.getByTestId('reader-switch').getByRole('link', { name: content.ui.step.forOtherLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(them.questions.screen_leg.heading);
  await expect(page.locator('label[for="v-one_leg_weak"]')).toContainText('when they walk');
  await page.getByTestId('reader-switch').getByRole('link', { name: content.ui.step.forSelfLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.questions.screen_leg.heading);
  expect(new URL(page.url()).searchParams.get('for')).toBeNull();
  // Only the first question carries the switch.
  await page.locator('#v-none').check();
  await page.getByRole('button', { name: content.ui.step.continueButton }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.questions.screen_body.heading);
  await expect(page.getByTestId('reader-switch')).toHaveCount(0);
});
