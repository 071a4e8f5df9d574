/**
 * The QR code on a result reopens that exact result on another screen: read
 * back from a screenshot of the rendered code (pngjs + jsqr), it is the page's
 * own absolute address, answers and content version included; in another
 * language; from inside the embed it is the site's result, not the frame; with
 * JavaScript off (@no-js); in dark mode and in print, black on white. None on
 * an emergency result.
 */
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { contentFor } from '../content';
import { TRIAGE_LEVELS } from '../content/ids';
import { checkQuery } from '../machines/address';
import { encodeSettings } from '../lib/embed-settings';
import { PRINT_MODULE_MM } from '../lib/qr-code';
import { expectNoViolations } from './axe';
import { content, walkToResult, WALKS } from './walk';

const h = content.ui.result.handover;
const code = (page: Page) => page.getByTestId('result-code');

/** Open the summary for a doctor, where the code is, as a person does. */
async function openHandover(page: Page, words = content) {
  await page.getByTestId('handover').locator('summary').filter({ hasText: words.ui.result.handover.open }).click();
  await expect(code(page)).toBeVisible();
}

/** The text of the code as a camera would read it: a screenshot of the drawing, decoded, dark modules on a light ground only. */
async function readCode(page: Page): Promise<string | null> {
  const png = PNG.sync.read(await code(page).locator('svg').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** An address's parts that matter: the same page with the same answers and version, however the query is spelled (a form writes ':' as %3A). */
const parts = (href: string) => {
  const url = new URL(href);
  return { origin: url.origin, pathname: url.pathname, query: [...url.searchParams].sort() };
};

const seeDoctor = WALKS.see_doctor;

test('on a see-a-doctor result, the code reads back as the page’s own address @no-js', async ({ page, baseURL }) => {
  await walkToResult(page, seeDoctor);
  await openHandover(page);
  await expect(code(page)).toContainText(h.codeNote);
  await expect(code(page).getByRole('img', { name: h.codeLabel })).toBeVisible();
  const text = await readCode(page);
  expect(text).toBe(`${baseURL}/result${checkQuery(seeDoctor)}`);
  expect(parts(text!)).toEqual(parts(page.url()));
  await expectNoViolations(page);
});

test('in Spanish, the code opens the Spanish result @no-js', async ({ page, baseURL }) => {
  const address = `/es/result${checkQuery(seeDoctor)}`;
  await page.goto(address);
  await openHandover(page, contentFor('es'));
  await expect(code(page)).toContainText(contentFor('es').ui.result.handover.codeNote);
  expect(await readCode(page)).toBe(`${baseURL}${address}`);
});

test('inside the embed, the code opens the site’s result, not the frame: in English and in the frame’s language @no-js', async ({ page, baseURL }) => {
  await walkToResult(page, seeDoctor, '/embed/default');
  expect(new URL(page.url()).pathname).toBe('/embed/default/result');
  await openHandover(page);
  expect(await readCode(page)).toBe(`${baseURL}/result${checkQuery(seeDoctor)}`);

  const polish = encodeSettings({ lang: 'pl', clinicName: 'Riverside Health Centre' });
  await page.goto(`/embed/${polish}/result${checkQuery(seeDoctor)}`);
  await openHandover(page, contentFor('pl'));
  expect(await readCode(page)).toBe(`${baseURL}/pl/result${checkQuery(seeDoctor)}`);
});

test('behind a proxy, the code carries the public address the proxy names; a malformed one gives no code', async ({ page }) => {
  const address = `/result${checkQuery(seeDoctor)}`;
  await page.setExtraHTTPHeaders({ 'x-forwarded-host': 'check.example.org', 'x-forwarded-proto': 'https' });
  await page.goto(address);
  await openHandover(page);
  expect(await readCode(page)).toBe(`https://check.example.org${address}`);

  await page.setExtraHTTPHeaders({ 'x-forwarded-host': 'evil.example/phish?', 'x-forwarded-proto': 'https' });
  await page.goto(address);
  await expect(page.getByTestId('handover')).toHaveCount(1);
  await expect(code(page)).toHaveCount(0);
});

test('black on white with its quiet zone in dark mode, under the page’s CSP', async ({ page, baseURL }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await walkToResult(page, seeDoctor);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
  await openHandover(page);
  // Colours are the drawing's presentation attributes: no style attribute for the CSP to refuse.
  expect(await code(page).locator('[style]').count()).toBe(0);
  const png = PNG.sync.read(await code(page).locator('svg').screenshot());
  // The corners are the quiet zone: white, whatever the page's colours.
  for (const [x, y] of [[1, 1], [png.width - 2, 1], [1, png.height - 2], [png.width - 2, png.height - 2]] as const) {
    const i = (y * png.width + x) * 4;
    expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([255, 255, 255]);
  }
  expect(await readCode(page)).toBe(`${baseURL}/result${checkQuery(seeDoctor)}`);
  await expectNoViolations(page);
  expect(violations).toEqual([]);
});

test('printed, the code is on the handover at half a millimetre a module, and reads back @no-js', async ({ page, baseURL }) => {
  await walkToResult(page, seeDoctor);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  // The handover prints whether or not it was opened; the code with it, beside the answers.
  await expect(code(page)).toBeVisible();
  await expect(code(page)).toContainText(h.codeNote);
  const modules = Number((await code(page).locator('svg').getAttribute('viewBox'))!.split(' ')[2]);
  const box = (await code(page).locator('svg').boundingBox())!;
  const mm = (px: number) => (px * 25.4) / 96;
  expect(mm(box.width)).toBeCloseTo(modules * PRINT_MODULE_MM, 1);
  expect(mm(box.height)).toBeCloseTo(modules * PRINT_MODULE_MM, 1);
  expect(await readCode(page)).toBe(`${baseURL}/result${checkQuery(seeDoctor)}`);
});

test('not on the first phone screen: the action comes first @no-js', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await walkToResult(page, seeDoctor);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Inside the closed summary for a doctor: not shown until the person opens it.
  await expect(code(page)).toBeHidden();
  await openHandover(page);
  const top = await code(page).evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeGreaterThan(844);
});

for (const level of TRIAGE_LEVELS) {
  test(`${level === 'emergency' || level === 'urgent' ? 'an' : 'a'} ${level} result ${level === 'emergency' ? 'has no code: the person should be calling, as it has no print button' : 'has the code'} @no-js`, async ({ page }) => {
    await walkToResult(page, WALKS[level]);
    await expect(page.getByTestId('handover')).toHaveCount(1);
    await expect(code(page)).toHaveCount(level === 'emergency' ? 0 : 1);
  });
}
