/**
 * Replaying answers through the machine: the one way a list of answers (from a
 * URL, from the browser, from a test) becomes a machine snapshot.
 *
 * Pure: uses XState's pure `initialTransition`/`transition`, no actors, no I/O.
 * Bad input never throws; it comes back as a typed `ReplayError`.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { QUESTION_IDS, QUESTIONS, type QuestionId, type TriageLevel } from '../content/ids';
import { isValidAnswer, normaliseAnswer, pathOf, triageMachine, type AnswerValue, type PathAnswer, type QuestionMeta, type StateMeta } from './triage';

export type TriageSnapshot = SnapshotFrom<typeof triageMachine>;

/** An answer as it arrives from outside: not yet trusted. */
export interface RawAnswer {
  question: string;
  value: string | readonly string[];
}

/** A path can visit each question once, so a longer list cannot be real. */
export const MAX_ANSWERS = QUESTION_IDS.length;

export type ReplayError =
  | { kind: 'too_many_answers'; count: number; max: number }
  | { kind: 'unknown_question'; index: number; question: string }
  | { kind: 'unknown_answer'; index: number; question: QuestionId; answer: string }
  | { kind: 'invalid_answer'; index: number; question: QuestionId; reason: 'expected_one' | 'expected_list' | 'repeated' }
  | { kind: 'out_of_order'; index: number; question: QuestionId; expected: QuestionId | null }
  | { kind: 'bad_position'; at: number; count: number };

export type ReplayResult = { ok: true; snapshot: TriageSnapshot } | { ok: false; error: ReplayError };

/** Where the machine is: a question, the "check your answers" page, or a result. */
export type Step =
  | { kind: 'question'; meta: QuestionMeta }
  | { kind: 'review' }
  | { kind: 'result'; triage: TriageLevel };

export function stepOf(snapshot: TriageSnapshot): Step {
  const metas = Object.values(snapshot.getMeta()) as StateMeta[];
  for (const meta of metas) {
    if ('question' in meta) return { kind: 'question', meta };
    if ('review' in meta) return { kind: 'review' };
    if ('result' in meta) return { kind: 'result', triage: meta.result };
  }
  // Every leaf state carries meta (tested), so this is unreachable.
  throw new Error(`state without meta: ${JSON.stringify(snapshot.value)}`);
}

export const currentQuestion = (snapshot: TriageSnapshot): QuestionId | null => {
  const step = stepOf(snapshot);
  return step.kind === 'question' ? step.meta.question : null;
};

export const startSnapshot = (): TriageSnapshot => initialTransition(triageMachine)[0];

/** Check one raw answer against the question the machine is asking. */
type Checked = { ok: true; value: AnswerValue } | { ok: false; error: ReplayError };

function checkAnswer(snapshot: TriageSnapshot, raw: RawAnswer, index: number): Checked {
  const error = answerError(snapshot, raw, index);
  if (error) return { ok: false, error };
  const question = raw.question as QuestionId;
  return { ok: true, value: normaliseAnswer(question, raw.value) };
}

function answerError(snapshot: TriageSnapshot, raw: RawAnswer, index: number): ReplayError | null {
  if (!(QUESTION_IDS as readonly string[]).includes(raw.question)) {
    return { kind: 'unknown_question', index, question: raw.question };
  }
  const question = raw.question as QuestionId;
  const expected = currentQuestion(snapshot);
  if (expected !== question) return { kind: 'out_of_order', index, question, expected };
  const { multiple, answers } = QUESTIONS[question];
  if (typeof raw.value !== 'string' && !Array.isArray(raw.value)) {
    return { kind: 'invalid_answer', index, question, reason: multiple ? 'expected_list' : 'expected_one' };
  }
  const ids = typeof raw.value === 'string' ? [raw.value] : raw.value;
  const unknown = ids.find((id) => !(answers as readonly string[]).includes(id));
  if (unknown !== undefined) return { kind: 'unknown_answer', index, question, answer: unknown };
  if (multiple && typeof raw.value === 'string') return { kind: 'invalid_answer', index, question, reason: 'expected_list' };
  if (!multiple && typeof raw.value !== 'string') return { kind: 'invalid_answer', index, question, reason: 'expected_one' };
  if (!isValidAnswer(question, raw.value)) return { kind: 'invalid_answer', index, question, reason: 'repeated' };
  return null;
}

