/**
 * Reading a step's address (the `a` and `at` query values) on the server:
 * decode, then replay through the machine. Any failure is a typed result the
 * page turns into the calm "we couldn't restore your answers" page.
 */
import { decodeAnswers, decodePosition } from '@/machines/answers-url';
import { replay, replayToResult, type ReplayResult } from '@/machines/replay';
import type { RawAnswer } from '@/machines/replay';

export type SearchParams = Record<string, string | string[] | undefined>;

/** A query value as one string; a repeated key (a tampered link) counts as bad. */
export function single(value: string | string[] | undefined): string | undefined | null {
  if (Array.isArray(value)) return null;
  return value;
}

export type Restored = ReplayResult & { answers: RawAnswer[]; at: number };

export function restoreCheck(params: SearchParams, { toResult = false } = {}): Restored | null {
  const a = single(params.a);
  const at = single(params.at);
  if (a === null || at === null) return null;
  const decoded = decodeAnswers(a);
  if (!decoded.ok) return null;
  const position = decodePosition(at, decoded.answers.length);
  if (position === null) return null;
  const replayed = toResult ? replayToResult(decoded.answers) : replay(decoded.answers, position);
  return { ...replayed, answers: decoded.answers, at: position };
}
