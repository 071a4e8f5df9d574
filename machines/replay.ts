/**
 * Replaying answers through the machine: the one way a list of answers (from a
 * URL, from the browser, from a test) becomes a machine snapshot.
 *
 * Every replay is one pass from the start (`walk`): each answer is checked
 * against the question the machine is asking (`checkAnswer`, address.ts), then
 * applied. `restore` reads a whole address in that one pass, so a request
 * replays its answers once.
 *
 * Pure: uses XState's pure `initialTransition`/`transition`, no actors, no I/O.
 * Bad input never throws; it comes back as a typed `ReplayError`.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { QUESTION_IDS, type QuestionId, type TriageLevel } from '../content/ids';
import { pathOf, triageMachine, type AnswerValue, type PathAnswer, type QuestionMeta, type StateMeta, type TriageEvent } from './triage';
import { checkAnswer, isQuestionId, readAddress, withReader, type Address, type AddressError, type AnswerError, type RawAddress, type RawAnswer, type SearchParams } from './address';

export type TriageSnapshot = SnapshotFrom<typeof triageMachine>;

/** A path can visit each question once, so a longer list cannot be real. */
export const MAX_ANSWERS = QUESTION_IDS.length;

export type ReplayError =
  | { kind: 'too_many_answers'; count: number; max: number }
  | { kind: 'unknown_question'; index: number; question: string }
  | (AnswerError & { index: number; question: QuestionId })
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

/** A snapshot as an actor is started from it (plain data: the server sends it to the island). */
export const persisted = (snapshot: TriageSnapshot): TriageSnapshot => triageMachine.getPersistedSnapshot(snapshot) as TriageSnapshot;

const answerEvent = (value: AnswerValue): TriageEvent => ({ type: 'answer', value });

/** Check one raw answer against the question the machine is asking. */
function checkStep(snapshot: TriageSnapshot, raw: RawAnswer, index: number): { ok: true; value: AnswerValue } | { ok: false; error: ReplayError } {
  if (!isQuestionId(raw.question)) return { ok: false, error: { kind: 'unknown_question', index, question: raw.question } };
  const question = raw.question;
  const expected = currentQuestion(snapshot);
  if (expected !== question) return { ok: false, error: { kind: 'out_of_order', index, question, expected } };
  const checked = checkAnswer(question, raw.value);
  return checked.ok ? checked : { ok: false, error: { ...checked.error, index, question } };
}

interface Walked {
  /** After every answer. */
  end: TriageSnapshot;
  /** After the first `at` answers. */
  here: TriageSnapshot;
}

/** The one pass: from the start, check each answer, then apply it; note the snapshot at `at` on the way. */
function walk(answers: readonly RawAnswer[], at: number): ({ ok: true } & Walked) | { ok: false; error: ReplayError } {
  if (answers.length > MAX_ANSWERS) return { ok: false, error: { kind: 'too_many_answers', count: answers.length, max: MAX_ANSWERS } };
  if (!Number.isInteger(at) || at < 0 || at > answers.length) {
    return { ok: false, error: { kind: 'bad_position', at, count: answers.length } };
  }
  let end = startSnapshot();
  let here = end;
  for (const [index, raw] of answers.entries()) {
    const checked = checkStep(end, raw, index);
    if (!checked.ok) return checked;
    end = transition(triageMachine, end, answerEvent(checked.value))[0];
    if (index + 1 === at) here = end;
  }
  return { ok: true, end, here };
}

/**
 * Stand at `here` with every answer of the walk remembered, as Back leaves it,
 * so the page there shows the earlier choice again. Built from the snapshot met
 * on the way (not by stepping back from the end), so it is live even when the
 * full list ended in a result.
 */
function standHere({ end, here }: Walked): TriageSnapshot {
  if (here === end) return end;
  return triageMachine.resolveState({
    value: here.value,
    context: { answers: { ...end.context.answers }, history: here.context.history },
  });
}

/**
 * Replay `answers` from the start. With `at`, stand just after the first `at`
 * answers, keeping the later ones remembered (as Back does), so the page at
 * that position shows the earlier choice again.
 */
export function replay(answers: readonly RawAnswer[], at: number = answers.length): ReplayResult {
  const walked = walk(answers, at);
  return walked.ok ? { ok: true, snapshot: standHere(walked) } : walked;
}

/** Confirm "check your answers" if that is where the snapshot stands. */
const confirmed = (snapshot: TriageSnapshot): TriageSnapshot =>
  stepOf(snapshot).kind === 'review' ? transition(triageMachine, snapshot, { type: 'confirm' })[0] : snapshot;

/** Replay, then confirm the "check your answers" page if that is where it stops. */
export function replayToResult(answers: readonly RawAnswer[]): ReplayResult {
  const walked = walk(answers, answers.length);
  return walked.ok ? { ok: true, snapshot: confirmed(walked.end) } : walked;
}