/**
 * Replay `answers` from the start. With `at`, step back to just after the
 * first `at` answers, keeping the later ones remembered (as Back does), so the
 * page at that position shows the earlier choice again.
 */
export function replay(answers: readonly RawAnswer[], at: number = answers.length): ReplayResult {
  if (answers.length > MAX_ANSWERS) return { ok: false, error: { kind: 'too_many_answers', count: answers.length, max: MAX_ANSWERS } };
  if (!Number.isInteger(at) || at < 0 || at > answers.length) {
    return { ok: false, error: { kind: 'bad_position', at, count: answers.length } };
  }
  let snapshot = startSnapshot();
  for (const [index, raw] of answers.entries()) {
    const checked = checkAnswer(snapshot, raw, index);
    if (!checked.ok) return checked;
    snapshot = transition(triageMachine, snapshot, { type: 'answer', value: checked.value })[0];
  }
  if (at === answers.length) return { ok: true, snapshot };
  // Stand at position `at` with the later answers remembered, as Back leaves it. Replaying the
  // prefix (not stepping back from the end) keeps the snapshot live even when the full list
  // ended in a result.
  let earlier = startSnapshot();
  for (const { question } of answers.slice(0, at)) {
    const value = snapshot.context.answers[question as QuestionId];
    if (value === undefined) break;
    earlier = transition(triageMachine, earlier, { type: 'answer', value })[0];
  }
  snapshot = triageMachine.resolveState({
    value: earlier.value,
    context: { answers: { ...snapshot.context.answers }, history: earlier.context.history },
  });
  return { ok: true, snapshot };
}

/** Replay, then confirm the "check your answers" page if that is where it stops. */
export function replayToResult(answers: readonly RawAnswer[]): ReplayResult {
  const replayed = replay(answers);
  if (!replayed.ok) return replayed;
  const step = stepOf(replayed.snapshot);
  if (step.kind !== 'review') return replayed;
  return { ok: true, snapshot: transition(triageMachine, replayed.snapshot, { type: 'confirm' })[0] };
}

/** The answers on the snapshot's current path, in order (what a URL should hold). */
export const pathAnswers = (snapshot: TriageSnapshot): PathAnswer[] => pathOf(snapshot.context);

/** The state id of the page the machine is on (only those states carry meta), e.g. `triage.review`. */
export const leafStateId = (snapshot: TriageSnapshot): string => Object.keys(snapshot.getMeta())[0] ?? '';

/**
 * Answer the question at position `at` of `answers` with `value`, and keep the
 * later answers while they still fit the path (so changing one answer keeps
 * the rest). Returns the new list and where to stand in it: the next question,
 * shown with its kept answer so the person sees every step again.
 */
export function answerAt(
  answers: readonly RawAnswer[],
  at: number,
  value: AnswerValue,
): { ok: true; answers: PathAnswer[]; at: number } | { ok: false; error: ReplayError } {
  const before = replay(answers.slice(0, at));
  if (!before.ok) return before;
  const question = currentQuestion(before.snapshot);
  if (question === null || !isValidAnswer(question, value)) {
    return { ok: false, error: { kind: 'bad_position', at, count: answers.length } };
  }
  let snapshot = transition(triageMachine, before.snapshot, { type: 'answer', value })[0];
  const answeredThrough = at + 1;
  for (const raw of answers.slice(answeredThrough)) {
    const next = checkAnswer(snapshot, raw, 0);
    if (!next.ok) break;
    snapshot = transition(triageMachine, snapshot, { type: 'answer', value: next.value })[0];
  }
  const kept = pathAnswers(snapshot);
  return { ok: true, answers: kept, at: Math.min(answeredThrough, kept.length) };
}

/**
 * What the address bar should hold for a snapshot: the path so far, then the
 * remembered answers that still lead on from here (kept by Back), and the
 * position of the page shown.
 */
export function addressOf(snapshot: TriageSnapshot): { answers: PathAnswer[]; at: number } {
  const path = pathAnswers(snapshot);
  const tail: PathAnswer[] = [];
  let ahead = snapshot;
  for (let question = currentQuestion(ahead); question !== null; question = currentQuestion(ahead)) {
    const value = ahead.context.answers[question];
    if (value === undefined) break;
    tail.push({ question, value });
    ahead = transition(triageMachine, ahead, { type: 'answer', value })[0];
  }
  return { answers: [...path, ...tail], at: path.length };
}
