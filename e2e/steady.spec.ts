/**
 * Nothing moves when a page comes alive. The server's HTML is painted first, as on a slow
 * phone; then the scripts are let through and the page hydrates. A control that appeared
 * only then (the print button once did) pushes the lines below it down while a thumb is on
 * its way, and the tap lands on something else: a "More about this" that stays shut.
 */
import { expect, test, type Page } from '@playwright/test';
import { TRIAGE_LEVELS } from '../content/ids';
import { checkQuery, resultHref } from '../machines/address';
import { answersFor } from '../machines/model';
import { WALKS } from './walk';

const PAGES: Record<string, string> = {
  'the start page': '/',
  'the first question': '/check',
  'a later question': `/check${checkQuery(answersFor({}).slice(0, 4))}`,
  'check your answers': `/check${checkQuery(answersFor({ age: 'age_16_plus', kind: ['cramp'] }))}`,
  'the diagram': '/diagram',
  'the clinicians’ review': '/review',
  'the first question in the embed': '/embed/default/check',
  ...Object.fromEntries(TRIAGE_LEVELS.map((level) => [`${level} result`, resultHref('', { answers: WALKS[level] })])),
  'a see_doctor result in the embed': resultHref('/embed/default', { answers: WALKS.see_doctor }),
};

/** Open `path` with its scripts held back until the server's HTML has been painted; then let them run. */
async function loadInTwoSteps(page: Page, path: string): Promise<void> {
  let release!: () => void;
  const scriptsMayRun = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await scriptsMayRun;
    await route.continue();
  });
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { __shifts: string[]; __released: number }).__shifts = shifts;
    (window as unknown as { __released: number }).__released = Infinity;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; startTime: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }[]) {
        // Only what moves once the scripts run: a shift while a long page is still being parsed is another matter.
        if (entry.startTime < (window as unknown as { __released: number }).__released) continue;
        const moved = entry.sources.map(({ node, previousRect: a, currentRect: b }) => `${node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node?.nodeName)} ${a.x},${a.y} ${a.width}×${a.height} → ${b.x},${b.y} ${b.width}×${b.height}`);
        shifts.push(`${entry.value.toFixed(4)} (${moved.join(', ')})`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  // Two frames: the HTML is on the screen before any script has run.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => document.querySelector('next-route-announcer')), 'not yet hydrated').toBeNull();
  await page.evaluate(() => ((window as unknown as { __released: number }).__released = performance.now()));
  release();
  // Next's router adds its announcer once the page has hydrated.
  await page.locator('next-route-announcer').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  // Then until the page is still: what it draws once alive (the diagram's drawing, its download link) counts too.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let timer = setTimeout(finish, 750);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, 750);
        });
        function finish() {
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => done()));
        }
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
  );
}

for (const [name, path] of Object.entries(PAGES)) {
  test(`nothing moves as ${name} comes alive`, async ({ page }) => {
    await loadInTwoSteps(page, path);
    // The diagram is alive once its drawing is in, and the link to download it with it.
    if (path === '/diagram') await expect(page.getByTestId('download-svg')).toBeAttached();
    expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts), 'layout shifts').toEqual([]);
  });
}

// A long page is painted before all of it has arrived: its width must be known from its first bytes,
// or the header jumps from the reading column to the full width when the page's own HTML arrives.
for (const [path, width] of [
  ['/diagram', 'drawing'],
  ['/es/diagram', 'drawing'],
  ['/review', 'clinician'],
  ['/review/changes', 'clinician'],
  ['/review/safety', 'clinician'],
  ['/check', null],
] as const) {
  test(`${path}: the page's width is set before its header${width ? ` (${width})` : ' (the reading column)'}`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const site = html.match(/<div class="app-site"( data-width="([a-z]+)")?>/);
    expect(site, 'the site wrapper').not.toBeNull();
    expect(site![2] ?? null).toBe(width);
    expect(site!.index!, 'before the header').toBeLessThan(html.indexOf('<header class="app-header"'));
  });
}
