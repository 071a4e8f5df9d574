import { expect, test } from '@playwright/test';
import { clinical, sources } from '../content';
import { HAZARDS } from '../content/clinical/hazards';
import { FLOW } from '../content/clinical/flow';
import { checkQuery } from '../machines/address';
import { allRoutes } from '../machines/paths';
import { content } from './walk';
import { expectNoViolations } from './axe';
import { clinician } from '../content/en/clinician';
import { review } from '../content/review';

const PAGES = ['/review', '/review/changes?from=0.2.0', '/review/safety'] as const;

/**
 * Every reviewer's note, as a run of plain characters long enough to be its own
 * (HTML escapes quotes and ampersands, so a run without them is what the page holds).
 */
const NOTES = [
  ...Object.values(clinical.questions).map((f) => f.reviewerNote),
  ...Object.values(clinical.causes).map((f) => f.reviewerNote),
  ...Object.values(clinical.actions).map((f) => f.reviewerNote),
  ...Object.values(clinical.myths).map((f) => f.reviewerNote),
  ...Object.values(sources).map((s) => s.note),
]
  .filter((note): note is string => Boolean(note))
  .map((note) => [...note.matchAll(/[A-Za-z0-9 ,.]{24,}/g)].map((m) => m[0].trim()).sort((a, b) => b.length - a.length)[0])
  .filter((run): run is string => Boolean(run && run.length >= 24));

const notesIn = (html: string) => NOTES.filter((note) => html.includes(note));

test('reviewer notes appear on the clinicians’ review page, and on no page people use', async ({ request }) => {
  expect(NOTES.length).toBeGreaterThan(30);
  // The positive control: the review page holds every note, so the check below can find one.
  expect(notesIn(await (await request.get('/review')).text())).toEqual(NOTES);

  const routes = allRoutes();
  const urls = new Set(['/', '/check', '/diagram', '/embed/default', '/embed/default/check']);
  for (const route of routes) {
    const query = checkQuery(route.answers);
    urls.add(`/result${query}`);
    urls.add(`/embed/default/result${query}`);
    urls.add(`/diagram?a=${query.split('a=')[1]!.split('&')[0]}`);
    for (let i = 1; i < route.answers.length; i++) urls.add(`/check${checkQuery(route.answers.slice(0, i))}`);
  }
  const leaks: string[] = [];
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    for (const note of notesIn(await response.text())) leaks.push(`${url}: ${note}`);
  }
  expect(leaks).toEqual([]);
  expect(urls.size).toBeGreaterThan(100);
});

for (const path of PAGES) {
  test(`${path} passes axe in light and dark mode`, async ({ page }) => {
    // axe reads every node of a long page twice: on a busy two-core machine that takes more than the default 30 s.
    test.setTimeout(90_000);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path.startsWith('/review/changes')) await expect(page.getByTestId('diagram-canvas').locator('svg')).toBeVisible();
    await expectNoViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page);
  });
}

test('the clinician view reads without JavaScript: every question, every answer with its level (and answers ticked together), and the reviewers’ notes @no-js', async ({ page }) => {
  await page.goto('/review');
  for (const [id, page_] of Object.entries(FLOW)) {
    const section = page.locator(`[data-review-question="${id}"]`);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(content.questions[id as keyof typeof FLOW].heading);
    const together = ('together' in page_ ? page_.together : []).length;
    await expect(section.locator('tbody tr')).toHaveCount(Object.keys(page_.answers).length + (content.questions[id as keyof typeof FLOW].noneLabel ? 1 : 0) + together);
  }
  // Answers whose rule holds only ticked together have a row of their own, with that rule's level.
  const both = page.locator('[data-review-question="calcium_risk"] tbody tr', { hasText: content.diagram.together });
  await expect(both).toContainText(content.questions.calcium_risk.answers.tingling_comes_goes.label);
  await expect(both).toContainText(content.triage.urgent.label);
  // calf_swollen's row says its level in words.
  const calf = page.locator('[data-review-question="screen_leg"] tbody tr', { hasText: content.questions.screen_leg.answers.calf_swollen.label });
  await expect(calf).toContainText(content.triage.urgent.label);
  await expect(calf).toContainText(content.causes.dvt.name);
  await expect(page.locator('[data-reviewer-note]').first()).toBeVisible();
  await expect(page.getByTestId('clinician-status')).toContainText(content.ui.footer.draft);
  // Whose advice each level's result gives (content 0.7.0): an emergency only the emergency answers'.
  const words = clinician.review;
  await expect(page.locator('[data-advice-from="emergency"]')).toHaveText(`${words.adviceFromLabel}: ${content.triage.emergency.label}`);
  await expect(page.locator('[data-advice-from="urgent"]')).toHaveText(`${words.adviceFromLabel}: ${content.triage.emergency.label}, ${content.triage.urgent.label}`);
  // The page ends with a form to sign by hand, naming the version and the exact snapshot it signs.
  const form = page.getByTestId('sign-off-form');
  await expect(form.getByRole('heading', { level: 2 })).toHaveText(words.signOffForm.heading);
  const hash = (await page.locator('.app-hash').first().textContent())!.trim();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await expect(form).toContainText(`${review.version}`);
  await expect(form).toContainText(hash);
  for (const field of [words.signOffForm.name, words.signOffForm.date, words.signOffForm.signature, ...words.signOffForm.decisions]) await expect(form).toContainText(field);
});

