import { expect, test } from '@playwright/test';
import { walkToResult, WALKS } from './walk';

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
  for (const path of ['/', '/check', '/result?a=screen_leg:chest_breathless']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['set-cookie']).toBeUndefined();
    if (path !== '/') expect(headers['cache-control']).toContain('no-store');
  }
});

test('step pages load no Mermaid', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  await page.goto('/check');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  for (const body of scripts) expect(body).not.toMatch(/mermaid/i);
});
