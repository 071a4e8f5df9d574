import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { QUESTION_IDS, QUESTIONS, type QuestionId } from '../content/ids';
import { triageMachine, type AnswerValue, type PathAnswer } from './triage';
import {
  MAX_ANSWERS,
  addressOf,
  answerAt,
  answerHere,
  answerOn,
  answersAhead,
  currentQuestion,
  pathAnswers,
  remember,
  replay,
  replayToResult,
  restore,
  startSnapshot,
  stepOf,
  type ReplayError,
  type ReplayResult,
  type TriageSnapshot,
} from './replay';
import { seededRandom, steeringAnswers } from './model';
import type { RawAnswer } from './address';

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const SCREENED: PathAnswer[] = [
  { question: 'screen_leg', value: [] },
  { question: 'screen_body', value: [] },
  { question: 'screen_medical', value: [] },
];

const CONTRIBUTORS: PathAnswer[] = [
  { question: 'medicines', value: ['statin'] },
  { question: 'health', value: [] },
  { question: 'calcium_risk', value: ['neck_surgery', 'taking_calcium'] },
];

const ADULT: PathAnswer[] = [
  ...SCREENED,
  { question: 'age', value: 'age_16_plus' },
  { question: 'kind', value: ['cramp'] },
  { question: 'timing', value: 'night_rest' },
  { question: 'how_often', value: 'now_and_then' },
  ...CONTRIBUTORS,
  { question: 'pattern', value: ['hard_exercise'] },
  { question: 'leg_changes', value: [] },
  { question: 'last_check', value: [] },
];

/** Walking pain is not a cramp: no timing, how often or cramp pattern pages. */
const WALKING: PathAnswer[] = [
  ...SCREENED,
  { question: 'age', value: 'age_16_plus' },
  { question: 'kind', value: ['walking_pain'] },
  { question: 'walking_relief', value: 'stand_still' },
  ...CONTRIBUTORS,
  { question: 'leg_changes', value: [] },
  { question: 'last_check', value: [] },
];

const CHILD: PathAnswer[] = [
  ...SCREENED,
  { question: 'age', value: 'under_16' },
  { question: 'child_kind', value: 'child_ache' },
  { question: 'child_pattern', value: ['limp'] },
  { question: 'last_check', value: [] },
];

/** Where a question sits in a fixture (positions change when the flow does). */
const at = (path: readonly PathAnswer[], question: QuestionId): number => {
  const index = path.findIndex((a) => a.question === question);
  if (index < 0) throw new Error(`${question} is not in this path`);
  return index;
};

const EMERGENCY: PathAnswer[] = [
  { question: 'screen_leg', value: ['calf_swollen'] },
  { question: 'screen_body', value: ['chest_pain'] },
];

function ok(result: ReplayResult): TriageSnapshot {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.snapshot;
}