/** The answers on the snapshot's current path, in order (what a URL should hold). */
export const pathAnswers = (snapshot: TriageSnapshot): PathAnswer[] => pathOf(snapshot.context);

/** The state id of the page the machine is on (only those states carry meta), e.g. `triage.review`. */
export const leafStateId = (snapshot: TriageSnapshot): string => Object.keys(snapshot.getMeta())[0] ?? '';

type Remembered = Partial<Record<QuestionId, AnswerValue>>;

/** Check `kept` against the answers already remembered: each a known question, not answered yet, with a valid answer. */
function checkKept(remembered: Remembered, kept: readonly RawAnswer[]): { ok: true; answers: Remembered } | { ok: false; error: ReplayError } {
  if (kept.length > MAX_ANSWERS) return { ok: false, error: { kind: 'too_many_answers', count: kept.length, max: MAX_ANSWERS } };
  const answers: Remembered = { ...remembered };
  for (const [index, raw] of kept.entries()) {
    if (!isQuestionId(raw.question)) return { ok: false, error: { kind: 'unknown_question', index, question: raw.question } };
    const question = raw.question;
    if (answers[question] !== undefined) return { ok: false, error: { kind: 'repeated_question', index, question } };
    const checked = checkAnswer(question, raw.value);
    if (!checked.ok) return { ok: false, error: { ...checked.error, index, question } };
    answers[question] = checked.value;
  }
  return { ok: true, answers };
}

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
  const checked = checkKept(snapshot.context.answers, kept);
  if (!checked.ok) return checked;
  // A result is final: nothing remembered can change it, and the snapshot keeps its output.
  if (kept.length === 0 || snapshot.status === 'done') return { ok: true, snapshot };
  return {
    ok: true,
    snapshot: triageMachine.resolveState({ value: snapshot.value, context: { answers: checked.answers, history: snapshot.context.history } }),
  };
}

/** Follow the remembered answers from the snapshot's page (see `answersAhead`), to where they end. */
function followAhead(snapshot: TriageSnapshot): { ahead: PathAnswer[]; end: TriageSnapshot } {
  const ahead: PathAnswer[] = [];
  let end = snapshot;
  // Each question is asked at most once on a path, so this is a bound, never a cut.
  while (ahead.length < MAX_ANSWERS) {
    const question = currentQuestion(end);
    if (question === null) break;
    const value = end.context.answers[question];
    if (value === undefined) break;
    const next = transition(triageMachine, end, answerEvent(value))[0];
    if (next.context.history.length === end.context.history.length) break; // refused (cannot happen for a valid answer)
    ahead.push({ question, value });
    end = next;
  }
  return { ahead, end };
}

/**
 * The remembered answers that lead on from the snapshot's page, in order: its
 * own answer, then the next question's, and so on until a question with no
 * answer kept, "check your answers" or a result.
 */
export const answersAhead = (snapshot: TriageSnapshot): PathAnswer[] => followAhead(snapshot).ahead;

/** Answer on with every remembered answer that leads on (see `answersAhead`). */
export const answerOn = (snapshot: TriageSnapshot): TriageSnapshot => followAhead(snapshot).end;

/**
 * What the address bar should hold for a snapshot: the path so far, then the
 * remembered answers that still lead on from here (kept by Back), the
 * position of the page shown, and the other remembered answers.
 */
export function addressOf(snapshot: TriageSnapshot): Address {
  const path = pathAnswers(snapshot);
  return withKept(snapshot, [...path, ...answersAhead(snapshot)], path.length);
}

/** The address with `answers` listed and every other remembered answer in `kept`, in the questions' order. */
function withKept(snapshot: TriageSnapshot, answers: PathAnswer[], at: number): Address {
  const listed = new Set(answers.map((a) => a.question));
  const kept = QUESTION_IDS.flatMap((question) => {
    const value = snapshot.context.answers[question];
    return value === undefined || listed.has(question) ? [] : [{ question, value }];
  });
  return { answers, at, kept };
}

/** `return=review` lasts only while a question is shown: "check your answers" and results drop it. */
const returning = (snapshot: TriageSnapshot, asked: boolean | undefined): boolean => asked === true && stepOf(snapshot).kind === 'question';

/** Why an address cannot be restored: its spelling (`readAddress`) or its answers (the replay). */
export type RestoreError = AddressError | ReplayError;

export type Restored<E = RestoreError> = { ok: true; snapshot: TriageSnapshot; address: Address } | { ok: false; error: E };

/**
 * Restore an address (as `readAddress` read it from a URL) in one pass over its
 * answers: the snapshot of the page at `at`, with the later answers and `keep`
 * remembered, and the address as the app writes it (ticks in the questions'
 * order, `keep` in the questions' order, `return` only on a question), which
 * is `addressOf(snapshot)` without walking the answers again.
 *
 * With `toResult`, `at` and `keep` are not used (a result depends on the path
 * alone) and a path that stops on "check your answers" is confirmed.
 */
