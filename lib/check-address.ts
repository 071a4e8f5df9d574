/**
 * Reading a step's address (the `a`, `at` and `keep` query values) on the
 * server and in the browser: decode, then replay through the machine. Any
 * failure is a typed result the page turns into the calm "we couldn't restore
 * your answers" page.
 */
import { decodeAnswers, decodePosition, decodeReturn, type ReturnTo } from '@/machines/answers-url';
import { remember, replay, replayToResult, type ReplayResult } from '@/machines/replay';
import type { RawAnswer } from '@/machines/replay';

export type SearchParams = Record<string, string | string[] | undefined>;

/** A query value as one string; a repeated key (a tampered link) counts as bad. */
export function single(value: string | string[] | undefined): string | undefined | null {
  if (Array.isArray(value)) return null;
  return value;
}

/** A query string as the pages see it: a repeated key becomes a list (which `single` refuses). */
export function searchParamsOf(query: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

export type Restored = ReplayResult & { answers: RawAnswer[]; at: number; kept: RawAnswer[] };

/** `keep` is read for the steps only: a result depends on the path alone. */
export function restoreCheck(params: SearchParams, { toResult = false } = {}): Restored | null {
  const a = single(params.a);
  const at = single(params.at);
  const keep = toResult ? undefined : single(params.keep);
  if (a === null || at === null || keep === null) return null;
  const decoded = decodeAnswers(a);
  if (!decoded.ok) return null;
  const position = decodePosition(at, decoded.answers.length);
  if (position === null) return null;
  const kept = decodeAnswers(keep);
  if (!kept.ok) return null;
  if (toResult) return { ...replayToResult(decoded.answers), answers: decoded.answers, at: position, kept: [] };
  const replayed = replay(decoded.answers, position);
  const restored = replayed.ok ? remember(replayed.snapshot, kept.answers) : replayed;
  return { ...restored, answers: decoded.answers, at: position, kept: kept.answers };
}

/** `return=review` (a change begun on "check your answers"), or nothing: any other value is ignored. */
export const returnMode = (params: SearchParams): ReturnTo | null => decodeReturn(single(params.return));
