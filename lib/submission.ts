/**
 * Turning a submitted form (radio or checkboxes) into a machine answer.
 * Shared by the no-JavaScript route handler and the browser island, so both
 * accept and refuse exactly the same things.
 */
import { QUESTIONS, type QuestionId } from '@/content/ids';
import type { AnswerValue } from '@/machines/triage';

/** The value of the "None of these" checkbox. No answer id may be this. */
export const NONE_VALUE = 'none';

export type SubmissionError = 'required' | 'none_with_others' | 'invalid';

export function parseSubmission(
  question: QuestionId,
  values: readonly string[],
): { ok: true; value: AnswerValue } | { ok: false; error: SubmissionError } {
  const { multiple, answers } = QUESTIONS[question];
  const known = answers as readonly string[];
  const picked = [...new Set(values)];
  if (picked.length === 0) return { ok: false, error: 'required' };
  if (!multiple) {
    const [only] = picked;
    return picked.length === 1 && only !== undefined && known.includes(only)
      ? { ok: true, value: only }
      : { ok: false, error: 'invalid' };
  }
  if (picked.includes(NONE_VALUE)) {
    return picked.length === 1 ? { ok: true, value: [] } : { ok: false, error: 'none_with_others' };
  }
  if (!picked.every((id) => known.includes(id))) return { ok: false, error: 'invalid' };
  return { ok: true, value: picked };
}

/**
 * The boxes a refused tick-any form had ticked, to show them again with the
 * error (the "not both" error without JavaScript): only this question's own
 * answer ids and "None of these", once each, in the page's order. Anything
 * else is dropped; a single-choice question has no boxes to show.
 */
export function tickedIds(question: QuestionId, values: readonly string[]): string[] {
  const { multiple, answers } = QUESTIONS[question];
  if (!multiple) return [];
  return [...answers, NONE_VALUE].filter((id) => values.includes(id));
}
