/**
 * Tampered addresses, sent to the production server: at least 2,000 seeded
 * URLs across every route (the site and the embed, the /check/next handlers,
 * the diagram and its download, the clinicians' pages). None may answer 5xx;
 * each gets a page, a 404 or a redirect carrying the security headers; no
 * input is reflected as markup; a redirect never carries what was typed raw.
 * The same seed gives the same URLs on every run.
 */
import { expect, test } from '@playwright/test';
import { seededRandom } from '../machines/model';
import { CONTENT_VERSION } from '../machines/address';
import { allRoutes } from '../machines/paths';
import { checkQuery } from '../machines/address';

const COUNT = 2400;
/** What a reflected input would look like in a page: the marker as markup. */
const MARKER = '<lcc-x>';

/** The three reproducers the hardening issue found: each gave a 500. */
const REPRODUCERS = [
  '/embed/eyJsYW5nIjoidG9TdHJpbmcifQ/check',
  '/embed/%00/check/next?q=x',
  '/embed/%E6%97%A5%E6%9C%AC/check/next?q=x',
  '/embed/a%20b/check/next',
  '/embed/%zz',
  '/embed/%E0%A4%A/check',
  '/embed/%C0%AE',
];

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function generator(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const valid = allRoutes().map((r) => checkQuery(r.answers).slice(1));
  const PROTO = ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'prototype'];
  const GARBAGE = ['%zz', '%E0%A4%A', '%C0%AE', '%00', '%E6%97%A5', '%', '%%', '%2', '%FF%FE', '..', '%2e%2e', '%2F', 'a%20b', encodeURIComponent(MARKER), '\u0000'.replace('\u0000', '%00')];
  const tokens = (): string =>
    pick([
      () => 'default',
      () => b64({ clinicName: 'Riverside', themeColor: '#005eb8' }),
      () => b64({ lang: pick(PROTO) }),
      () => b64({ [pick(PROTO)]: 'x', clinicName: pick([MARKER, 'x'.repeat(200), 'A & B']) }),
      () => b64({ themeColor: pick(['red', '#zzz', 'javascript:x', MARKER]), emergencyNumber: pick(['999', '9'.repeat(40), MARKER]) }),
      () => b64(pick([[1, 2], null, 'str', 42])),
      () => pick(GARBAGE),
      () => 'x'.repeat(Math.floor(random() * 900)),
      () => encodeURIComponent(MARKER),
    ])();
  /** A valid answer string, bent: a character changed, a part repeated or dropped, an id replaced. */
  const mutate = (text: string): string => {
    const chars = [...text];
    const at = Math.floor(random() * Math.max(1, chars.length));
    switch (Math.floor(random() * 8)) {
      case 0:
        chars[at] = pick([':', '.', '-', '%', '=', '&', '#', '?', ' ', 'é']);
        return chars.join('');
      case 1:
        return text + text.slice(0, at);
      case 2:
        return text.slice(0, at);
      case 3:
        return text.replace(/[a-z_]+/, pick([...PROTO, MARKER, 'unknown_id']));
      case 4:
        return text.replace(/:[a-z_0-9-]+/, `:${pick([...PROTO, 'none-none', 'none-cold_pale_leg', ''])}`);
      case 5:
        return text + pick(GARBAGE);
      case 6:
        return encodeURIComponent(text);
      default:
        return text.split('.').reverse().join('.');
    }
  };
  const query = (): string => {
    const base = pick(valid);
    const parts = [mutate(base)];
    const extra: [string, () => string][] = [
      ['at', () => pick(['0', '1', '-1', '99', '1e9', 'x', '2.5', MARKER])],
      ['keep', () => mutate(pick(valid)).replace(/^a=/, '')],
      ['return', () => pick(['review', 'x', MARKER])],
      ['version', () => pick([CONTENT_VERSION, '0.2.0', '9.9.9', ...PROTO, MARKER, ''])],
      ['q', () => pick(['screen_leg', 'age', ...PROTO, MARKER, ''])],
      ['v', () => pick(['none', 'cold_pale_leg', 'under_16', ...PROTO, MARKER])],
      ['error', () => pick(['required', 'none_with_others', MARKER])],
      ['a', () => pick(GARBAGE)],
      ['from', () => pick(['0.2.0', '0.3.0', ...PROTO, MARKER])],
      ['to', () => pick(['0.2.0', '0.3.0', ...PROTO, MARKER])],
    ];
    const count = Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const [key, value] = pick(extra);
      parts.push(`${key}=${encodeURIComponent(value()).replace(/%25/g, pick(['%25', '%']))}`);
    }
    return parts.join('&');
  };
  const paths = (): string => {
    const token = tokens();
    return pick([
      '/',
      '/check',
      '/check/next',
      '/result',
      '/diagram',
      '/diagram/flowchart.mmd',
      '/review',
      '/review/changes',
      '/review/safety',
      '/embed',
      `/embed/${token}`,
      `/embed/${token}/check`,
      `/embed/${token}/check/next`,
      `/embed/${token}/result`,
      `/${pick(GARBAGE)}`,
      `/check/${pick(GARBAGE)}`,
      `/embed/${token}/${pick(GARBAGE)}`,
    ]);
  };
  return () => `${paths()}${random() < 0.9 ? `?${query()}` : ''}`;
}