export function restore(address: RawAddress, { toResult = false } = {}): Restored<ReplayError> {
  const { answers } = address;
  const walked = walk(answers, toResult ? answers.length : address.at);
  if (!walked.ok) return walked;
  if (toResult) {
    const snapshot = confirmed(walked.end);
    const path = pathAnswers(snapshot);
    return { ok: true, snapshot, address: withReader({ answers: path, at: path.length, kept: [] }, address.forOther === true) };
  }
  const remembered = remember(standHere(walked), address.kept);
  if (!remembered.ok) return remembered;
  const { snapshot } = remembered;
  // The walk has already followed the listed answers, so only what lies past its end
  // (a kept answer to the question it stops on, in a hand-made link) needs looking ahead.
  const listed = [...pathAnswers(walked.end), ...aheadOfEnd(walked.end, snapshot.context.answers)];
  const restored = { ...withKept(snapshot, listed, address.at), returnToReview: returning(snapshot, address.returnToReview) };
  return { ok: true, snapshot, address: withReader(restored, address.forOther === true) };
}

/** Read a request's address (`readAddress`) and restore it: the server pages and the island's Back/Forward. */
export function restoreParams(params: SearchParams, { toResult = false } = {}): Restored {
  const read = readAddress(params, { withKept: !toResult });
  return read.ok ? restore(read.address, { toResult }) : read;
}

function aheadOfEnd(end: TriageSnapshot, remembered: Remembered): PathAnswer[] {
  const question = end.status === 'done' ? null : currentQuestion(end);
  if (question === null || remembered[question] === undefined) return [];
  return answersAhead(triageMachine.resolveState({ value: end.value, context: { answers: remembered, history: end.context.history } }));
}

/** Why `answerHere` cannot answer: the snapshot is not on a question, or the value is not an answer to it. */
export type AnswerHereError = { kind: 'no_question'; at: number } | (AnswerError & { index: number; question: QuestionId });

export type Answered = { ok: true; snapshot: TriageSnapshot; address: Address; events: TriageEvent[] } | { ok: false; error: AnswerHereError };

/**
 * Answer the question the snapshot stands on: the one step the no-JavaScript
 * route (after `restore`) and the browser island both take. In a change begun
 * on "check your answers" (`returnToReview`), answer on with every remembered
 * answer that still fits, so the person is back there (or on a result) at
 * once, or on the first question the new answer opens that was never asked.
 *
 * Returns the new snapshot, its address, and the events that lead there (the
 * island sends them to its actor).
 */
export function answerHere(snapshot: TriageSnapshot, value: AnswerValue, { returnToReview = false } = {}): Answered {
  const question = currentQuestion(snapshot);
  const at = snapshot.context.history.length;
  if (question === null) return { ok: false, error: { kind: 'no_question', at } };
  const checked = checkAnswer(question, value);
  if (!checked.ok) return { ok: false, error: { ...checked.error, index: at, question } };
  const event = answerEvent(checked.value);
  const answered = transition(triageMachine, snapshot, event)[0];
  const { ahead, end: next } = returnToReview ? followAhead(answered) : { ahead: [], end: answered };
  const events = [event, ...ahead.map((a) => answerEvent(a.value))];
  return { ok: true, snapshot: next, address: { ...addressOf(next), returnToReview: returning(next, returnToReview) }, events };
}

export interface AnswerAtOptions {
  /** Answers remembered off the path (the address's `keep`), offered again by question id. */
  kept?: readonly RawAnswer[];
  /**
   * The change began on "check your answers" (its Change link): after this
   * answer, answer on with every remembered answer that still fits (see `answerHere`).
   */
  returnToReview?: boolean;
}

/**
 * Answer the question at position `at` of `answers` with `value`. Every other
 * answer is kept by question id: later questions the new path still asks show
 * their earlier answer again, and the ones it no longer asks stay remembered
 * in `kept`. Returns the new address: by default standing on the next
 * question (so the person sees every step again), or with `returnToReview`
 * past every question that already has an answer. One replay (`restore`), then `answerHere`.
 */
export function answerAt(
  answers: readonly RawAnswer[],
  at: number,
  value: AnswerValue,
  { kept = [], returnToReview = false }: AnswerAtOptions = {},
): ({ ok: true; snapshot: TriageSnapshot } & Address) | { ok: false; error: ReplayError } {
  const here = restore({ answers, at, kept });
  if (!here.ok) return here;
  const answered = answerHere(here.snapshot, value, { returnToReview });
  if (!answered.ok) return { ok: false, error: { kind: 'bad_position', at, count: answers.length } };
  return { ok: true, snapshot: answered.snapshot, ...answered.address };
}
