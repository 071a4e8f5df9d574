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
  for (const path of ['/', '/check', `/result?a=screen_leg:chest_pain&version=${CONTENT_VERSION}`]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['set-cookie']).toBeUndefined();
    if (path !== '/') expect(headers['cache-control']).toContain('no-store');
  }
});

/** The directives of a CSP header, by name. */
const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

const EMBED_TOKEN = Buffer.from(JSON.stringify({ clinicName: 'Riverside', themeColor: '#a00' })).toString('base64url');
const CSP_PAGES = ['/', '/check', `/result?a=screen_leg:chest_pain&version=${CONTENT_VERSION}`, `/embed/${EMBED_TOKEN}/check`, '/embed/default', '/diagram', '/review'];

test('every page gets a CSP whose script-src has a fresh nonce and no unsafe-inline, and HTML is never cached for long', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of CSP_PAGES) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = directives(headers['content-security-policy'] ?? '');
      const scripts = csp.get('script-src') ?? [];
      expect(scripts, path).not.toContain("'unsafe-inline'");
      const nonce = scripts.find((v) => v.startsWith("'nonce-"));
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce!);
      // The page's own scripts carry this response's nonce.
      const html = await response.text();
      expect(html).toContain(`nonce="${nonce!.slice(7, -1)}"`);
      expect(headers['cache-control'] ?? '', path).not.toMatch(/s-maxage|max-age=[1-9]/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      // Styles: inline only on the drawing page, whose SVG (Mermaid's) carries a <style> and style attributes.
      expect((csp.get('style-src') ?? []).includes("'unsafe-inline'"), path).toBe(path === '/diagram');
    }
  }
  expect(nonces.size).toBe(CSP_PAGES.length * 2);
  // What a CDN may keep: the loader briefly, hashed static files for ever.
  expect((await request.get('/embed.js')).headers()['cache-control']).toBe('public, max-age=300');
  const html = await (await request.get('/check')).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
  expect((await request.get(chunk)).headers()['cache-control']).toContain('immutable');
});

test('no page breaks its own CSP: no violation while the site, a result, the drawings and a themed embed load', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of [...CSP_PAGES, '/review/changes?from=0.2.0']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/diagram');
  await expect(page.getByTestId('diagram-canvas').locator('svg')).toBeVisible();
  // The clinic's colour arrives through the nonced <style>, not a style attribute.
  await page.goto(`/embed/${EMBED_TOKEN}/check`);
  expect(await page.locator('.app-button').first().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(170, 0, 0)');
  expect(violations).toEqual([]);
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

test('step pages, results and /diagram load no Mermaid; /review/changes does', async ({ page }) => {
  // /diagram shows SVG drawn ahead of time (npm run diagram:svg), with a person's path or without.
  const drawn = () => page.getByTestId('diagram-canvas').locator('svg').waitFor();
  for (const [path, settle] of [
    ['/', undefined],
    ['/check', undefined],
    [`/check?a=screen_leg:none&version=${CONTENT_VERSION}`, undefined],
    [`/result?a=screen_leg:cold_pale_leg&version=${CONTENT_VERSION}`, undefined],
    ['/diagram', drawn],
    [`/diagram?a=screen_leg:cold_pale_leg&version=${CONTENT_VERSION}`, drawn],
  ] as const) {
    const scripts = await scriptsLoadedBy(page, path, settle);
    expect(scripts.length).toBeGreaterThan(0);
    for (const body of scripts) expect(body, path).not.toMatch(MERMAID_CODE);
  }
  // The check above can fail: the changes page, which draws two versions' difference in the browser, really does load Mermaid.
  const changes = await scriptsLoadedBy(page, '/review/changes?from=0.2.0', drawn);
  expect(changes.some((body) => MERMAID_CODE.test(body))).toBe(true);
});