test('the safety page reads without JavaScript: every hazard with its controls and the tests that check them @no-js', async ({ page }) => {
  await page.goto('/review/safety');
  await expect(page.getByTestId('hazard-log-status')).toHaveAttribute('data-status', 'draft');
  await expect(page.locator('[data-hazard]')).toHaveCount(HAZARDS.length);
  for (const hazard of HAZARDS) {
    const entry = page.locator(`[data-hazard="${hazard.id}"]`);
    await expect(entry.getByRole('heading')).toContainText(hazard.title);
    for (const control of hazard.controls) await expect(entry).toContainText(control.test.name);
  }
});

test('the changes page reads without JavaScript: changes listed in words, and an unknown version gets a clear message @no-js', async ({ page }) => {
  await page.goto('/review/changes?from=0.2.0&to=0.3.0');
  await expect(page.getByTestId('change-count')).toContainText('0.2.0');
  const added = page.locator('[data-change-kind="added"][data-change-question="timing"]');
  await expect(added).toHaveCount(1);
  await expect(added).toContainText(clinician.changes.kinds.added);
  await page.goto('/review/changes?from=9.9.9');
  await expect(page.getByTestId('unknown-version')).toContainText('9.9.9');
  // The form still offers the published versions.
  await expect(page.locator('#version-from option')).not.toHaveCount(0);
});

test('the changes drawing marks added and changed questions in words and with their own borders', async ({ page }) => {
  await page.goto('/review/changes?from=0.2.0&to=0.3.0');
  const canvas = page.getByTestId('diagram-canvas');
  await expect(canvas.locator('svg')).toBeVisible();
  const timing = canvas.locator('g.node[data-node="timing"]');
  await expect(timing).toHaveClass(/\badded\b/);
  await expect(timing).toContainText(`${clinician.changes.kinds.added}:`);
  await timing.click();
  await expect(page.getByTestId('diagram-panel')).toContainText(content.questions.timing.heading);
});

for (const path of [...PAGES, '/diagram']) {
  test(`${path} prints: the page's own content only, with levels readable on paper`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-clinician-nav')).toBeHidden();
    await expect(page.locator('.app-emergency-notice')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The drawing does not go to paper; the diagram page prints its outline, the changes page its list.
    await expect(page.locator('.app-diagram')).toBeHidden();
    if (path === '/diagram') await expect(page.getByTestId('outline')).toBeVisible();
    const levels = page.locator('.app-level');
    if ((await levels.count()) > 0) expect(await levels.first().evaluate((e) => getComputedStyle(e).color)).toBe('rgb(0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    // The diagram's outline grew with one sign per option and the last check (content 0.5.0): 21 pages.
    expect(pages).toBeLessThanOrEqual(path === '/review' ? 60 : path === '/diagram' ? 24 : 20);
  });
}

test('the clinicians’ pages and the diagram do not scroll sideways on a 320 px phone (a wide table scrolls in its own box)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  for (const path of ['/diagram', ...PAGES]) {
    await page.goto(path);
    if (path === '/diagram' || path.startsWith('/review/changes')) await expect(page.getByTestId('diagram-canvas').locator('svg')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});
