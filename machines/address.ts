/**
 * The address: the only place a person's answers live, and the one module that
 * reads and writes it. Encoding and decoding the query, checking an answer and
 * reading a submitted form all happen here, so the server pages, the
 * no-JavaScript route and the browser island accept and refuse exactly the same
 * things.
 *
 * `a` holds the path as `question:answer` pairs joined by `.`, with ticked ids
 * joined by `-` and `none` for "none of these", e.g.
 *   a=screen_leg:none.screen_body:none.screen_medical:none.age:age_16_plus.kind:cramp
 * `at` (optional) is how many of them to apply: the position of the page shown.
 * `keep` (optional, same format) holds answers given earlier that the path no
 * longer asks, so they come back by question if the path returns to them.
 * `return=review` (optional) marks a change begun on "check your answers": the
 * next answer goes straight back there. Any other `return` value is ignored.
 * `version` (always, once there are answers) is the content version the link was
 * made under: a link from another version (or none) is not replayed against
 * today's rules; it comes back as an `other_version` error with its answers.
 * A form sends its ticks as `v` (one per box, `none` for "none of these").
 *
 * Pure (content ids and the machine's own answer check). Nothing here throws and
 * no failure is a `null`: malformed input comes back as a typed error. Whether
 * the answers make a path is the replay's job (`restore` in replay.ts), which
 * checks each one with `checkAnswer` below.
 */
import { QUESTION_IDS, QUESTIONS, type QuestionId } from '../content/ids';
import { review } from '../content/review';
import { isValidAnswer, normaliseAnswer, type AnswerValue, type PathAnswer } from './triage';

/** "None of these": its spelling in the address and the value of its checkbox. No answer id may be this. */
export const NONE = 'none';

/** Longer than any real path (11 questions with every box ticked is about 900). */
export const MAX_ENCODED_LENGTH = 1500;
const SAFE = /^[a-z0-9_:.\-]*$/;

/** An answer as it arrives from outside (a URL, a test): not yet trusted. */
export interface RawAnswer {
  question: string;
  value: string | readonly string[];
}

export const isQuestionId = (id: string): id is QuestionId => (QUESTION_IDS as readonly string[]).includes(id);

// ---------------------------------------------------------------------------
// One answer
// ---------------------------------------------------------------------------

/** Why a value is not an answer to its question. */
export type AnswerError =
  | { kind: 'unknown_answer'; answer: string }
  | { kind: 'invalid_answer'; reason: 'expected_one' | 'expected_list' | 'repeated' };

export type AnswerCheck = { ok: true; value: AnswerValue } | { ok: false; error: AnswerError };

/**
 * The one answer check. The machine's `isValidAnswer` (what its guards use)
 * decides; this adds the answer in the question's own order when it passes and
 * the reason when it does not. The replay calls it for every answer in the
 * address and in `keep`, and `readSubmission` for every form.
 */
export function checkAnswer(question: QuestionId, value: unknown): AnswerCheck {
  if (isValidAnswer(question, value)) return { ok: true, value: normaliseAnswer(question, value) };
  return { ok: false, error: whyNot(question, value) };
}

function whyNot(question: QuestionId, value: unknown): AnswerError {
  const { multiple, answers } = QUESTIONS[question];
  const shape = multiple ? 'expected_list' : 'expected_one';
  if (typeof value !== 'string' && !Array.isArray(value)) return { kind: 'invalid_answer', reason: shape };
  const ids: readonly unknown[] = typeof value === 'string' ? [value] : value;
  const unknown = ids.find((id) => !(answers as readonly unknown[]).includes(id));
  if (unknown !== undefined) return { kind: 'unknown_answer', answer: String(unknown) };
  if (multiple !== Array.isArray(value)) return { kind: 'invalid_answer', reason: shape };
  // Every id is known and the shape is right, so an id is ticked twice.
  return { kind: 'invalid_answer', reason: 'repeated' };
}

// ---------------------------------------------------------------------------
// A submitted form
// ---------------------------------------------------------------------------

export type SubmissionError = 'required' | 'none_with_others' | 'invalid';

/**
 * A submitted form (the `v` values of its radios or checkboxes) as a machine
 * answer. The same boxes ticked twice count once; "none of these" with any
 * other box is the "not both" error.
 */
export function readSubmission(
  question: QuestionId,
  values: readonly string[],
): { ok: true; value: AnswerValue } | { ok: false; error: SubmissionError } {
  const { multiple } = QUESTIONS[question];
  const picked = [...new Set(values)];
  if (picked.length === 0) return { ok: false, error: 'required' };
  if (multiple && picked.includes(NONE)) {
    return picked.length === 1 ? { ok: true, value: [] } : { ok: false, error: 'none_with_others' };
  }
  const checked = checkAnswer(question, multiple || picked.length > 1 ? picked : picked[0]);
  return checked.ok ? checked : { ok: false, error: 'invalid' };
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
  return [...answers, NONE].filter((id) => values.includes(id));
}

