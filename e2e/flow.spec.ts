import { expect, test } from '@playwright/test';
import { CALCIUM_ANSWER_IDS, TRIAGE_LEVELS } from '../content/ids';
import { RELEASES } from '../content/clinical/releases';
import { CONTENT_VERSION } from '../machines/address';
import { adultWalk, aLevel, answer, changeLink, content, expectQuestion, expectReview, startCheck, waitForIsland, walkToResult, walkToReview, WALKS } from './walk';

for (const level of TRIAGE_LEVELS) {
  test(`walks to ${aLevel(level)} result @no-js`, async ({ page }) => {
    await walkToResult(page, WALKS[level]);
    await expect(page.locator('[data-triage]')).toHaveAttribute('data-triage', level);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.triage[level].heading);
    // Every result answers the calcium question, in its summary and in the detail, and lists its sources;
    // an emergency result only when low calcium is the emergency (content 0.7.0), which chest pain is not.
    const calcium = page.getByTestId('calcium-answer');
    const calciumDetail = page.locator(CALCIUM_ANSWER_IDS.map((id) => `#calcium-detail [data-action="${id}"]`).join(', '));
    if (level === 'emergency') {
      await expect(page.getByTestId('care-card')).toBeVisible();
      await expect(calcium).toHaveCount(0);
      await expect(calciumDetail).toHaveCount(0);
    } else {
      await expect(calcium).toContainText(content.ui.result.calciumHeading);
      expect(CALCIUM_ANSWER_IDS).toContain(await calcium.getAttribute('data-calcium'));
      await expect(calciumDetail).toHaveCount(1);
    }
    // Retried: without JavaScript the end of the page may still be arriving when the heading is there.
    await expect(page.getByTestId('sources').locator('li').nth(2)).toBeAttached();
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

test('"None of these" and a sign together: refused with the ticks kept without JavaScript, excluded with it @no-js', async ({ page, javaScriptEnabled }) => {
  await startCheck(page);
  await expectQuestion(page, 'screen_leg');
  const sign = page.locator('#v-calf_swollen');
  const none = page.locator('#v-none');
  await sign.check();
  await none.check();
  if (javaScriptEnabled) {
    // The boxes exclude each other once the island runs (tick again until it has loaded):
    // ticking "None of these" unticks the sign, so the check moves on.
    await expect(async () => {
      await none.uncheck();
      await sign.check();
      await none.check();
      await expect(sign).not.toBeChecked({ timeout: 250 });
    }).toPass();
    await expect(none).toBeChecked();
    await page.getByRole('button', { name: content.ui.step.continueButton }).click();
    await expectQuestion(page, 'screen_body');
    // The address bar catches up once the new question is painted (app/_flow/page-effects.ts).
    await expect.poll(() => new URL(page.url()).searchParams.get('a')).toBe('screen_leg:none');
  } else {
    await page.getByRole('button', { name: content.ui.step.continueButton }).click();
    await expect(page.locator('.app-error-summary')).toContainText(content.ui.step.noneBothError);
    await expect(page).toHaveTitle(new RegExp(`^${content.ui.errorPrefix}`));
    await expectQuestion(page, 'screen_leg');
    // Both boxes still ticked as the person left them, nothing else.
    await expect(sign).toBeChecked();
    await expect(none).toBeChecked();
    await expect(page.locator('input[name="v"]:checked')).toHaveCount(2);
    // Untick "None of these" and carry on: the sign is the answer.
    await none.uncheck();
    await page.getByRole('button', { name: content.ui.step.continueButton }).click();
    await expectQuestion(page, 'screen_body');
    await expect.poll(() => new URL(page.url()).searchParams.get('a')).toBe('screen_leg:calf_swollen');
  }
});

test('the "not both" error shows only the boxes of that question, whatever the link says @no-js', async ({ page }) => {
  const response = await page.goto('/check?error=none_with_others&v=one_leg_weak&v=chest_pain&v=made_up&v=none&v=%3Cb%3E');
  expect(response?.status()).toBe(200);
  await expectQuestion(page, 'screen_leg');
  await expect(page.locator('.app-error-summary')).toContainText(content.ui.step.noneBothError);
  await expect(page.locator('input[name="v"]:checked')).toHaveCount(2);
  await expect(page.locator('#v-one_leg_weak')).toBeChecked();
  await expect(page.locator('#v-none')).toBeChecked();
  // Without the error the ticks in the link mean nothing.
  await page.goto('/check?v=one_leg_weak&v=none');
  await expect(page.locator('input[name="v"]:checked')).toHaveCount(0);
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
  // The address bar catches up once the new question is painted.
  await expect.poll(() => new URL(page.url()).searchParams.get('a')).toBe('screen_leg:none.screen_body:none');
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expectQuestion(other, 'screen_medical');
});


test('Change on "check your answers" goes to that question, then straight back there with the new answer @no-js', async ({ page }) => {
  await walkToResult(page, WALKS.self_care);
  await page.getByRole('link', { name: content.ui.result.changeAnswers }).click();
  await expectReview(page, WALKS.self_care);
  await changeLink(page, 'kind').click();
  await expectQuestion(page, 'kind');
  await expect(page.locator('#v-cramp')).toBeChecked();
  await answer(page, { question: 'kind', value: ['sleep_start'] });
  // Not the medicines page: back on "check your answers", every other answer kept
  // (the cramp-only pages drop out of the path; they are remembered, not shown).
  await expectReview(page, adultWalk('sleep_start'));
  await expect.poll(() => new URL(page.url()).searchParams.get('return')).toBeNull();
  // The result follows the new answer.
  await page.getByRole('button', { name: content.ui.review.confirmButton }).click();
  const result = page.locator('[data-triage]');
  await expect(result).toHaveAttribute('data-triage', 'self_care');
  await expect(result).toHaveAttribute('data-causes', /\bsleep_starts\b/);
  await expect(result).not.toHaveAttribute('data-causes', /\bnight_cramp\b/);
});

test('Change on "check your answers" to an answer that opens a new question asks it, then returns there @no-js', async ({ page }) => {
  const steps = adultWalk('cramp', { medicines: ['statin'], health: ['diabetes'], how_often: 'regularly', pattern: ['toes_pointed'] });
  await walkToReview(page, steps);
  await changeLink(page, 'kind').click();
  await expectQuestion(page, 'kind');
  await answer(page, { question: 'kind', value: ['walking_pain'] });
  // The one question never asked before, with nothing chosen yet.
  await expectQuestion(page, 'walking_relief');
  await expect(page.locator('input[name="v"]:checked')).toHaveCount(0);
  // The address carries the change, so Refresh keeps it.
  await page.reload();
  await expectQuestion(page, 'walking_relief');
  await answer(page, { question: 'walking_relief', value: 'stand_still' });
  // Medicines, health, calcium and the leg changes were kept by question, so this is "check your answers" again.
  await expectReview(page, adultWalk('walking_pain', { walking_relief: 'stand_still', medicines: ['statin'], health: ['diabetes'] }));
});

test('Changing walking pain to cramp from "check your answers" asks the cramp pages it opens, then returns there @no-js', async ({ page }) => {
  const steps = adultWalk('walking_pain', { walking_relief: 'sit_or_bend', medicines: ['diuretic'] });
  await walkToReview(page, steps);
  await changeLink(page, 'kind').click();
  await answer(page, { question: 'kind', value: ['cramp'] });
  // The pages only a cramp is asked, never answered before, then straight back.
  await answer(page, { question: 'timing', value: 'night_rest' });
  await answer(page, { question: 'how_often', value: 'now_and_then' });
  await answer(page, { question: 'pattern', value: [] });
  await expectReview(page, adultWalk('cramp', { medicines: ['diuretic'] }));
  // Changed back again: the walking answer was remembered, so no question is asked.
  await changeLink(page, 'kind').click();
  await answer(page, { question: 'kind', value: ['walking_pain'] });
  await expectReview(page, steps);
});

test('Back then Continue (not from "check your answers") still walks through the later questions @no-js', async ({ page }) => {
  await walkToReview(page, WALKS.self_care);
  await page.getByRole('link', { name: content.ui.step.backLink, exact: true }).click();
  await expectQuestion(page, 'last_check');
  const toKind = WALKS.self_care.length - 1 - WALKS.self_care.findIndex((s) => s.question === 'kind');
  for (let i = 0; i < toKind; i++) await page.getByRole('link', { name: content.ui.step.backLink, exact: true }).click();
  await expectQuestion(page, 'kind');
  await answer(page, { question: 'kind', value: ['urge_to_move'] });
  await expectQuestion(page, 'medicines');
  await expect(page.locator('#v-none')).toBeChecked();
});

for (const mode of ['evil', 'Review', 'review&return=review']) {
  test(`an unknown return value is ignored, never an error: return=${mode} @no-js`, async ({ page }) => {
    const list =
      'screen_leg:none.screen_body:none.screen_medical:none.age:age_16_plus.kind:cramp.timing:night_rest.how_often:now_and_then.medicines:none.health:none.calcium_risk:none.pattern:none.leg_changes:none';
    const response = await page.goto(`/check?a=${list}&at=4&return=${mode}&${VERSION}`);
    expect(response?.status()).toBe(200);
    await expectQuestion(page, 'kind');
    await expect(page.locator('input[name="return"]')).toHaveCount(0);
    await answer(page, { question: 'kind', value: ['sleep_start'] });
    // The ordinary walk on, not a jump to "check your answers".
    await expectQuestion(page, 'medicines');
  });
}

test('with JavaScript, a change from "check your answers" happens in the page', async ({ page }) => {
  await walkToReview(page, WALKS.self_care);
  await waitForIsland(page);
  await page.evaluate(() => {
    (window as unknown as { samePage: boolean }).samePage = true;
  });
  await changeLink(page, 'kind').click();
  await answer(page, { question: 'kind', value: ['walking_pain'] });
  await expectQuestion(page, 'walking_relief');
  // The address bar catches up once the new question is painted.
  await expect
    .poll(() => new URL(page.url()).searchParams.get('keep'))
    .toBe('timing:night_rest.how_often:now_and_then.medicines:none.health:none.calcium_risk:none.pattern:toes_pointed.leg_changes:none.last_check:none');
  expect(new URL(page.url()).searchParams.get('return')).toBe('review');
  await answer(page, { question: 'walking_relief', value: 'not_sure_walking' });
  await expectReview(page, adultWalk('walking_pain', { walking_relief: 'not_sure_walking' }));
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
});

test('Start again from a step clears the answers @no-js', async ({ page }) => {
  await startCheck(page);
  await answer(page, { question: 'screen_leg', value: [] });
  await page.getByRole('link', { name: content.ui.step.restartLink }).click();
  await expectQuestion(page, 'screen_leg');
  await expect(page.locator('#v-none')).not.toBeChecked();
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

/** The version a link made now carries: a tampered link below is tampered in its answers, not its version. */
const VERSION = `version=${CONTENT_VERSION}`;

const TAMPERED = [
  `/check?a=screen_leg:none.kind:cramp&${VERSION}`,
  `/check?a=screen_leg:not_a_sign&${VERSION}`,
  '/check?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  `/check?a=${'screen_leg:none.'.repeat(200)}&${VERSION}`,
  `/check?a=screen_leg:none&at=7&${VERSION}`,
  `/check?a=screen_leg:none&a=screen_leg:none&${VERSION}`,
  `/result?a=screen_leg:none.screen_body:chest_pain-chest_pain&${VERSION}`,
  `/check/next?a=screen_leg:none&at=1&q=screen_body&v=made_up&${VERSION}`,
  `/check?a=screen_leg:none&keep=kind:made_up&${VERSION}`,
  `/check?a=screen_leg:none&keep=screen_leg:none&${VERSION}`,
  `/check/next?a=screen_leg:none&keep=health:none.health:none&q=screen_body&v=none&return=review&${VERSION}`,
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
  await page.goto(`/result?a=screen_leg:none&${VERSION}`);
  await expectQuestion(page, 'screen_body');
});

/** A see-a-doctor path as it was asked in content 0.2.0 (before the timing and how-often questions). */
const OLD_RESULT =
  '/result?a=screen_leg:none.screen_body:none.screen_medical:none.age:age_16_plus.kind:cramp.medicines:statin.health:none.calcium_risk:none.pattern:toes_pointed&version=0.2.0';

for (const [name, path] of [
  ['a result link from an older version', OLD_RESULT],
  ['a step form sent under an older version', '/check/next?a=screen_leg:none.screen_body:none&at=2&q=screen_medical&v=none&version=0.2.0'],
  ['a link from before links carried a version', OLD_RESULT.replace('&version=0.2.0', '')],
] as const) {
  test(`${name} opens the calm "updated" page with the earlier answers as text, never a replay @no-js`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(400);
    const words = content.ui.versionChanged;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.heading);
    await expect(page).toHaveTitle(new RegExp(words.heading));
    await expect(page.locator('[data-triage]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: words.startAgain })).toHaveAttribute('href', '/check');
    await expect(page.getByRole('heading', { name: content.ui.emergencyNotice.heading })).toBeVisible();
    const earlier = page.getByTestId('earlier-answers');
    // In the words of the version the answers were given under (today's, for a link that names none).
    const old = RELEASES[path.includes('version=0.2.0') ? '0.2.0' : CONTENT_VERSION]!.questions;
    await expect(earlier).toContainText(old.find((q) => q.id === 'screen_leg')!.heading);
    await expect(earlier).toContainText(content.ui.review.none);
    if (path === OLD_RESULT) {
      await expect(earlier).toContainText(old.find((q) => q.id === 'medicines')!.answers.find((a) => a.id === 'statin')!.label);
    }
  });
}

test('an unknown page is a calm 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.ui.notFound.heading);
});
