import { expect, test } from '@playwright/test';
import { CALCIUM_ANSWER_IDS, TRIAGE_LEVELS } from '../content/ids';
import { answer, content, expectQuestion, startCheck, walkToResult, WALKS } from './walk';

for (const level of TRIAGE_LEVELS) {
  test(`walks to a ${level} result @no-js`, async ({ page }) => {
    await walkToResult(page, WALKS[level]);
    await expect(page.locator('[data-triage]')).toHaveAttribute('data-triage', level);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.triage[level].heading);
    // Every result answers the calcium question, in its summary and in the detail, and lists its sources.
    const calcium = page.getByTestId('calcium-answer');
    await expect(calcium).toContainText(content.ui.result.calciumHeading);
    expect(CALCIUM_ANSWER_IDS).toContain(await calcium.getAttribute('data-calcium'));
    await expect(page.locator(CALCIUM_ANSWER_IDS.map((id) => `#calcium-detail [data-action="${id}"]`).join(', '))).toHaveCount(1);
    expect(await page.getByTestId('sources').locator('li').count()).toBeGreaterThan(2);
    await expect(page.locator('[data-cause]').first()).toBeVisible();
    // The answers given are kept for the doctor, behind a disclosure that opens without JavaScript.
    const handover = page.getByTestId('handover');
    await handover.locator('summary').click();
    await expect(handover.locator('.app-summary-list__row')).toHaveCount(WALKS[level].length);
  });
}

test('emergency result puts the call first, with a call link @phone', async ({ page }) => {
  await walkToResult(page, WALKS.emergency);
  const call = page.getByTestId('care-card').locator('a[href^="tel:"]').first();
  await expect(call).toBeVisible();
  const box = await call.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  // Nothing sideways-scrolls on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('Continue with nothing chosen shows the error, and the page still works @no-js', async ({ page }) => {
  await startCheck(page);
  await page.getByRole('button', { name: content.ui.step.continueButton }).click();
  await expect(page.locator('.app-error-summary')).toContainText(content.questions.screen_leg.errorRequired);
  await expect(page).toHaveTitle(new RegExp(`^${content.ui.errorPrefix}`));
  await answer(page, { question: 'screen_leg', value: [] });
  await expectQuestion(page, 'screen_body');
});

test('"None of these" and a sign together are refused @no-js', async ({ page, browserName }) => {
  void browserName;
  await startCheck(page);
  await page.locator('#v-calf_swollen').check();
  await page.locator('#v-none').check();
  await page.getByRole('button', { name: content.ui.step.continueButton }).click();
  // With JavaScript the boxes exclude each other, so only "none" is left and the check moves on.
  const error = page.locator('.app-error-summary');
  const next = page.locator('form[data-question="screen_body"]');
  await expect(error.or(next)).toBeVisible();
  if (await error.isVisible()) await expect(error).toContainText(content.ui.step.noneBothError);
});

test('the Back link, Refresh and the browser Back button keep the earlier answers @no-js', async ({ page }) => {
  await startCheck(page);
  await answer(page, { question: 'screen_leg', value: [] });
  await answer(page, { question: 'screen_body', value: [] });
  await answer(page, { question: 'screen_medical', value: [] });
  await answer(page, { question: 'age', value: 'age_16_plus' });
  await expectQuestion(page, 'kind');

  const back = page.getByRole('link', { name: content.ui.step.backLink, exact: true });
  await back.click();
  await expectQuestion(page, 'age');
  await expect(page.locator('#v-age_16_plus')).toBeChecked();
  await back.click();
  await expectQuestion(page, 'screen_medical');
  await expect(page.locator('#v-none')).toBeChecked();

  // Refresh keeps the place and the answer.
  await page.reload();
  await expectQuestion(page, 'screen_medical');
  await expect(page.locator('#v-none')).toBeChecked();

  // Going forward again shows the later answer, kept.
  await page.getByRole('button', { name: content.ui.step.continueButton }).click();
  await expectQuestion(page, 'age');
  await expect(page.locator('#v-age_16_plus')).toBeChecked();
  await page.getByRole('button', { name: content.ui.step.continueButton }).click();
  await expectQuestion(page, 'kind');

  // The browser's own Back button lands on the previous question with its answer.
  await page.goBack();
  await expectQuestion(page, 'age');
  await expect(page.locator('#v-age_16_plus')).toBeChecked();
});

test('with JavaScript, the browser Back button keeps an answer given moments ago', async ({ page }) => {
  await startCheck(page);
  await answer(page, { question: 'screen_leg', value: ['calf_swollen'] });
  await expectQuestion(page, 'screen_body');
  await page.goBack();
  await expectQuestion(page, 'screen_leg');
  await expect(page.locator('#v-calf_swollen')).toBeChecked();
  await page.goForward();
  await expectQuestion(page, 'screen_body');
});

test('a copied link opens at the same step @no-js', async ({ page, context }) => {
  await startCheck(page);
  await answer(page, { question: 'screen_leg', value: [] });
  await answer(page, { question: 'screen_body', value: [] });
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expectQuestion(other, 'screen_medical');
});

test('Change on "check your answers" goes back to that question and keeps the rest @no-js', async ({ page }) => {
  await walkToResult(page, WALKS.self_care);
  await page.getByRole('link', { name: content.ui.result.changeAnswers }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.ui.review.heading);
  const kindLabel = content.questions.kind.summaryLabel.toLowerCase();
  await page.getByRole('link', { name: `${content.ui.review.change} ${kindLabel}` }).click();
  await expectQuestion(page, 'kind');
  await expect(page.locator('#v-cramp')).toBeChecked();
  await answer(page, { question: 'kind', value: 'urge_to_move' });
  await expectQuestion(page, 'medicines');
  await expect(page.locator('#v-none')).toBeChecked();
});

test('Start again from a step clears the answers @no-js', async ({ page }) => {
  await startCheck(page);
  await answer(page, { question: 'screen_leg', value: [] });
  await page.getByRole('link', { name: content.ui.step.restartLink }).click();
  await expectQuestion(page, 'screen_leg');
  await expect(page.locator('#v-none')).not.toBeChecked();
  expect(new URL(page.url()).search).toBe('');
});

const TAMPERED = [
  '/check?a=screen_leg:none.kind:cramp',
  '/check?a=screen_leg:not_a_sign',
  '/check?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  `/check?a=${'screen_leg:none.'.repeat(200)}`,
  '/check?a=screen_leg:none&at=7',
  '/check?a=screen_leg:none&a=screen_leg:none',
  '/result?a=screen_leg:none.screen_body:chest_breathless-chest_breathless',
  '/check/next?a=screen_leg:none&at=1&q=screen_body&v=made_up',
];

for (const path of TAMPERED) {
  test(`a tampered link shows the calm restore page: ${path.slice(0, 60)} @no-js`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.ui.restoreError.heading);
    await expect(page.getByRole('link', { name: content.ui.restoreError.startAgain })).toHaveAttribute('href', '/check');
    await expect(page.getByRole('heading', { name: content.ui.emergencyNotice.heading })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Error:');
  });
}

test('an unfinished result link carries on at the next question @no-js', async ({ page }) => {
  await page.goto('/result?a=screen_leg:none');
  await expectQuestion(page, 'screen_body');
});

test('an unknown page is a calm 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.ui.notFound.heading);
});