/** The errors a step page shows from its address (`error=`, after /check/next refused a form). */
const SHOWN_ERRORS = ['required', 'none_with_others'] as const;
export type ShownError = (typeof SHOWN_ERRORS)[number];

// ---------------------------------------------------------------------------
// The query string
// ---------------------------------------------------------------------------

export type UrlError = { kind: 'too_long'; length: number } | { kind: 'malformed'; part: string };
export type PositionError = { kind: 'malformed'; part: string } | { kind: 'bad_position'; at: number; count: number };

export function encodeAnswers(answers: readonly RawAnswer[]): string {
  return answers
    .map(({ question, value }) => {
      const ids = typeof value === 'string' ? [value] : value;
      return `${question}:${ids.length === 0 ? NONE : ids.join('-')}`;
    })
    .join('.');
}

/**
 * `a` or `keep` as a list of answers. Only the spelling is checked here (and
 * `none` read as "none of these" on a tick-any question); the ids themselves
 * are checked by the replay, which knows which question comes next.
 */
export function decodeAnswers(encoded: string | null | undefined): { ok: true; answers: RawAnswer[] } | { ok: false; error: UrlError } {
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
    const multiple = isQuestionId(question) && QUESTIONS[question].multiple;
    if (multiple) answers.push({ question, value: rawValue === NONE ? [] : ids });
    else answers.push({ question, value: ids.length === 1 ? rawValue : ids });
  }
  return { ok: true, answers };
}

/** `at`: a whole number within the list; absent or empty means the end. */
export function decodePosition(raw: string | null | undefined, count: number): { ok: true; at: number } | { ok: false; error: PositionError } {
  if (raw === undefined || raw === null || raw === '') return { ok: true, at: count };
  if (!/^\d{1,3}$/.test(raw)) return { ok: false, error: { kind: 'malformed', part: raw } };
  const at = Number(raw);
  return at <= count ? { ok: true, at } : { ok: false, error: { kind: 'bad_position', at, count } };
}

/** The one `return` value. */
export const RETURN_TO_REVIEW = 'review';

/** `return`: exactly `review` (a change begun on "check your answers"); anything else is ignored, never an error. */
export const decodeReturn = (raw: unknown): boolean => raw === RETURN_TO_REVIEW;

/** The one `for` value: someone answering for another person (the questions say "they"). */
export const FOR_OTHER = 'other';

/** `for`: exactly `other`; anything else (or a repeated key) is ignored, never an error: the questions then say "you". */
export const decodeFor = (raw: unknown): boolean => raw === FOR_OTHER;

/**
 * A step's address: the answers (the path, then the remembered answers that lead
 * on from the page shown), the position of that page, the answers remembered off
 * the path, and whether this is a change begun on "check your answers".
 */
export interface Address<A extends RawAnswer = PathAnswer> {
  answers: readonly A[];
  at: number;
  kept: readonly A[];
  /** `return=review`; absent means false. */
  returnToReview?: boolean;
  /** `for=other`: someone answering for another person; absent means the person themselves. */
  forOther?: boolean;
}

/** An address as read from a URL: well spelled, not yet replayed. */
export type RawAddress = Address<RawAnswer>;

/** How a content version is spelled (anything else in `version` counts as no version). */
const VERSION_SPELLING = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** The content version links are made under now. */
export const CONTENT_VERSION: string = review.version;

/**
 * The query string for a position in the check, with the content version once
 * there are answers (`version`: today's unless given; null leaves it out, as a
 * link from before versions did).
 */
export function checkQuery(
  answers: readonly RawAnswer[],
  at?: number,
  {
    kept = [],
    returnToReview = false,
    forOther = false,
    version = CONTENT_VERSION,
  }: { kept?: readonly RawAnswer[]; returnToReview?: boolean; forOther?: boolean; version?: string | null } = {},
): string {
  const params = new URLSearchParams();
  if (answers.length > 0) params.set('a', encodeAnswers(answers));
  if (at !== undefined && at < answers.length) params.set('at', String(at));
  if (kept.length > 0) params.set('keep', encodeAnswers(kept));
  if (returnToReview) params.set('return', RETURN_TO_REVIEW);
  if (forOther) params.set('for', FOR_OTHER);
  if (answers.length > 0 && version !== null) params.set('version', version);
  const query = params.toString();
  // Keep ':' readable; URLSearchParams escapes it needlessly.
  return query ? `?${query.replaceAll('%3A', ':')}` : '';
}

