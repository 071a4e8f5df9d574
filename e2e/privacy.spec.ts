import { expect, test } from '@playwright/test';
import { walkToResult, WALKS } from './walk';
import { CONTENT_VERSION } from '../machines/address';

test('a whole walk makes no third-party request and stores nothing @no-js', async ({ page, context, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await walkToResult(page, WALKS.see_doctor);
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(() => {
    try {
      return { local: localStorage.length, session: sessionStorage.length };
    } catch {
      return { local: 0, session: 0 };
    }
  });
  expect(stored).toEqual({ local: 0, session: 0 });
});

test('pages send no-referrer, no-store and refuse framing', async ({ request }) => {
  for (const path of ['/', '/check', `/result?a=screen_leg:chest_breathless&version=${CONTENT_VERSION}`]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['set-cookie']).toBeUndefined();
    if (path !== '/') expect(headers['cache-control']).toContain('no-store');
  }
});

/** Strings only Mermaid's own code contains (the app's words may say "Mermaid"). */
const MERMAID_CODE = /mermaidAPI|flowchart-v2/;

async function scriptsLoadedBy(page: import('@playwright/test').Page, path: string, settle?: () => Promise<unknown>) {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  if (settle) await settle();
  return scripts;
}

test('step pages and results load no Mermaid; /diagram does', async ({ page }) => {
  for (const path of ['/', '/check', `/check?a=screen_leg:none&version=${CONTENT_VERSION}`, `/result?a=screen_leg:cold_pale_leg&version=${CONTENT_VERSION}`]) {
    const scripts = await scriptsLoadedBy(page, path);
    expect(scripts.length).toBeGreaterThan(0);
    for (const body of scripts) expect(body).not.toMatch(MERMAID_CODE);
  }
  // The check above can fail: the diagram page really does load Mermaid.
  const diagram = await scriptsLoadedBy(page, '/diagram', () => page.getByTestId('diagram-canvas').locator('svg').waitFor());
  expect(diagram.some((body) => MERMAID_CODE.test(body))).toBe(true);
});