test('2,400 tampered addresses across every route: no 5xx, security headers on every answer, no reflected input', async ({ request }) => {
  test.setTimeout(180_000);
  const next = generator(20261204);
  const urls = [...REPRODUCERS, ...Array.from({ length: COUNT }, next)];
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const check = async (url: string) => {
    const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    const status = response.status();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const headers = response.headers();
    const problems: string[] = [];
    if (status >= 500) problems.push(`status ${status}`);
    const redirect = status >= 300 && status < 400;
    // Every page carries the headers. (A redirect has no page: Next's own 308 for a `..` segment is bare, which is harmless.)
    if (!redirect) {
      if (headers['x-content-type-options'] !== 'nosniff') problems.push('no nosniff');
      if (headers['referrer-policy'] !== 'no-referrer') problems.push('no referrer policy');
      const csp = headers['content-security-policy'] ?? '';
      if (!/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/.test(csp) || /script-src[^;]*'unsafe-inline'/.test(csp)) problems.push(`CSP: ${csp.slice(0, 60)}`);
    }
    if (redirect) {
      const location = headers['location'] ?? '';
      if (!/^\/[\x21-\x7e]*$/.test(location) || location.includes('<')) problems.push(`Location ${JSON.stringify(location)}`);
    } else if ((await response.text()).includes(MARKER)) problems.push('reflects the input as markup');
    if (problems.length > 0) failures.push(`${url} → ${problems.join(', ')}`);
  };
  // Four at a time: a steady load the two-core machine keeps up with.
  for (let i = 0; i < urls.length; i += 4) await Promise.all(urls.slice(i, i + 4).map(check));
  const counts = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status} × ${n}`);
  console.log(`fuzz: ${urls.length} URLs (${REPRODUCERS.length} reproducers) · ${counts.join(' · ')} · 5xx: ${[...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0)}`);
  expect(failures.slice(0, 20)).toEqual([]);
  expect(urls.length).toBeGreaterThanOrEqual(2000);
});

test('the reproducers get the calm page (or a redirect to it) with every security header', async ({ request }) => {
  for (const url of REPRODUCERS) {
    const response = await request.get(url, { failOnStatusCode: false });
    expect(response.status(), url).toBeLessThan(500);
    expect(response.headers()['content-type']).toContain('text/html');
    expect(response.headers()['content-security-policy']).toContain("'strict-dynamic'");
    const html = await response.text();
    // A heading and a way forward: the not-found page, the check's first page, or its start.
    expect(html).toMatch(/<h1/);
    expect(html).toContain('href="/');
  }
});