/** The step page for an address; `base` is '' on the site and '/embed/<token>' in a clinic's frame. */
export const stepHref = (base: string, { answers, at, kept, returnToReview, forOther }: Address<RawAnswer>): string =>
  `${base}/check${checkQuery(answers, at, { kept, returnToReview, forOther })}`;

/**
 * The result page for a finished path, from its address as `stepHref` takes one, so that
 * answering for someone else (`forOther`) is never left behind on the way to the result.
 */
export const resultHref = (base: string, { answers, forOther = false }: Pick<Address<RawAnswer>, 'answers' | 'forOther'>): string =>
  `${base}/result${checkQuery(answers, undefined, { forOther })}`;

/** The same address, for the person themselves or for someone else (the `for` switch on the first question). */
export const withReader = <A extends RawAnswer>(address: Address<A>, forOther: boolean): Address<A> => {
  const rest: Address<A> = { ...address };
  delete rest.forOther;
  return forOther ? { ...rest, forOther: true } : rest;
};

/** The address a Change link on "check your answers" opens: the same answers, at that question, returning. */
export const changeAddress = <A extends RawAnswer>(address: Address<A>, index: number): Address<A> => ({
  ...address,
  at: index,
  returnToReview: true,
});

// ---------------------------------------------------------------------------
// Reading a request's query
// ---------------------------------------------------------------------------

/** A query as the pages get it: a repeated key is a list. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A query string as the pages see it: a repeated key becomes a list (which `oneValue` refuses). */
export function searchParamsOf(query: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

export type RepeatedKey = { kind: 'repeated_key'; key: string };

/** A query value as one string (absent: undefined); a repeated key (a tampered link) is an error. */
export function oneValue(params: SearchParams, key: string): { ok: true; value: string | undefined } | { ok: false; error: RepeatedKey } {
  const value = params[key];
  return Array.isArray(value) ? { ok: false, error: { kind: 'repeated_key', key } } : { ok: true, value };
}

/** Every value of a key, as a list (the `v` ticks of a form). */
export const allValues = (params: SearchParams, key: string): string[] => {
  const value = params[key];
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
};

/**
 * A link made under another content version, or before links carried one: its
 * answers (as spelled, not replayed) so the page can show them as text.
 */
export type OtherVersion = { kind: 'other_version'; version: string | null; answers: RawAnswer[] };

export type AddressError =
  | RepeatedKey
  | OtherVersion
  | { kind: 'bad_value'; key: 'a' | 'keep'; error: UrlError }
  | { kind: 'bad_value'; key: 'at'; error: PositionError };

/**
 * A step's address from its query (`a`, `at`, `keep`, `return`), spelling only.
 * `keep` is not read for a result (a result depends on the path alone), and a
 * repeated `return` is just no return.
 */
export function readAddress(params: SearchParams, { withKept = true } = {}): { ok: true; address: RawAddress } | { ok: false; error: AddressError } {
  const a = oneValue(params, 'a');
  if (!a.ok) return a;
  const at = oneValue(params, 'at');
  if (!at.ok) return at;
  const keep = withKept ? oneValue(params, 'keep') : { ok: true as const, value: undefined };
  if (!keep.ok) return keep;
  const answers = decodeAnswers(a.value);
  if (!answers.ok) return { ok: false, error: { kind: 'bad_value', key: 'a', error: answers.error } };
  const position = decodePosition(at.value, answers.answers.length);
  if (!position.ok) return { ok: false, error: { kind: 'bad_value', key: 'at', error: position.error } };
  const kept = decodeAnswers(keep.value);
  if (!kept.ok) return { ok: false, error: { kind: 'bad_value', key: 'keep', error: kept.error } };
  // Never replay answers against rules they were not given under.
  const version = oneValue(params, 'version');
  const made = version.ok && version.value !== undefined && VERSION_SPELLING.test(version.value) ? version.value : null;
  if (answers.answers.length > 0 && made !== CONTENT_VERSION) return { ok: false, error: { kind: 'other_version', version: made, answers: answers.answers } };
  const address: RawAddress = { answers: answers.answers, at: position.at, kept: kept.answers, returnToReview: decodeReturn(params.return) };
  return { ok: true, address: withReader(address, decodeFor(params.for)) };
}

/**
 * What a step page shows from its query besides the address: the error
 * /check/next sent it back with, and for "not both" the boxes as they were
 * ticked (this question's own ids only). Anything else is ignored.
 */
export function readShown(params: SearchParams, question: QuestionId | null): { error: ShownError | null; ticked: string[] | null } {
  const raw = oneValue(params, 'error');
  const error = SHOWN_ERRORS.find((e) => raw.ok && e === raw.value) ?? null;
  const ticked = error === 'none_with_others' && question !== null ? tickedIds(question, allValues(params, 'v')) : [];
  return { error, ticked: ticked.length > 0 ? ticked : null };
}
