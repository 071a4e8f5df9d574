/**
 * A request replays its answers once: a step page (its title, the page and the
 * island rendered on the server), a /check/next submission, a result page, and
 * the island's Change each walk the answer list from the start exactly once.
 *
 * Counted at XState's pure functions: `initialTransition` starts a walk from the
 * machine's start, `transition` applies one event.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { NextRequest } from 'next/server';
import type { PathAnswer } from '@/machines/triage';
import { changeAddress, checkQuery, searchParamsOf } from '@/machines/address';
import { persisted, restore } from '@/machines/replay';
import { SITE } from '@/lib/embed-settings';
import { CheckPage, checkMetadata } from './check-page';
import { ResultPage, resultMetadata } from './result-page';
import { CheckFlow } from './check-flow';
import { islandWords } from './island-words';
import { en } from '@/content/en';
import { handleNext } from './next-handler';

const counts = vi.hoisted(() => ({ replays: 0, transitions: 0 }));
/** One request's React `cache` entries, cleared before each test. */
const request = vi.hoisted(() => ({ caches: [] as Map<string, unknown>[] }));

vi.mock('xstate', async (importOriginal) => {
  const real = await importOriginal<typeof import('xstate')>();
  return {
    ...real,
    initialTransition: (...args: Parameters<typeof real.initialTransition>) => {
      counts.replays++;
      return real.initialTransition(...args);
    },
    transition: (...args: Parameters<typeof real.transition>) => {
      counts.transitions++;
      return real.transition(...args);
    },
  };
});

// On the server, Next gives each request its own React `cache`; this stands in for one request.
vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>();
  const cache = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const entries = new Map<string, R>();
    request.caches.push(entries as Map<string, unknown>);
    return (...args: A): R => {
      const key = JSON.stringify(args);
      if (!entries.has(key)) entries.set(key, fn(...args));
      return entries.get(key)!;
    };
  };
  return { ...real, default: real, cache };
});

vi.mock('next/navigation', async (importOriginal) => {
  const real = await importOriginal<typeof import('next/navigation')>();
  const router = { push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} };
  return { ...real, useRouter: () => router };
});

/** A 16-or-over path through every adult question, on a statin, cramps with the toes pointed. */
const ADULT: PathAnswer[] = [
  { question: 'screen_leg', value: [] },
  { question: 'screen_body', value: [] },
  { question: 'screen_medical', value: [] },
  { question: 'age', value: 'age_16_plus' },
  { question: 'kind', value: ['cramp'] },
  { question: 'timing', value: 'night_rest' },
  { question: 'how_often', value: 'now_and_then' },
  { question: 'medicines', value: ['statin'] },
  { question: 'health', value: [] },
  { question: 'calcium_risk', value: [] },
  { question: 'pattern', value: ['toes_pointed'] },
  { question: 'leg_changes', value: [] },
  { question: 'last_check', value: [] },
];
const N = ADULT.length;

const paramsOf = (query: string) => searchParamsOf(new URLSearchParams(query));

beforeEach(() => {
  for (const entries of request.caches) entries.clear();
  counts.replays = 0;
  counts.transitions = 0;
});

describe('one replay per request', () => {
  it('a step page: its title, the page and the island rendered on the server', () => {
    const params = paramsOf(checkQuery(ADULT, 4));
    checkMetadata(params, SITE);
    const html = renderToString(CheckPage({ params, surface: SITE }));
    expect(html).toContain('data-question="kind"');
    expect(counts).toEqual({ replays: 1, transitions: N });
  });

  it('"check your answers"', () => {
    const params = paramsOf(checkQuery(ADULT));
    checkMetadata(params, SITE);
    const html = renderToString(CheckPage({ params, surface: SITE }));
    expect(html).toContain('app-summary-list');
    expect(counts).toEqual({ replays: 1, transitions: N });
  });

  // "Sleep starts" instead of a cramp: the cramp-only questions (timing, how often, triggers) drop
  // out of the path into `keep`; the five adult questions after them still lead on.
  const ask = (q: PathAnswer['question']) => ADULT.find((a) => a.question === q)!;
  const sleepStart: PathAnswer[] = [...ADULT.slice(0, 4), { question: 'kind', value: ['sleep_start'] }, ...(['medicines', 'health', 'calcium_risk', 'leg_changes', 'last_check'] as const).map(ask)];
  const offPath = (['timing', 'how_often', 'pattern'] as const).map(ask);

  it('a /check/next submission', () => {
    const response = handleNext(new NextRequest(`http://localhost/check/next${checkQuery(ADULT, 4)}&q=kind&v=sleep_start`), '');
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/check${checkQuery(sleepStart, 5, { kept: offPath })}`);
    // The answers once, the new answer, and the five kept answers the new address lists past it.
    expect(counts).toEqual({ replays: 1, transitions: N + 1 + 5 });
  });

  it('a /check/next submission in a change begun on "check your answers"', () => {
    const response = handleNext(new NextRequest(`http://localhost/check/next${checkQuery(ADULT, 4, { returnToReview: true })}&q=kind&v=sleep_start`), '');
    expect(response.headers.get('Location')).toBe(`/check${checkQuery(sleepStart, undefined, { kept: offPath })}`);
    // The answers once, the new answer, then answering on with the five kept answers.
    expect(counts).toEqual({ replays: 1, transitions: N + 1 + 5 });
  });

  it('a result page: its title and the page', () => {
    const params = paramsOf(checkQuery(ADULT));
    resultMetadata(params, SITE);
    const html = renderToString(ResultPage({ params, surface: SITE, origin: 'http://localhost' }));
    expect(html).toContain('data-triage="see_doctor"');
    expect(html).toContain('data-testid="result-code"');
    // The answers once, then confirming "check your answers".
    expect(counts).toEqual({ replays: 1, transitions: N + 1 });
  });

  it("the island's Change: the Change link's address, restored, then rendered", () => {
    const restored = restore(changeAddress({ answers: ADULT, at: N, kept: [] }, 4));
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    const start = { snapshot: persisted(restored.snapshot), address: restored.address, error: null, ticked: null };
    const html = renderToString(createElement(CheckFlow, { start, base: '', words: islandWords(en) }));
    expect(html).toContain('data-question="kind"');
    expect(html).toContain('name="return" value="review"');
    expect(counts).toEqual({ replays: 1, transitions: N });
  });
});
