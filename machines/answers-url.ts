/**
 * Answers in the address bar: the only place a person's answers live.
 *
 * `a` holds the path as `question:answer` pairs joined by `.`, with ticked ids
 * joined by `-` and `none` for "none of these", e.g.
 *   a=screen_leg:none.screen_body:none.screen_medical:none.age:age_16_plus.kind:cramp
 * `at` (optional) is how many of them to apply: the position of the page shown.
 * `keep` (optional, same format) holds answers given earlier that the path no
 * longer asks, so they come back by question if the path returns to them.
 * `return=review` (optional) marks a change begun on "check your answers": the
 * next answer goes straight back there. Any other `return` value is ignored.
 *
 * Parsing never throws; a malformed value comes back as a typed error.
 */
import { QUESTION_IDS, QUESTIONS, type QuestionId } from '../content/ids';
import type { PathAnswer } from './triage';
import type { RawAnswer } from './replay';

/** Longer than any real path (11 questions with every box ticked is about 900). */
export const MAX_ENCODED_LENGTH = 1500;
const NONE = 'none';
const SAFE = /^[a-z0-9_:.\-]*$/;

export type UrlError = { kind: 'too_long'; length: number } | { kind: 'malformed'; part: string };

export function encodeAnswers(answers: readonly PathAnswer[]): string {
  return answers
    .map(({ question, value }) => {
      const ids = typeof value === 'string' ? [value] : value;
      return `${question}:${ids.length === 0 ? NONE : ids.join('-')}`;
    })
    .join('.');
}

export function decodeAnswers(encoded: string | undefined | null): { ok: true; answers: RawAnswer[] } | { ok: false; error: UrlError } {
  if (!encoded) return { ok: true, answers: [] };
  if (encoded.length > MAX_ENCODED_LENGTH) return { ok: false, error: { kind: 'too_long', length: encoded.length } };
  if (!SAFE.test(encoded)) return { ok: false, error: { kind: 'malformed', part: 'characters' } };
  const answers: RawAnswer[] = [];
  for (const part of encoded.split('.')) {
    const match = /^([a-z0-9_]+):([a-z0-9_\-]+)$/.exec(part);
    if (!match) return { ok: false, error: { kind: 'malformed', part } };
    const [, question = '', rawValue = ''] = match;
    const ids = rawValue.split('-');
    if (ids.some((id) => id === '')) return { ok: false, error: { kind: 'malformed', part } };
    const known = (QUESTION_IDS as readonly string[]).includes(question);
    const multiple = known && QUESTIONS[question as QuestionId].multiple;
    if (multiple) answers.push({ question, value: rawValue === NONE ? [] : ids });
    else answers.push({ question, value: ids.length === 1 ? rawValue : ids });
  }
  return { ok: true, answers };
}

/** `at` from the URL: a whole number within the list, else the end. Never throws. */
export function decodePosition(raw: string | undefined | null, count: number): number | null {
  if (raw === undefined || raw === null || raw === '') return count;
  if (!/^\d{1,3}$/.test(raw)) return null;
  const at = Number(raw);
  return at <= count ? at : null;
}

/** The one `return` value: the change began on "check your answers". */
export const RETURN_TO_REVIEW = 'review';
export type ReturnTo = typeof RETURN_TO_REVIEW;

/** `return` from the URL: exactly `review`, else nothing (never an error). */
export const decodeReturn = (raw: unknown): ReturnTo | null => (raw === RETURN_TO_REVIEW ? RETURN_TO_REVIEW : null);

export interface QueryExtras {
  /** Answers remembered off the path (`keep`). */
  kept?: readonly PathAnswer[];
  returnTo?: ReturnTo | null;
}

/** The query string for a position in the check. */
export function checkQuery(answers: readonly PathAnswer[], at?: number, { kept = [], returnTo = null }: QueryExtras = {}): string {
  const params = new URLSearchParams();
  if (answers.length > 0) params.set('a', encodeAnswers(answers));
  if (at !== undefined && at < answers.length) params.set('at', String(at));
  if (kept.length > 0) params.set('keep', encodeAnswers(kept));
  if (returnTo) params.set('return', returnTo);
  const query = params.toString();
  // Keep ':' readable; URLSearchParams escapes it needlessly.
  return query ? `?${query.replaceAll('%3A', ':')}` : '';
}