function err(result: ReplayResult): ReplayError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.snapshot.value)}`);
  return result.error;
}

const ERROR_KINDS: readonly ReplayError['kind'][] = [
  'too_many_answers',
  'unknown_question',
  'unknown_answer',
  'invalid_answer',
  'out_of_order',
  'repeated_question',
  'bad_position',
];

// ---------------------------------------------------------------------------
// Typed errors
// ---------------------------------------------------------------------------

describe('replay: typed errors', () => {
  it('an empty list is the first question', () => {
    const snapshot = ok(replay([]));
    expect(snapshot.value).toEqual({ red_flags: 'screen_leg' });
    expect(currentQuestion(snapshot)).toBe('screen_leg');
    expect(snapshot.value).toEqual(startSnapshot().value);
  });

  it('unknown question', () => {
    expect(err(replay([{ question: 'nope', value: [] }]))).toEqual({ kind: 'unknown_question', index: 0, question: 'nope' });
    expect(err(replay([...ADULT.slice(0, 3), { question: 'Age', value: 'age_16_plus' }]))).toEqual({
      kind: 'unknown_question',
      index: 3,
      question: 'Age',
    });
    expect(err(replay([{ question: '__proto__', value: [] }])).kind).toBe('unknown_question');
  });

  it('unknown answer id', () => {
    expect(err(replay([{ question: 'screen_leg', value: ['nope'] }]))).toEqual({
      kind: 'unknown_answer',
      index: 0,
      question: 'screen_leg',
      answer: 'nope',
    });
    expect(err(replay([...ADULT.slice(0, 3), { question: 'age', value: 'cramp' }]))).toEqual({
      kind: 'unknown_answer',
      index: 3,
      question: 'age',
      answer: 'cramp',
    });
    // "none" is the URL/form spelling of an empty list, never an id.
    expect(err(replay([{ question: 'screen_leg', value: ['none'] }]))).toMatchObject({ kind: 'unknown_answer', answer: 'none' });
  });

  it('out of order: an answer for a later question first', () => {
    expect(err(replay([{ question: 'kind', value: ['cramp'] }]))).toEqual({
      kind: 'out_of_order',
      index: 0,
      question: 'kind',
      expected: 'screen_leg',
    });
    // Skipping walking_relief after walking_pain.
    expect(err(replay([...WALKING.slice(0, 5), { question: 'medicines', value: [] }]))).toEqual({
      kind: 'out_of_order',
      index: 5,
      question: 'medicines',
      expected: 'walking_relief',
    });
    // Answering the same question twice.
    expect(err(replay([ADULT[0]!, ADULT[0]!]))).toMatchObject({ kind: 'out_of_order', index: 1, expected: 'screen_body' });
  });

  it('out of order after the end: nothing is expected', () => {
    expect(err(replay([...ADULT, { question: 'screen_leg', value: [] }]))).toEqual({
      kind: 'out_of_order',
      index: ADULT.length,
      question: 'screen_leg',
      expected: null,
    });
    expect(err(replay([...EMERGENCY, { question: 'screen_medical', value: [] }]))).toEqual({
      kind: 'out_of_order',
      index: 2,
      question: 'screen_medical',
      expected: null,
    });
  });

  it('invalid answer: expected_list, expected_one, repeated', () => {
    expect(err(replay([{ question: 'screen_leg', value: 'calf_swollen' }]))).toEqual({
      kind: 'invalid_answer',
      index: 0,
      question: 'screen_leg',
      reason: 'expected_list',
    });
    expect(err(replay([...ADULT.slice(0, 3), { question: 'age', value: ['age_16_plus'] }]))).toEqual({
      kind: 'invalid_answer',
      index: 3,
      question: 'age',
      reason: 'expected_one',
    });
    expect(err(replay([...WALKING.slice(0, 5), { question: 'walking_relief', value: [] }]))).toMatchObject({
      kind: 'invalid_answer',
      reason: 'expected_one',
    });
    expect(err(replay([...WALKING.slice(0, 5), { question: 'walking_relief', value: ['stand_still', 'sit_or_bend'] }]))).toMatchObject({
      kind: 'invalid_answer',
      index: 5,
      reason: 'expected_one',
    });
    // The kind page is tick-any (content 0.4.0): one id on its own is the wrong shape.
    expect(err(replay([...ADULT.slice(0, 4), { question: 'kind', value: 'cramp' }]))).toMatchObject({
      kind: 'invalid_answer',
      index: 4,
      reason: 'expected_list',
    });
    expect(err(replay([{ question: 'screen_leg', value: ['calf_swollen', 'calf_swollen'] }]))).toEqual({
      kind: 'invalid_answer',
      index: 0,
      question: 'screen_leg',
      reason: 'repeated',
    });
  });

  it('too many answers', () => {
    expect(MAX_ANSWERS).toBe(QUESTION_IDS.length);
    const tooMany: RawAnswer[] = Array.from({ length: MAX_ANSWERS + 1 }, () => ({ question: 'screen_leg', value: [] }));
    expect(err(replay(tooMany))).toEqual({ kind: 'too_many_answers', count: MAX_ANSWERS + 1, max: MAX_ANSWERS });
    // Exactly MAX_ANSWERS is not "too many" (it fails later, for another reason).
    expect(err(replay(tooMany.slice(1))).kind).toBe('out_of_order');
  });

  it('bad position: beyond the list, negative, not a whole number', () => {
    for (const at of [ADULT.length + 1, 100, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(err(replay(ADULT, at)), String(at)).toEqual({ kind: 'bad_position', at, count: ADULT.length });
    }
    expect(err(replay([], 1))).toEqual({ kind: 'bad_position', at: 1, count: 0 });
  });

  it('replayToResult passes errors through', () => {
    expect(err(replayToResult([{ question: 'kind', value: ['cramp'] }])).kind).toBe('out_of_order');
  });
});

// ---------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------

describe('replay with a position', () => {
  for (const [name, list] of [
    ['adult', ADULT],
    ['walking', WALKING],
    ['child', CHILD],
  ] as const) {
    it(`${name}: at < length lands on the question at that index with later answers remembered`, () => {
      const full = ok(replay(list));
      expect(stepOf(full)).toEqual({ kind: 'review' });
      for (let at = 0; at < list.length; at++) {
        const snapshot = ok(replay(list, at));
        expect(currentQuestion(snapshot)).toBe(list[at]!.question);
        expect(snapshot.status).toBe('active');
        expect(snapshot.context.history).toEqual(list.slice(0, at).map((a) => a.question));
        expect(snapshot.context.answers).toEqual(full.context.answers);
        // The page shows the earlier choice again.
        expect(snapshot.context.answers[list[at]!.question]).toEqual(list[at]!.value);
        expect(pathAnswers(snapshot)).toEqual(list.slice(0, at));
      }
      expect(ok(replay(list, list.length)).value).toBe('review');
    });
  }

  it('normalises tick-any answers to the question order', () => {
    const snapshot = ok(replay([{ question: 'screen_leg', value: ['one_leg_weak', 'calf_swollen'] }]));
    expect(snapshot.context.answers.screen_leg).toEqual(['calf_swollen', 'one_leg_weak']);
  });

  it('in an emergency list, lands on the question at that index with the emergency answer remembered', () => {
    const snapshot = ok(replay(EMERGENCY, 1));
    expect(currentQuestion(snapshot)).toBe('screen_body');
    expect(snapshot.context.answers.screen_body).toEqual(['chest_pain']);
  });

  // Regression: stepping back from a list that ended in a result must give a live snapshot
  // (an actor restored from a finished one ignores every answer, so the emergency answer
  // could never be changed).
  it('a position before an emergency answer gives a live (active) snapshot that accepts answers', () => {
    const snapshot = ok(replay(EMERGENCY, 1));
    expect(snapshot.status).toBe('active');
    const actor = createActor(triageMachine, {
      snapshot: triageMachine.getPersistedSnapshot(snapshot) as TriageSnapshot,
    }).start();
    actor.send({ type: 'answer', value: [] });
    expect(currentQuestion(actor.getSnapshot())).toBe('screen_medical');
  });
});

describe('replayToResult', () => {
  it('confirms the review', () => {
    const snapshot = ok(replayToResult(ADULT));
    expect(snapshot.status).toBe('done');
    expect(snapshot.value).toBe('see_doctor');
    expect(stepOf(snapshot)).toEqual({ kind: 'result', triage: 'see_doctor' });
    expect(snapshot.output?.triage).toBe('see_doctor');
    expect(snapshot.output?.actions).toContain('calcium_check');
  });

  it('returns an emergency as it is', () => {
    const snapshot = ok(replayToResult(EMERGENCY));
    expect(snapshot.value).toBe('emergency');
    expect(snapshot.output?.causes).toEqual(['pulmonary_embolism', 'dvt']);
  });

  it('leaves an unfinished list on its next question', () => {
    const snapshot = ok(replayToResult(ADULT.slice(0, 5)));
    expect(snapshot.status).toBe('active');
    expect(currentQuestion(snapshot)).toBe('timing');
  });
});

// ---------------------------------------------------------------------------
// answerAt
// ---------------------------------------------------------------------------

type Answered = ReturnType<typeof answerAt>;

function answered(result: Answered) {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result;
}

const KIND = at(ADULT, 'kind');
/** Everything ADULT answers after the kind page, as `kept` holds it when the path no longer reaches it. */
const AFTER_KIND = ADULT.slice(KIND + 1);
/** The pages only a cramp is asked, as ADULT answers them. */
const CRAMP_ONLY = ADULT.filter((a) => ['timing', 'how_often', 'pattern'].includes(a.question));
/** ADULT's pages that every adult is asked after the kind page. */
const EVERYONE_AFTER_KIND = AFTER_KIND.filter((a) => !CRAMP_ONLY.includes(a));

describe('answerAt', () => {
  it('changing kind from cramp to walking_pain keeps the later answers by id; walking_relief is next and unanswered', () => {
    const result = answered(answerAt(ADULT, KIND, ['walking_pain']));
    expect(result.answers).toEqual([...ADULT.slice(0, KIND), { question: 'kind', value: ['walking_pain'] }]);
    expect(result.at).toBe(KIND + 1);
    // Not on the path yet (walking_relief comes first), so remembered by question.
    expect(result.kept).toEqual(AFTER_KIND);
    const snapshot = ok(replay(result.answers, result.at));
    expect(currentQuestion(snapshot)).toBe('walking_relief');
    expect(snapshot.context.answers.walking_relief).toBeUndefined();
  });

  it('after walking_relief is answered, the kept answers lead on again; the cramp-only ones stay remembered', () => {
    const first = answered(answerAt(ADULT, KIND, ['walking_pain']));
    const result = answered(answerAt(first.answers, first.at, 'sit_or_bend', { kept: first.kept }));
    expect(result.answers).toEqual([
      ...ADULT.slice(0, KIND),
      { question: 'kind', value: ['walking_pain'] },
      { question: 'walking_relief', value: 'sit_or_bend' },
      ...EVERYONE_AFTER_KIND,
    ]);
    expect(result.kept).toEqual(CRAMP_ONLY);
    // Without returnToReview the person sees the next page, with its kept answer.
    expect(result.at).toBe(KIND + 2);
    const snapshot = ok(replay(result.answers, result.at));
    expect(currentQuestion(snapshot)).toBe('medicines');
    expect(snapshot.context.answers.medicines).toEqual(['statin']);
  });

  it('keeps every later answer that still fits, and stands on the next question', () => {
    const result = answered(answerAt(ADULT, KIND, ['urge_to_move']));
    expect(result.answers).toEqual([...ADULT.slice(0, KIND), { question: 'kind', value: ['urge_to_move'] }, ...EVERYONE_AFTER_KIND]);
    expect(result.at).toBe(KIND + 1);
    expect(result.kept).toEqual(CRAMP_ONLY);
    expect(currentQuestion(ok(replay(result.answers, result.at)))).toBe('medicines');
    expect(ok(replayToResult(result.answers)).output?.causes).toContain('restless_legs');
  });

  it('changing walking_pain back to cramp skips walking_relief, asks the cramp pages, and keeps the rest by id', () => {
    const result = answered(answerAt(WALKING, KIND, ['cramp']));
    expect(result.answers).toEqual([...WALKING.slice(0, KIND), { question: 'kind', value: ['cramp'] }]);
    expect(result.at).toBe(KIND + 1);
    expect(currentQuestion(ok(replay(result.answers, result.at)))).toBe('timing');
    // walking_relief is no longer asked, but is remembered should walking_pain be chosen again.
    expect(result.kept).toEqual(WALKING.slice(KIND + 1));
  });

  it('changing age to under_16 asks the child question; the adult answers are remembered, not on the path', () => {
    const result = answered(answerAt(ADULT, 3, 'under_16'));
    expect(result.answers).toEqual([...ADULT.slice(0, 3), { question: 'age', value: 'under_16' }]);
    expect(result.kept).toEqual(ADULT.slice(4));
    expect(currentQuestion(ok(replay(result.answers, result.at)))).toBe('child_kind');
    // And back to 16 or over: the adult answers come back in place.
    const back = answered(answerAt(result.answers, 3, 'age_16_plus', { kept: result.kept }));
    expect(back.answers).toEqual(ADULT);
    expect(back.kept).toEqual([]);
  });

  it('an urgent screening answer keeps the other screening answers and ends the path', () => {
    const result = answered(answerAt(ADULT, 0, ['calf_swollen']));
    // The warning pages, then the last check (content 0.7.0), whose answer is kept on the path.
    expect(ADULT.at(-1)!.question).toBe('last_check');
    expect(result.answers).toEqual([{ question: 'screen_leg', value: ['calf_swollen'] }, ...ADULT.slice(1, 3), ADULT.at(-1)]);
    expect(result.at).toBe(1);
    expect(result.kept).toEqual(ADULT.slice(3, -1));
    expect(ok(replayToResult(result.answers)).value).toBe('urgent');
  });

  it('an emergency answer ends the path there', () => {
    const result = answered(answerAt(ADULT, 1, ['heat_collapse']));
    expect(result.answers).toEqual([ADULT[0], { question: 'screen_body', value: ['heat_collapse'] }]);
    expect(result.at).toBe(2);
    expect(ok(replay(result.answers, result.at)).value).toBe('emergency');
  });

  it('normalises the new answer', () => {
    const medicines = at(ADULT, 'medicines');
    const result = answered(answerAt(ADULT, medicines, ['statin', 'diuretic']));
    expect(result.answers[medicines]).toEqual({ question: 'medicines', value: ['diuretic', 'statin'] });
    expect(result.answers).toHaveLength(ADULT.length);
  });

  it('refuses an invalid value or a position with no question', () => {
    expect(answerAt(ADULT, KIND, 'cramp')).toEqual({ ok: false, error: { kind: 'bad_position', at: KIND, count: ADULT.length } });
    expect(answerAt(ADULT, KIND, ['nope'])).toMatchObject({ ok: false, error: { kind: 'bad_position' } });
    expect(answerAt(ADULT, ADULT.length, [])).toMatchObject({ ok: false, error: { kind: 'bad_position' } });
    expect(answerAt([{ question: 'kind', value: ['cramp'] }, ...ADULT], 1, [])).toMatchObject({
      ok: false,
      error: { kind: 'out_of_order', index: 0 },
    });
  });

  it('refuses kept answers that do not check out', () => {
    const prefix = ADULT.slice(0, KIND + 1);
    expect(answerAt(prefix, KIND, ['cramp'], { kept: [{ question: 'kind', value: ['cramp'] }] })).toEqual({
      ok: false,
      error: { kind: 'repeated_question', index: 0, question: 'kind' },
    });
    expect(answerAt(prefix, KIND, ['cramp'], { kept: [{ question: 'medicines', value: ['made_up'] }] })).toMatchObject({
      ok: false,
      error: { kind: 'unknown_answer', index: 0, question: 'medicines', answer: 'made_up' },
    });
  });
});

describe('answerAt with returnToReview (a change begun on "check your answers")', () => {
  const returning = { returnToReview: true } as const;

  it('kind cramp → sleep_start goes straight back to review, every other answer kept', () => {
    const result = answered(answerAt(ADULT, KIND, ['sleep_start'], returning));
    const expected = [...ADULT.slice(0, KIND), { question: 'kind' as const, value: ['sleep_start'] }, ...EVERYONE_AFTER_KIND];
    expect(result.answers).toEqual(expected);
    expect(result.at).toBe(expected.length);
    expect(result.kept).toEqual(CRAMP_ONLY);
    expect(stepOf(ok(replay(result.answers, result.at)))).toEqual({ kind: 'review' });
  });

  it('changing a contributor from review goes straight back to review', () => {
    const health = at(ADULT, 'health');
    const result = answered(answerAt(ADULT, health, ['diabetes'], returning));
    expect(result.answers).toEqual([...ADULT.slice(0, health), { question: 'health', value: ['diabetes'] }, ...ADULT.slice(health + 1)]);
    expect(result.at).toBe(ADULT.length);
  });

  it('kind cramp → walking_pain stops on the new question, then returns to review after it', () => {
    const first = answered(answerAt(ADULT, KIND, ['walking_pain'], returning));
    expect(first.answers).toEqual([...ADULT.slice(0, KIND), { question: 'kind', value: ['walking_pain'] }]);
    expect(first.at).toBe(KIND + 1);
    expect(first.kept).toEqual(AFTER_KIND);
    expect(currentQuestion(ok(replay(first.answers, first.at)))).toBe('walking_relief');

    const second = answered(answerAt(first.answers, first.at, 'stand_still', { ...returning, kept: first.kept }));
    expect(second.answers).toEqual(WALKING);
    expect(second.at).toBe(second.answers.length);
    expect(second.kept).toEqual(CRAMP_ONLY);
    expect(stepOf(ok(replay(second.answers)))).toEqual({ kind: 'review' });
  });

  it('kind walking_pain → cramp drops walking_relief, asks each cramp page it opens, then returns to review', () => {
    let result = answered(answerAt(WALKING, KIND, ['cramp'], returning));
    const asked: string[] = [];
    for (const value of ['night_rest', 'now_and_then', []] as const) {
      const question = currentQuestion(ok(replay(result.answers, result.at)));
      asked.push(question!);
      result = answered(answerAt(result.answers, result.at, value, { ...returning, kept: result.kept }));
    }
    expect(asked).toEqual(['timing', 'how_often', 'pattern']);
    expect(stepOf(ok(replay(result.answers, result.at)))).toEqual({ kind: 'review' });
    expect(result.answers.map((a) => a.question)).toEqual(ADULT.map((a) => a.question));
    expect(result.kept).toEqual([{ question: 'walking_relief', value: 'stand_still' }]);
  });

  it('age → under_16 asks the child questions (never asked), then is at review', () => {
    const first = answered(answerAt(ADULT, 3, 'under_16', returning));
    expect(first.at).toBe(4);
    expect(currentQuestion(ok(replay(first.answers, first.at)))).toBe('child_kind');
    const second = answered(answerAt(first.answers, first.at, 'child_ache', { ...returning, kept: first.kept }));
    expect(currentQuestion(ok(replay(second.answers, second.at)))).toBe('child_pattern');
    const third = answered(answerAt(second.answers, second.at, [], { ...returning, kept: second.kept }));
    expect(stepOf(ok(replay(third.answers, third.at)))).toEqual({ kind: 'review' });
    // The last check is asked of the child too, so its answer is on the path again, not kept.
    expect(third.kept).toEqual(ADULT.slice(4, -1));
  });

  it('a same-day sign answered from review ends at review with the other screening answers', () => {
    const result = answered(answerAt(ADULT, 0, ['calf_swollen'], returning));
    expect(result.answers).toEqual([{ question: 'screen_leg', value: ['calf_swollen'] }, ...ADULT.slice(1, 3), ADULT.at(-1)]);
    expect(result.at).toBe(4);
    expect(stepOf(ok(replay(result.answers)))).toEqual({ kind: 'review' });
  });

  it('an emergency sign answered from review goes to the result', () => {
    const result = answered(answerAt(ADULT, 1, ['dark_urine'], returning));
    expect(stepOf(ok(replay(result.answers, result.at)))).toEqual({ kind: 'result', triage: 'emergency' });
  });

  it('from a page before review (Back within a change), answers on to review', () => {
    // Change kind → walking_pain, then Back to age, Continue with the same age.
    const first = answered(answerAt(ADULT, 4, ['walking_pain'], returning));
    const result = answered(answerAt(first.answers, 3, 'age_16_plus', { ...returning, kept: first.kept }));
    // It stops again on walking_relief: the one question never answered.
    expect(result.at).toBe(5);
    expect(currentQuestion(ok(replay(result.answers, result.at)))).toBe('walking_relief');
  });
});

describe('answerAt with returnToReview: every change from review of every path', () => {
  /** Each answer a question offers alone, "none of these", and the ticks that steer the flow, together. */
  const choices = (question: QuestionId): AnswerValue[] => {
    const { multiple, answers } = QUESTIONS[question];
    const steering = steeringAnswers(question, answers);
    return multiple ? [[], ...answers.map((id) => [id]), ...(steering.length > 1 ? [steering] : [])] : [...answers];
  };

  for (const [name, list] of [
    ['adult', ADULT],
    ['walking', WALKING],
    ['child', CHILD],
  ] as const) {
    it(`${name}: lands on review, a result, or a question never answered; keeps every other answer by id`, () => {
      const before = Object.fromEntries(list.map((a) => [a.question, a.value]));
      for (const [at, { question }] of list.entries()) {
        for (const value of choices(question)) {
          const result = answered(answerAt(list, at, value, { returnToReview: true }));
          const label = `${question} → ${JSON.stringify(value)}`;
          const snapshot = ok(remember(ok(replay(result.answers, result.at)), result.kept));
          const step = stepOf(snapshot);
          expect(result.at, label).toBe(result.answers.length);
          if (step.kind === 'question') expect(before[step.meta.question], label).toBeUndefined();
          // Nothing is lost and nothing is made up: every answer is the new one or the one given before.
          for (const { question: q, value: v } of [...result.answers, ...result.kept]) {
            expect(v, `${label}: ${q}`).toEqual(q === question ? value : before[q]);
          }
          const all = new Set([...result.answers, ...result.kept].map((a) => a.question));
          for (const q of Object.keys(before)) expect(all.has(q as QuestionId), `${label}: ${q} kept`).toBe(true);
        }
      }
    });
  }
});

describe('remember, answersAhead, answerOn', () => {
  it('remember adds kept answers by id, normalised; the path and the result are unchanged', () => {
    const here = ok(replay(ADULT.slice(0, 5), 4));
    const snapshot = ok(remember(here, [{ question: 'medicines', value: ['statin', 'diuretic'] }, { question: 'walking_relief', value: 'sit_or_bend' }]));
    expect(snapshot.value).toEqual(here.value);
    expect(snapshot.context.history).toEqual(here.context.history);
    expect(snapshot.context.answers.medicines).toEqual(['diuretic', 'statin']);
    expect(snapshot.context.answers.walking_relief).toBe('sit_or_bend');
    expect(ok(remember(here, []))).toBe(here);
  });

  it('remember refuses what replay would refuse, with the index in the kept list', () => {
    const here = ok(replay(ADULT.slice(0, 5)));
    expect(err(remember(here, [{ question: 'nope', value: [] }]))).toEqual({ kind: 'unknown_question', index: 0, question: 'nope' });
    expect(err(remember(here, [{ question: 'health', value: [] }, { question: 'health', value: ['diabetes'] }]))).toEqual({
      kind: 'repeated_question',
      index: 1,
      question: 'health',
    });
    expect(err(remember(here, [{ question: 'age', value: 'under_16' }]))).toMatchObject({ kind: 'repeated_question', question: 'age' });
    expect(err(remember(here, [{ question: 'health', value: 'diabetes' }]))).toMatchObject({ kind: 'invalid_answer', reason: 'expected_list' });
    expect(err(remember(here, [{ question: 'walking_relief', value: ['stand_still'] }]))).toMatchObject({
      kind: 'invalid_answer',
      reason: 'expected_one',
    });
    expect(err(remember(here, [{ question: 'health', value: ['diabetes', 'diabetes'] }]))).toMatchObject({ reason: 'repeated' });
    expect(err(remember(here, [{ question: 'health', value: ['none'] }]))).toMatchObject({ kind: 'unknown_answer', answer: 'none' });
    const tooMany = Array.from({ length: MAX_ANSWERS + 1 }, () => ({ question: 'health', value: [] }));
    expect(err(remember(here, tooMany)).kind).toBe('too_many_answers');
  });

  it('remember leaves a result as it is', () => {
    const done = ok(replay(EMERGENCY));
    const snapshot = ok(remember(done, [{ question: 'age', value: 'age_16_plus' }]));
    expect(snapshot.status).toBe('done');
    expect(snapshot.output?.triage).toBe('emergency');
  });

  it('answersAhead follows remembered answers from the page shown and stops at the first gap', () => {
    expect(answersAhead(ok(replay(ADULT, 4)))).toEqual(ADULT.slice(4));
    expect(answersAhead(ok(replay(ADULT)))).toEqual([]);
    const gap = ok(remember(ok(replay(ADULT.slice(0, 4), 3)), [{ question: 'medicines', value: [] }]));
    // age → kind, which has no answer: medicines is never reached.
    expect(answersAhead(gap)).toEqual([ADULT[3]]);
  });

  it('answerOn lands where the remembered answers end', () => {
    expect(stepOf(answerOn(ok(replay(ADULT, 2))))).toEqual({ kind: 'review' });
    expect(currentQuestion(answerOn(ok(replay(ADULT.slice(0, at(ADULT, 'medicines') + 1), 1))))).toBe('health');
    const snapshot = ok(replay(CHILD, 0));
    expect(answerOn(snapshot).context.history).toEqual(CHILD.map((a) => a.question));
  });
});

// ---------------------------------------------------------------------------
// addressOf
// ---------------------------------------------------------------------------

describe('addressOf round-trips', () => {
  const roundTrip = (snapshot: TriageSnapshot) => {
    const address = addressOf(snapshot);
    const again = ok(replay(address.answers, address.at));
    expect(again.value).toEqual(snapshot.value);
    expect(again.context).toEqual(snapshot.context);
    expect(addressOf(again)).toEqual(address);
    return address;
  };

  for (const [name, list] of [
    ['adult', ADULT],
    ['walking', WALKING],
    ['child', CHILD],
  ] as const) {
    it(`${name}: every position`, () => {
      for (let at = 0; at <= list.length; at++) {
        const address = roundTrip(ok(replay(list, at)));
        expect(address).toEqual({ answers: list, at, kept: [] });
      }
    });
  }

  it('an emergency result', () => {
    const address = roundTrip(ok(replay(EMERGENCY)));
    expect(address).toEqual({ answers: EMERGENCY, at: 2, kept: [] });
  });

  it('actor states after answers and Back', () => {
    const actor = createActor(triageMachine).start();
    for (const { value } of WALKING) actor.send({ type: 'answer', value });
    for (let i = 0; i < 4; i++) {
      actor.send({ type: 'back' });
      const address = roundTrip(actor.getSnapshot());
      expect(address.answers).toEqual(WALKING);
      expect(address.at).toBe(WALKING.length - 1 - i);
    }
  });

  it('after changing an answer, remembered answers on the new path lead on; the state is the same', () => {
    const actor = createActor(triageMachine).start();
    for (const { value } of WALKING) actor.send({ type: 'answer', value });
    for (let i = 0; i < WALKING.length - KIND; i++) actor.send({ type: 'back' });
    expect(currentQuestion(actor.getSnapshot())).toBe('kind');
    actor.send({ type: 'answer', value: ['urge_to_move'] });
    const snapshot = actor.getSnapshot();
    const address = addressOf(snapshot);
    expect(address.at).toBe(KIND + 1);
    expect(address.answers).toEqual([...WALKING.slice(0, KIND), { question: 'kind', value: ['urge_to_move'] }, ...WALKING.slice(KIND + 2)]);
    const again = ok(replay(address.answers, address.at));
    expect(again.value).toEqual(snapshot.value);
    expect(again.context.history).toEqual(snapshot.context.history);
    // The off-path walking_relief answer is carried in `kept`, not in the path.
    const { walking_relief: offPath, ...onPath } = snapshot.context.answers;
    expect(offPath).toBe('stand_still');
    expect(again.context.answers).toEqual(onPath);
    expect(address.kept).toEqual([{ question: 'walking_relief', value: 'stand_still' }]);
    const restored = ok(remember(again, address.kept));
    expect(restored.context).toEqual(snapshot.context);
    expect(addressOf(restored)).toEqual(address);
  });
});

// ---------------------------------------------------------------------------
// restore and answerHere
// ---------------------------------------------------------------------------

describe('restore: one pass, and the address as the app writes it', () => {
  const restored = (address: Parameters<typeof restore>[0]) => {
    const result = restore(address);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result;
  };
  /** Each answer a question offers alone, "none of these", and the ticks that steer the flow, together. */
  const choices = (question: QuestionId): AnswerValue[] => {
    const { multiple, answers } = QUESTIONS[question];
    const steering = steeringAnswers(question, answers);
    return multiple ? [[], ...answers.map((id) => [id]), ...(steering.length > 1 ? [steering] : [])] : [...answers];
  };

  it('stands where replay and remember do, and its address is addressOf(snapshot), after every change of every path', () => {
    let checked = 0;
    for (const list of [ADULT, WALKING, CHILD, EMERGENCY]) {
      for (const [at, { question }] of list.entries()) {
        for (const value of choices(question)) {
          const changed = answered(answerAt(list, at, value));
          for (const position of [0, changed.at, changed.answers.length]) {
            const result = restored({ answers: changed.answers, at: position, kept: changed.kept });
            const expected = ok(remember(ok(replay(changed.answers, position)), changed.kept));
            expect(result.snapshot.value).toEqual(expected.value);
            expect(result.snapshot.context).toEqual(expected.context);
            expect(result.address).toEqual({ ...addressOf(result.snapshot), returnToReview: false });
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('writes a hand-made address the app\'s way: ticks and keep in the questions\' order, a kept answer that leads on in the list', () => {
    const result = restored({
      answers: [...ADULT.slice(0, 4), { question: 'kind', value: ['cramp'] }],
      at: 2,
      kept: [
        { question: 'pattern', value: ['toes_pointed', 'hard_exercise'] },
        { question: 'medicines', value: ['statin', 'diuretic'] },
        { question: 'timing', value: 'night_rest' },
      ],
    });
    expect(result.address).toEqual({
      // The list stopped on timing, which has a kept answer, so it leads on from there (to how often, not answered).
      answers: [...ADULT.slice(0, 4), { question: 'kind', value: ['cramp'] }, { question: 'timing', value: 'night_rest' }],
      at: 2,
      kept: [
        { question: 'medicines', value: ['diuretic', 'statin'] },
        { question: 'pattern', value: ['hard_exercise', 'toes_pointed'] },
      ],
      returnToReview: false,
    });
    expect(result.address).toEqual({ ...addressOf(result.snapshot), returnToReview: false });
  });

  it('keeps return=review on a question only', () => {
    expect(restored({ answers: ADULT, at: 4, kept: [], returnToReview: true }).address.returnToReview).toBe(true);
    expect(restored({ answers: ADULT, at: ADULT.length, kept: [], returnToReview: true }).address.returnToReview).toBe(false);
    expect(restored({ answers: EMERGENCY, at: EMERGENCY.length, kept: [], returnToReview: true }).address.returnToReview).toBe(false);
  });

  it('refuses what replay and remember refuse', () => {
    expect(restore({ answers: [{ question: 'kind', value: ['cramp'] }], at: 1, kept: [] })).toMatchObject({ ok: false, error: { kind: 'out_of_order' } });
    expect(restore({ answers: ADULT, at: ADULT.length + 1, kept: [] })).toMatchObject({ ok: false, error: { kind: 'bad_position' } });
    expect(restore({ answers: ADULT.slice(0, 5), at: 4, kept: [{ question: 'kind', value: ['cramp'] }] })).toEqual({
      ok: false,
      error: { kind: 'repeated_question', index: 0, question: 'kind' },
    });
    expect(restore({ answers: ADULT.slice(0, 5), at: 4, kept: [{ question: 'medicines', value: ['none'] }] })).toMatchObject({
      ok: false,
      error: { kind: 'unknown_answer', index: 0, question: 'medicines', answer: 'none' },
    });
  });

  it('toResult confirms the review and reads the path alone', () => {
    const result = restore({ answers: ADULT, at: 2, kept: [{ question: 'nope', value: [] }] }, { toResult: true });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.snapshot.output?.triage).toBe('see_doctor');
    expect(result.address).toEqual({ answers: ADULT, at: ADULT.length, kept: [] });
  });
});

describe('answerHere: the one step of the no-JavaScript route and the island', () => {
  it('its events take an actor to its snapshot, and its address is addressOf(snapshot)', () => {
    for (const returnToReview of [false, true]) {
      for (const [list, at, value] of [
        [ADULT, 4, ['sleep_start']],
        [ADULT, 4, ['walking_pain']],
        [ADULT, 4, ['cramp', 'walking_pain']],
        [WALKING, 4, ['cramp']],
        [ADULT, 3, 'under_16'],
        [ADULT, 1, ['heat_collapse']],
        [ADULT, 0, ['calf_swollen']],
      ] as const) {
        const here = ok(remember(ok(replay(list, at)), []));
        const result = answerHere(here, value, { returnToReview });
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        const actor = createActor(triageMachine, { snapshot: triageMachine.getPersistedSnapshot(here) as TriageSnapshot }).start();
        for (const event of result.events) actor.send(event);
        expect(actor.getSnapshot().value).toEqual(result.snapshot.value);
        expect(actor.getSnapshot().context).toEqual(result.snapshot.context);
        const { returnToReview: returning, ...address } = result.address;
        expect(address).toEqual(addressOf(result.snapshot));
        expect(returning).toBe(returnToReview && stepOf(result.snapshot).kind === 'question');
        // answerAt is the same step after one replay.
        const viaAnswerAt = answered(answerAt(list, at, value, { returnToReview }));
        expect({ answers: viaAnswerAt.answers, at: viaAnswerAt.at, kept: viaAnswerAt.kept, returnToReview: viaAnswerAt.returnToReview }).toEqual(result.address);
      }
    }
  });

  it('refuses an invalid value with the reason, and a page with no question', () => {
    expect(answerHere(ok(replay(ADULT, 4)), 'cramp')).toEqual({
      ok: false,
      error: { kind: 'invalid_answer', reason: 'expected_list', index: 4, question: 'kind' },
    });
    expect(answerHere(ok(replay(WALKING, 5)), ['stand_still'])).toEqual({
      ok: false,
      error: { kind: 'invalid_answer', reason: 'expected_one', index: 5, question: 'walking_relief' },
    });
    expect(answerHere(ok(replay(ADULT)), [])).toEqual({ ok: false, error: { kind: 'no_question', at: ADULT.length } });
  });
});

// ---------------------------------------------------------------------------
// Fuzz
// ---------------------------------------------------------------------------

describe('replay fuzz', () => {
  // Seeded, so the fuzz is the same on every run.
  const rand = seededRandom(20240611);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

  const ALL_IDS = QUESTION_IDS.flatMap((q) => QUESTIONS[q].answers as readonly string[]);
  const GARBAGE_QUESTIONS = ['', 'nope', 'SCREEN_LEG', '__proto__', 'constructor', 'toString', 'screen_leg ', 'none'];
  const GARBAGE_IDS = ['', 'none', 'nope', '__proto__', 'toString', 'Cramp', 'cramp-walking_pain', ' cramp'];

  const randomId = () => (rand() < 0.8 ? pick(ALL_IDS) : pick(GARBAGE_IDS));
  const randomValue = (): RawAnswer['value'] =>
    rand() < 0.4 ? randomId() : Array.from({ length: int(4) }, randomId);

  /** A valid answer for `question`, sometimes spoiled. */
  function answerFor(question: QuestionId): RawAnswer {
    if (rand() < 0.08) return { question: rand() < 0.5 ? pick(GARBAGE_QUESTIONS) : pick(QUESTION_IDS), value: randomValue() };
    if (rand() < 0.05) return { question, value: randomValue() };
    const answers = QUESTIONS[question].answers as readonly string[];
    if (!QUESTIONS[question].multiple) return { question, value: pick(answers) };
    // Mostly "none of these", so the paths get past the red-flag pages.
    if (rand() < 0.6) return { question, value: [] };
    return { question, value: answers.filter(() => rand() < 0.3) };
  }

  function randomList(): RawAnswer[] {
    if (rand() < 0.3) {
      // Pure garbage.
      return Array.from({ length: int(14) }, () => ({
        question: rand() < 0.5 ? pick(GARBAGE_QUESTIONS) : pick(QUESTION_IDS),
        value: randomValue(),
      }));
    }
    // Follow the machine, with the odd mistake.
    const list: RawAnswer[] = [];
    let snapshot = startSnapshot();
    const length = int(14);
    while (list.length < length) {
      const question = currentQuestion(snapshot);
      const raw = answerFor(question ?? pick(QUESTION_IDS));
      list.push(raw);
      const next = replay(list);
      if (next.ok) snapshot = next.snapshot;
    }
    return list;
  }

  function randomAt(length: number): number | undefined {
    const r = rand();
    if (r < 0.5) return undefined;
    if (r < 0.9) return int(length + 3) - 1;
    return pick([0.5, Number.NaN, -0, length + 0.25]);
  }

  it('500 seeded lists: never throws, always ok or a typed error', () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 500; i++) {
      const list = randomList();
      const at = randomAt(list.length);
      let result: ReplayResult | undefined;
      expect(() => {
        result = replay(list, at);
      }, JSON.stringify({ list, at })).not.toThrow();
      expect(() => replayToResult(list)).not.toThrow();
      if (!result) throw new Error('no result');
      if (result.ok) {
        seen.set('ok', (seen.get('ok') ?? 0) + 1);
        const step = stepOf(result.snapshot);
        expect(['question', 'review', 'result']).toContain(step.kind);
        // Every answer was applied, and the position is the one asked for.
        expect(result.snapshot.context.history).toHaveLength(at ?? list.length);
        const { snapshot } = result;
        expect(() => addressOf(snapshot)).not.toThrow();
      } else {
        const { error } = result;
        seen.set(error.kind, (seen.get(error.kind) ?? 0) + 1);
        expect(ERROR_KINDS).toContain(error.kind);
        if ('index' in error) {
          expect(error.index).toBeGreaterThanOrEqual(0);
          expect(error.index).toBeLessThan(list.length);
          // Everything before the bad answer replays cleanly.
          expect(replay(list.slice(0, error.index)).ok).toBe(true);
        }
        if (error.kind === 'unknown_question') expect(QUESTION_IDS).not.toContain(list[error.index]!.question);
      }
    }
    // The fuzz reaches both outcomes and most error kinds.
    expect(seen.get('ok') ?? 0).toBeGreaterThan(50);
    expect([...seen.keys()].filter((k) => k !== 'ok').length).toBeGreaterThanOrEqual(5);
  });
});
