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
  | { kind: 'repeated_question'; index: number; question: QuestionId }
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
  if (!isQuestionId(raw.question)) return { kind: 'unknown_question', index, question: raw.question };
  const question = raw.question;
  const expected = currentQuestion(snapshot);
  if (expected !== question) return { kind: 'out_of_order', index, question, expected };
  return valueError(question, raw.value, index);
}

const isQuestionId = (id: string): id is QuestionId => (QUESTION_IDS as readonly string[]).includes(id);

/** Is `value` a well-formed answer to `question`? (known ids, the right shape, no id twice) */
function valueError(question: QuestionId, value: RawAnswer['value'], index: number): ReplayError | null {
  const { multiple, answers } = QUESTIONS[question];
  if (typeof value !== 'string' && !Array.isArray(value)) {
    return { kind: 'invalid_answer', index, question, reason: multiple ? 'expected_list' : 'expected_one' };
  }
  const ids = typeof value === 'string' ? [value] : value;
  const unknown = ids.find((id) => !(answers as readonly string[]).includes(id));
  if (unknown !== undefined) return { kind: 'unknown_answer', index, question, answer: unknown };
  if (multiple && typeof value === 'string') return { kind: 'invalid_answer', index, question, reason: 'expected_list' };
  if (!multiple && typeof value !== 'string') return { kind: 'invalid_answer', index, question, reason: 'expected_one' };
  if (!isValidAnswer(question, value)) return { kind: 'invalid_answer', index, question, reason: 'repeated' };
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
 * Add answers remembered off the path (the address's `keep`: answers given
 * earlier that the current path does not use, such as the adult questions
 * after age was changed to under 16) to a replayed snapshot, by question id,
 * so they are offered again if the path comes back to their question. They
 * never count towards the result (only the path does).
 *
 * Never throws: an unknown question or answer, a wrong shape, or a question
 * that already has an answer (on the path or earlier in `kept`) is a typed
 * `ReplayError` whose `index` is the position in `kept`.
 */
export function remember(snapshot: TriageSnapshot, kept: readonly RawAnswer[]): ReplayResult {
  if (kept.length > MAX_ANSWERS) return { ok: false, error: { kind: 'too_many_answers', count: kept.length, max: MAX_ANSWERS } };
  const answers: Partial<Record<QuestionId, AnswerValue>> = { ...snapshot.context.answers };
  for (const [index, raw] of kept.entries()) {
    if (!isQuestionId(raw.question)) return { ok: false, error: { kind: 'unknown_question', index, question: raw.question } };
    const question = raw.question;
    if (answers[question] !== undefined) return { ok: false, error: { kind: 'repeated_question', index, question } };
    const error = valueError(question, raw.value, index);
    if (error) return { ok: false, error };
    answers[question] = normaliseAnswer(question, raw.value);
  }
  // A result is final: nothing remembered can change it, and the snapshot keeps its output.
  if (kept.length === 0 || snapshot.status === 'done') return { ok: true, snapshot };
  return {
    ok: true,
    snapshot: triageMachine.resolveState({ value: snapshot.value, context: { answers, history: snapshot.context.history } }),
  };
}

/**
 * The remembered answers that lead on from the snapshot's page, in order: its
 * own answer, then the next question's, and so on until a question with no
 * answer kept, "check your answers" or a result.
 */
export function answersAhead(snapshot: TriageSnapshot): PathAnswer[] {
  const ahead: PathAnswer[] = [];
  let here = snapshot;
  // Each question is asked at most once on a path, so this is a bound, never a cut.
  while (ahead.length < MAX_ANSWERS) {
    const question = currentQuestion(here);
    if (question === null) break;
    const value = here.context.answers[question];
    if (value === undefined) break;
    const next = transition(triageMachine, here, { type: 'answer', value })[0];
    if (next.context.history.length === here.context.history.length) break; // refused (cannot happen for a valid answer)
    ahead.push({ question, value });
    here = next;
  }
  return ahead;
}

/** Answer on with every remembered answer that leads on (see `answersAhead`). */
export function answerOn(snapshot: TriageSnapshot): TriageSnapshot {
  let here = snapshot;
  for (const { value } of answersAhead(snapshot)) here = transition(triageMachine, here, { type: 'answer', value })[0];
  return here;
}

/** What the address bar holds for a step (see `addressOf`). */
export interface Address {
  /** The path so far, then the remembered answers that lead on from here. */
  answers: PathAnswer[];
  /** The position of the page shown in `answers`. */
  at: number;
  /** Answers remembered off that list, by question, in the questions' order. */
  kept: PathAnswer[];
}

export interface AnswerAtOptions {
  /** Answers remembered off the path (the address's `keep`), offered again by question id. */
  kept?: readonly RawAnswer[];
  /**
   * The change began on "check your answers" (its Change link): after this
   * answer, answer on with every remembered answer that still fits, so the
   * person is back on "check your answers" (or a result) at once, or on the
   * first question the new answer opens that was never asked.
   */
  returnToReview?: boolean;
}

/**
 * Answer the question at position `at` of `answers` with `value`. Every other
 * answer is kept by question id: later questions the new path still asks show
 * their earlier answer again, and the ones it no longer asks stay remembered
 * in `kept`. Returns the new address: by default standing on the next
 * question (so the person sees every step again), or with `returnToReview`
 * past every question that already has an answer.
 */
export function answerAt(
  answers: readonly RawAnswer[],
  at: number,
  value: AnswerValue,
  { kept = [], returnToReview = false }: AnswerAtOptions = {},
): ({ ok: true } & Address) | { ok: false; error: ReplayError } {
  const here = replay(answers, at);
  if (!here.ok) return here;
  const restored = remember(here.snapshot, kept);
  if (!restored.ok) return restored;
  const question = currentQuestion(restored.snapshot);
  if (question === null || !isValidAnswer(question, value)) {
    return { ok: false, error: { kind: 'bad_position', at, count: answers.length } };
  }
  const answered = transition(triageMachine, restored.snapshot, { type: 'answer', value })[0];
  return { ok: true, ...addressOf(returnToReview ? answerOn(answered) : answered) };
}

/**
 * What the address bar should hold for a snapshot: the path so far, then the
 * remembered answers that still lead on from here (kept by Back), the
 * position of the page shown, and the other remembered answers.
 */
export function addressOf(snapshot: TriageSnapshot): Address {
  const path = pathAnswers(snapshot);
  const answers = [...path, ...answersAhead(snapshot)];
  const listed = new Set(answers.map((a) => a.question));
  const kept = QUESTION_IDS.flatMap((question) => {
    const value = snapshot.context.answers[question];
    return value === undefined || listed.has(question) ? [] : [{ question, value }];
  });
  return { answers, at: path.length, kept };
}
