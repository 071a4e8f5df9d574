import { expect, test } from '@playwright/test';
import { answer, startCheck, WALKS } from './walk';
import { expectNoViolations } from './axe';

test('the start page and a question with an error pass axe', async ({ page }) => {
  await page.goto('/');
  await expectNoViolations(page);
  await startCheck(page);
  await expect(page.locator('form[data-question="screen_leg"]')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  // Wait for the error page itself (with JavaScript not yet loaded, the form goes to the server first).
  await expect(page.locator('.app-error-summary')).toBeVisible();
  await page.waitForLoadState('load');
  await expectNoViolations(page);
  for (const step of WALKS.urgent) await answer(page, step);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expectNoViolations(page);
});

// Every question page, "check your answers" and every result are checked by the walks
// generated from the machine (e2e/model-walks.spec.ts); /diagram by e2e/diagram.spec.ts.

test('the restore page passes axe', async ({ page }) => {
  await page.goto('/check?a=bogus');
  await expectNoViolations(page);
});

test('a walk done by keyboard alone reaches a result', async ({ page }) => {
  await page.goto('/');
  // Tab to Start and press Enter.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent?.includes('Start now'))) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('form[data-question="screen_leg"]')).toBeVisible();
  // On each tick-any page: Tab to "None of these", Space to tick, Enter to continue.
  for (const question of ['screen_leg', 'screen_body']) {
    await expect(page.locator(`form[data-question="${question}"]`)).toBeVisible();
    await page.locator('#v-none').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // to "Why we ask this"
    await page.keyboard.press('Tab'); // to Continue
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('form[data-question="screen_medical"]')).toBeVisible();
  await page.locator('#v-dirty_wound').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  // The last check (after a same-day sign too, content 0.7.0): nothing more, by keyboard.
  await expect(page.locator('form[data-question="last_check"]')).toBeVisible();
  await page.locator('#v-none').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'See my result' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-triage="urgent"]')).toBeVisible();
});
