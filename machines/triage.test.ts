import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateNode } from 'xstate';
import { CALCIUM_ANSWER_IDS, QUESTION_IDS, QUESTIONS, type QuestionId, type TriageLevel } from '../content/ids';
import {
  ANSWER_RULES,
  LEVEL_ACTIONS,
  NONE_RULES,
  assess,
  triageMachine,
  type AnswerRule,
  type AnswerValue,
  type PathAnswer,
  type QuestionMeta,
  type StateMeta,
  type TriageOutput,
} from './triage';
import { allStateNodes, landing } from './state-nodes';
import { PATH_BUDGET } from './paths';
import { replayToResult, stepOf, type TriageSnapshot } from './replay';

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

type Actor = ReturnType<typeof startActor>;
const startActor = () => createActor(triageMachine).start();

/** Send a list of answers, in order, to a fresh actor. */
function answerAll(values: readonly AnswerValue[]): Actor {
  const actor = startActor();
  for (const value of values) actor.send({ type: 'answer', value });
  return actor;
}

/** The answer as the machine wants it: a list of one on tick-any pages. */
const asValue = (question: QuestionId, id: string): AnswerValue => (QUESTIONS[question].multiple ? [id] : id);

type Overrides = Partial<Record<QuestionId, AnswerValue>>;

/** What to answer at `question`: the override, else a neutral answer that still leads to the overridden questions. */
function answerFor(question: QuestionId, overrides: Overrides): AnswerValue {
  const given = overrides[question];
  if (given !== undefined) return given;
  if (question === 'kind') return overrides.walking_relief !== undefined ? ['walking_pain'] : ['cramp'];
  if (QUESTIONS[question].multiple) return [];
  const child = overrides.child_pattern !== undefined || overrides.child_kind !== undefined;
  if (question === 'age') return child ? 'under_16' : 'age_16_plus';
  if (question === 'child_kind') return overrides.child_pattern !== undefined ? 'child_ache' : 'child_cramp';
  const [first] = QUESTIONS[question].answers as readonly string[];
  return first ?? '';
}

/** Drive the real actor through the check, answering each page it shows. */
function drive(overrides: Overrides, { confirm = true } = {}) {
  const actor = startActor();
  const asked: QuestionId[] = [];
  for (let guard = 0; guard < 30; guard++) {
    const before = actor.getSnapshot();
    const step = stepOf(before);
    if (step.kind === 'result') break;
    if (step.kind === 'review') {
      if (!confirm) break;
      actor.send({ type: 'confirm' });
      continue;
    }
    const question = step.meta.question;
    asked.push(question);
    actor.send({ type: 'answer', value: answerFor(question, overrides) });
    if (actor.getSnapshot().context.history.length !== before.context.history.length + 1) {
      throw new Error(`the machine refused the answer at ${question}`);
    }
  }
  return { actor, snapshot: actor.getSnapshot(), asked };
}

const questionOf = (snapshot: TriageSnapshot): QuestionId | null => {
  const step = stepOf(snapshot);
  return step.kind === 'question' ? step.meta.question : null;
};

const outputOf = (snapshot: TriageSnapshot): TriageOutput => {
  expect(snapshot.status).toBe('done');
  const output = snapshot.output;
  if (output === undefined) throw new Error('no output');
  return output;
};

interface RuleEntry {
  question: QuestionId;
  id: string;
  rule: AnswerRule;
}

/** Every (question, answer, rule) in the rules table. */
const ALL_RULES: RuleEntry[] = QUESTION_IDS.flatMap((question) =>
  Object.entries(ANSWER_RULES[question] as Readonly<Record<string, AnswerRule>>).map(([id, rule]) => ({ question, id, rule })),
);
const rulesAt = (level: TriageLevel) => ALL_RULES.filter((r) => r.rule.triage === level);

const START = { red_flags: 'screen_leg' };
const ADULT_NONE: AnswerValue[] = [[], [], [], 'age_16_plus', ['cramp'], 'night_rest', 'now_and_then', [], [], [], [], [], []];

// ---------------------------------------------------------------------------
// The four levels
// ---------------------------------------------------------------------------

describe('each triage level is reachable', () => {
  it('emergency: screen_body chest_pain → pulmonary embolism, straight away', () => {
    const actor = answerAll([[], ['chest_pain']]);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('emergency');
    expect(stepOf(snapshot)).toEqual({ kind: 'result', triage: 'emergency' });
    expect(outputOf(snapshot)).toEqual({
      triage: 'emergency',
      causes: ['pulmonary_embolism'],
      actions: ['call_emergency', 'tell_call_handler', 'dont_drive', 'no_massage_calf'],
    });
    expect(Object.keys(outputOf(snapshot)).sort()).toEqual(['actions', 'causes', 'triage']);
  });

  it('urgent: screen_leg calf_swollen → DVT, after the last check and review', () => {
    const actor = answerAll([['calf_swollen'], [], [], []]);
    expect(stepOf(actor.getSnapshot())).toEqual({ kind: 'review' });
    actor.send({ type: 'confirm' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('urgent');
    expect(outputOf(snapshot)).toEqual({
      triage: 'urgent',
      causes: ['dvt'],
      // Not to rub the calf, then how to ease a cramp now (issue 16).
      actions: ['get_seen_today', 'no_massage_calf', 'stretch_during_cramp', 'calcium_unlikely', 'safety_net'],
    });
  });

  it('see_doctor: kind urge_to_move → restless legs', () => {
    const actor = answerAll([[], [], [], 'age_16_plus', ['urge_to_move'], [], [], [], [], []]);
    expect(stepOf(actor.getSnapshot())).toEqual({ kind: 'review' });
    actor.send({ type: 'confirm' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('see_doctor');
    expect(outputOf(snapshot)).toEqual({
      triage: 'see_doctor',
      causes: ['restless_legs'],
      actions: ['book_appointment', 'bring_to_appointment', 'rls_iron_check', 'calcium_unlikely', 'safety_net'],
    });
  });

  it('self_care: kind cramp and none elsewhere → night cramp', () => {
    const actor = answerAll(ADULT_NONE);
    actor.send({ type: 'confirm' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('self_care');
    const output = outputOf(snapshot);
    expect(output.triage).toBe('self_care');
    expect(output.causes).toEqual(['night_cramp']);
    expect(output.actions).toEqual([...ANSWER_RULES.kind.cramp.actions, 'calcium_unlikely', 'safety_net']);
    // The cause comes from when the cramps happen; the kind page adds the relief steps.
    expect(ANSWER_RULES.timing.night_rest.causes).toEqual(['night_cramp']);
    expect(output.actions).toContain('stretch_during_cramp');
    expect(output.actions).toContain('avoid_quinine');
  });

  it('self_care: a child with none of the warning features → growing pains', () => {
    const actor = answerAll([[], [], [], 'under_16', 'child_ache', [], []]);
    actor.send({ type: 'confirm' });
    const output = outputOf(actor.getSnapshot());
    expect(output.triage).toBe('self_care');
    expect(output.causes).toEqual(['growing_pains']);
    expect(output.actions).toContain('child_when_to_see_doctor');
  });

  it('see_doctor: a child who limps → needs a check', () => {
    const actor = answerAll([[], [], [], 'under_16', 'child_ache', ['limp'], []]);
    actor.send({ type: 'confirm' });
    const output = outputOf(actor.getSnapshot());
    expect(output.triage).toBe('see_doctor');
    expect(output.causes).toEqual(['child_needs_check']);
  });

  it('walking pain that eases standing still → PAD, after 11 questions', () => {
    const { snapshot, asked } = drive({ walking_relief: 'stand_still' });
    expect(asked).toHaveLength(11);
    expect(asked).toContain('walking_relief');
    expect(outputOf(snapshot).triage).toBe('see_doctor');
    expect(outputOf(snapshot).causes).toEqual(['pad']);
  });

  it('replayToResult agrees with the actor on all four levels', () => {
    const cases: [PathAnswer[], TriageLevel][] = [
      [[{ question: 'screen_leg', value: [] }, { question: 'screen_body', value: ['chest_pain'] }], 'emergency'],
      [
        [
          { question: 'screen_leg', value: ['calf_swollen'] },
          { question: 'screen_body', value: [] },
          { question: 'screen_medical', value: [] },
          { question: 'last_check', value: [] },
        ],
        'urgent',
      ],
    ];
    for (const [path, level] of cases) {
      const result = replayToResult(path);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.snapshot.value).toBe(level);
      expect(outputOf(result.snapshot).triage).toBe(level);
    }
  });
});

// ---------------------------------------------------------------------------
// Red flags win
// ---------------------------------------------------------------------------

describe('a red-flag answer wins whatever follows', () => {
  const emergencies = rulesAt('emergency');
  const urgentScreens = rulesAt('urgent').filter((r) => QUESTIONS[r.question].stage === 'red_flags');

  it('the rules table has emergency and urgent screening answers to test', () => {
    expect(emergencies.length).toBeGreaterThanOrEqual(8);
    expect(urgentScreens.length).toBeGreaterThanOrEqual(8);
    // Every emergency answer is asked in the red-flag stage, so it ends the check early, or again on the last check.
    for (const { question } of emergencies) expect(['red_flags', 'last_check']).toContain(QUESTIONS[question].stage);
  });

  for (const { question, id, rule } of emergencies) {
    it(`${question} ${id} ends in emergency immediately`, () => {
      const { snapshot, asked } = drive({ [question]: asValue(question, id) }, { confirm: false });
      expect(snapshot.value).toBe('emergency');
      expect(asked.at(-1)).toBe(question);
      expect(snapshot.context.history.at(-1)).toBe(question);
      const output = outputOf(snapshot);
      expect(output.triage).toBe('emergency');
      for (const cause of rule.causes) expect(output.causes).toContain(cause);
      expect(rule.causes).toContain(output.causes[0]);
      expect(output.actions.slice(0, 3)).toEqual([...LEVEL_ACTIONS.emergency]);
    });

    it(`${question} ${id} ticked with everything else on the page is still emergency`, () => {
      const everything = [...(QUESTIONS[question].answers as readonly string[])];
      const { snapshot } = drive({ [question]: everything }, { confirm: false });
      expect(snapshot.value).toBe('emergency');
      expect(outputOf(snapshot).causes).toEqual(expect.arrayContaining([...rule.causes]));
    });
  }

  for (const { question, id, rule } of urgentScreens) {
    it(`${question} ${id} ends in urgent when the later screening pages tick nothing`, () => {
      const { actor, snapshot, asked } = drive({ [question]: asValue(question, id) }, { confirm: false });
      // Same-day signs end the questions after the red-flag stage, and the last check asks the worst signs once more (0.7.0).
      expect(asked).toEqual(['screen_leg', 'screen_body', 'screen_medical', 'last_check']);
      expect(stepOf(snapshot)).toEqual({ kind: 'review' });
      actor.send({ type: 'confirm' });
      const done = actor.getSnapshot();
      expect(done.value).toBe('urgent');
      const output = outputOf(done);
      expect(output.triage).toBe('urgent');
      for (const cause of rule.causes) expect(output.causes).toContain(cause);
      expect(output.actions[0]).toBe('get_seen_today');
    });
  }

  it('an urgent leg sign followed by an emergency body sign is an emergency', () => {
    const snapshot = answerAll([['calf_swollen'], ['chest_pain']]).getSnapshot();
    expect(snapshot.value).toBe('emergency');
    expect(outputOf(snapshot).causes).toEqual(['pulmonary_embolism', 'dvt']);
  });

  describe('assess(): the most urgent answer wins, in any order, with any self-care answers', () => {
    const selfCare: PathAnswer[] = [
      ...rulesAt('self_care').map(({ question, id }) => ({ question, value: asValue(question, id) })),
      // "None of these" on every tick-any page where it means self-care (child_pattern's does too;
      // on the kind page it means "not sure", which is a doctor's to look at).
      ...QUESTION_IDS.filter((q) => QUESTIONS[q].multiple && (NONE_RULES[q]?.triage ?? 'self_care') === 'self_care').map((question) => ({
        question,
        value: [] as string[],
      })),
    ];
    const high = [...rulesAt('emergency'), ...rulesAt('urgent'), ...rulesAt('see_doctor')];

    it('has combinations to check', () => {
      expect(selfCare.length).toBeGreaterThan(15);
      expect(high.length).toBeGreaterThan(40);
    });

    it('one urgent/emergency/see_doctor answer with one self-care answer, before or after', () => {
      let checked = 0;
      for (const { question, id, rule } of high) {
        const flag: PathAnswer = { question, value: asValue(question, id) };
        for (const other of selfCare) {
          expect(assess([flag, other]).triage, `${id} then ${other.question}`).toBe(rule.triage);
          expect(assess([other, flag]).triage, `${other.question} then ${id}`).toBe(rule.triage);
          checked++;
        }
      }
      expect(checked).toBe(high.length * selfCare.length);
    });

    it('one urgent/emergency answer followed by every self-care answer at once', () => {
      for (const { question, id, rule } of [...rulesAt('emergency'), ...rulesAt('urgent')]) {
        const result = assess([{ question, value: asValue(question, id) }, ...selfCare]);
        expect(result.triage).toBe(rule.triage);
        // Causes are listed most urgent first.
        expect(result.causes[0]).toBe(rule.causes[0]);
      }
    });

    it('self-care answers alone stay self-care', () => {
      expect(assess(selfCare).triage).toBe('self_care');
      expect(assess([]).triage).toBe('self_care');
    });
  });

  it('causes are sorted most urgent first, whatever the path order', () => {
    const result = assess([
      { question: 'timing', value: 'night_rest' },
      { question: 'how_often', value: 'regularly' },
      { question: 'screen_leg', value: ['calf_swollen'] },
    ]);
    expect(result.causes).toEqual(['dvt', 'sleep_disruption', 'night_cramp']);
    expect(result.triage).toBe('urgent');
  });

  it('within a level, specific causes come before the general ones, whatever the path order', () => {
    const result = assess([
      { question: 'timing', value: 'night_rest' },
      { question: 'pattern', value: ['toes_pointed', 'hard_exercise'] },
    ]);
    expect(result.causes).toEqual(['foot_position', 'exercise_cramps', 'night_cramp']);
  });

  it('a cramp that woke someone tonight stays self-care; frequent cramps that regularly disturb sleep need a doctor', () => {
    const tonight = drive({ timing: 'night_rest', how_often: 'now_and_then' }).snapshot;
    expect(outputOf(tonight).triage).toBe('self_care');
    const regularly = drive({ timing: 'night_rest', how_often: 'regularly' }).snapshot;
    expect(outputOf(regularly)).toMatchObject({ triage: 'see_doctor', causes: ['sleep_disruption', 'night_cramp'] });
  });

  it('daytime cramps are not called night cramps; cramps during dialysis go to the kidney team', () => {
    expect(outputOf(drive({ timing: 'daytime' }).snapshot).causes).toEqual(['day_cramps']);
    expect(outputOf(drive({ timing: 'during_dialysis' }).snapshot)).toMatchObject({ triage: 'see_doctor', causes: ['kidney_cramps'] });
  });

  it('being sick, diarrhoea or drinking little with cramps needs a doctor (the safer level where the brief is silent)', () => {
    const output = outputOf(drive({ pattern: ['fluid_loss'] }).snapshot);
    expect(output.triage).toBe('see_doctor');
    expect(output.causes[0]).toBe('fluid_loss');
  });

  it('a child whose trouble is something else is still asked the warning features before the other kinds', () => {
    const { snapshot, asked } = drive({ age: 'under_16', child_kind: 'child_other', child_signs: ['limp'], kind: ['cramp'] });
    expect(asked.indexOf('child_signs')).toBeLessThan(asked.indexOf('kind'));
    expect(outputOf(snapshot)).toMatchObject({ triage: 'see_doctor', causes: ['child_needs_check', 'night_cramp'] });
  });

  it('a 15-year-old with a classic cramp gets a cramp result, not growing pains', () => {
    const { snapshot, asked } = drive({ age: 'under_16', child_kind: 'child_cramp', timing: 'during_exercise' });
    expect(asked).not.toContain('child_pattern');
    expect(asked).toContain('timing');
    expect(outputOf(snapshot)).toMatchObject({ triage: 'self_care', causes: ['exercise_cramps'] });
    expect(outputOf(snapshot).actions).toContain('stretch_during_cramp');
  });

  it('people whose trouble is not a cramp are not asked about their cramps, but are asked about changes in their legs', () => {
    const { asked } = drive({ kind: ['urge_to_move'] });
    expect(asked).not.toContain('timing');
    expect(asked).not.toContain('how_often');
    expect(asked).not.toContain('pattern');
    expect(asked.slice(-2)).toEqual(['leg_changes', 'last_check']);
  });

  it('weakness in both legs is its own emergency answer, and does not name cauda equina when only that is ticked', () => {
    const { snapshot } = drive({ screen_body: ['both_legs_weak', 'dark_urine'] });
    expect(outputOf(snapshot).triage).toBe('emergency');
    expect(outputOf(snapshot).causes).toEqual(['rhabdomyolysis', 'both_legs_weakness']);
    expect(outputOf(snapshot).causes).not.toContain('cauda_equina');
  });

  describe('more than one kind of leg trouble at once (issue 15)', () => {
    it('night cramps plus calf pain on walking → see a doctor for the circulation, with the walking question asked, then the cramp questions', () => {
      const { snapshot, asked } = drive({ kind: ['cramp', 'walking_pain'], walking_relief: 'stand_still', timing: 'night_rest', how_often: 'now_and_then' });
      const output = outputOf(snapshot);
      expect(output.triage).toBe('see_doctor');
      expect(output.causes).toEqual(['pad', 'night_cramp']);
      expect(output.actions).toContain('circulation_check');
      expect(output.actions).toContain('stretch_during_cramp');
      expect(asked.slice(asked.indexOf('kind'))).toEqual(['kind', 'walking_relief', 'timing', 'how_often', 'medicines', 'health', 'calcium_risk', 'pattern', 'leg_changes', 'last_check']);
    });

    it('pain shooting from the back, not brought on by walking → a spine cause and advice, never "unclear"', () => {
      const { snapshot, asked } = drive({ kind: ['shooting_pain'] });
      const output = outputOf(snapshot);
      expect(output.triage).toBe('see_doctor');
      expect(output.causes).toEqual(['sciatica']);
      expect(output.causes).not.toContain('unclear_leg_symptoms');
      expect(output.actions).toContain('spine_check');
      expect(asked).not.toContain('walking_relief');
      expect(asked).not.toContain('timing');
    });

    it('cramps plus an urge to move → both causes, and the cramp questions still asked', () => {
      const { snapshot, asked } = drive({ kind: ['cramp', 'urge_to_move'], timing: 'night_rest', how_often: 'now_and_then' });
      const output = outputOf(snapshot);
      expect(output.triage).toBe('see_doctor');
      expect(output.causes).toEqual(['restless_legs', 'night_cramp']);
      expect(output.actions).toEqual(expect.arrayContaining(['rls_iron_check', 'stretch_during_cramp']));
      expect(asked).toEqual(expect.arrayContaining(['timing', 'how_often', 'pattern']));
    });

    it('every kind ticked adds its own cause; "None of these, or not sure" is unclear symptoms for a doctor', () => {
      const all = QUESTIONS.kind.answers.filter((a) => a !== 'walking_pain');
      const causes = outputOf(drive({ kind: all, timing: 'night_rest' }).snapshot).causes;
      expect(causes).toEqual(expect.arrayContaining(['restless_legs', 'plmd', 'sciatica', 'neuropathy', 'sleep_starts', 'night_cramp']));
      const none = outputOf(drive({ kind: [] }).snapshot);
      expect(none.triage).toBe('see_doctor');
      expect(none.causes).toEqual(['unclear_leg_symptoms']);
    });

    it('a child whose trouble is something else, with cramps and walking pain, is asked every follow-up: the longest way, within budget', () => {
      const { asked } = drive({ age: 'under_16', child_kind: 'child_other', child_signs: [], kind: ['cramp', 'walking_pain'], walking_relief: 'sit_or_bend' });
      expect(asked).toEqual(expect.arrayContaining(['child_signs', 'kind', 'walking_relief', 'timing', 'how_often', 'pattern']));
      expect(asked.length).toBeLessThanOrEqual(PATH_BUDGET.longest);
    });
  });

  it('NONE_RULES only applies to an empty tick-any answer', () => {
    expect(assess([{ question: 'child_pattern', value: [] }]).causes).toEqual(['growing_pains']);
    expect(assess([{ question: 'child_pattern', value: ['limp'] }]).causes).toEqual(['child_needs_check']);
    expect(NONE_RULES.child_pattern?.triage).toBe('self_care');
  });
});

// ---------------------------------------------------------------------------
// Back and restart
// ---------------------------------------------------------------------------

describe('back', () => {
  it('returns to the previous question and keeps its answer', () => {
    const actor = answerAll([[], [], [], 'age_16_plus', ['cramp']]);
    expect(questionOf(actor.getSnapshot())).toBe('timing');
    actor.send({ type: 'back' });
    const snapshot = actor.getSnapshot();
    expect(questionOf(snapshot)).toBe('kind');
    expect(snapshot.value).toEqual({ leg_trouble: 'kind' });
    expect(snapshot.context.answers.kind).toEqual(['cramp']);
    expect(snapshot.context.history).toEqual(['screen_leg', 'screen_body', 'screen_medical', 'age']);
  });

  it('keeps a tick-any answer (in the question order) after going back', () => {
    const actor = answerAll([['one_leg_weak', 'calf_swollen']]);
    expect(questionOf(actor.getSnapshot())).toBe('screen_body');
    actor.send({ type: 'back' });
    const snapshot = actor.getSnapshot();
    expect(questionOf(snapshot)).toBe('screen_leg');
    expect(snapshot.context.answers.screen_leg).toEqual(['calf_swollen', 'one_leg_weak']);
    expect(snapshot.context.history).toEqual([]);
  });

  it('walks back through every question in reverse order, keeping every answer', () => {
    const { actor, asked } = drive({ walking_relief: 'sit_or_bend', medicines: ['statin'] }, { confirm: false });
    const remembered = actor.getSnapshot().context.answers;
    expect(stepOf(actor.getSnapshot())).toEqual({ kind: 'review' });
    for (const question of [...asked].reverse()) {
      actor.send({ type: 'back' });
      expect(questionOf(actor.getSnapshot())).toBe(question);
      expect(actor.getSnapshot().context.answers).toEqual(remembered);
    }
    expect(actor.getSnapshot().context.history).toEqual([]);
    expect(actor.getSnapshot().context.answers.walking_relief).toBe('sit_or_bend');
    expect(actor.getSnapshot().context.answers.medicines).toEqual(['statin']);
  });

  it('does nothing on the first question', () => {
    const actor = startActor();
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().value).toEqual(START);
    expect(actor.getSnapshot().context).toEqual({ answers: {}, history: [] });

    const afterAnswer = answerAll([[]]);
    afterAnswer.send({ type: 'back' });
    afterAnswer.send({ type: 'back' });
    expect(afterAnswer.getSnapshot().value).toEqual(START);
    expect(afterAnswer.getSnapshot().context).toEqual({ answers: { screen_leg: [] }, history: [] });
  });

  it('from review goes to the last question asked', () => {
    const adult = answerAll(ADULT_NONE);
    adult.send({ type: 'back' });
    expect(questionOf(adult.getSnapshot())).toBe('last_check');

    const child = answerAll([[], [], [], 'under_16', 'child_ache', ['limp'], []]);
    expect(stepOf(child.getSnapshot())).toEqual({ kind: 'review' });
    child.send({ type: 'back' });
    expect(questionOf(child.getSnapshot())).toBe('last_check');
    child.send({ type: 'back' });
    expect(questionOf(child.getSnapshot())).toBe('child_pattern');
    expect(child.getSnapshot().context.answers.child_pattern).toEqual(['limp']);

    const urgent = answerAll([[], [], ['dirty_wound'], []]);
    expect(stepOf(urgent.getSnapshot())).toEqual({ kind: 'review' });
    urgent.send({ type: 'back' });
    expect(questionOf(urgent.getSnapshot())).toBe('last_check');
    urgent.send({ type: 'back' });
    expect(questionOf(urgent.getSnapshot())).toBe('screen_medical');
  });

  it('changing an answer after going back follows the new branch', () => {
    const actor = answerAll([[], [], [], 'age_16_plus', ['cramp']]);
    actor.send({ type: 'back' });
    actor.send({ type: 'answer', value: ['walking_pain'] });
    expect(questionOf(actor.getSnapshot())).toBe('walking_relief');
    expect(actor.getSnapshot().context.history.at(-1)).toBe('kind');
    expect(actor.getSnapshot().context.answers.kind).toEqual(['walking_pain']);
  });
});

describe('restart', () => {
  it('returns to screen_leg with empty context, from a question', () => {
    const actor = answerAll([[], [], [], 'age_16_plus', ['cramp'], 'night_rest', 'now_and_then', ['statin']]);
    expect(questionOf(actor.getSnapshot())).toBe('health');
    actor.send({ type: 'restart' });
    expect(actor.getSnapshot().value).toEqual(START);
    expect(actor.getSnapshot().context).toEqual({ answers: {}, history: [] });
  });

  it('returns to screen_leg with empty context, from review', () => {
    const actor = answerAll(ADULT_NONE);
    expect(stepOf(actor.getSnapshot())).toEqual({ kind: 'review' });
    actor.send({ type: 'restart' });
    expect(actor.getSnapshot().value).toEqual(START);
    expect(actor.getSnapshot().context).toEqual({ answers: {}, history: [] });
    // And Back then does nothing: nothing is remembered.
    actor.send({ type: 'back' });
    expect(actor.getSnapshot().value).toEqual(START);
  });
});

// ---------------------------------------------------------------------------
// Invalid answers
// ---------------------------------------------------------------------------

describe('an invalid answer causes no transition', () => {
  /** Drive to `prefix`, then send each bad value and check nothing changed. */
  function expectRefused(prefix: AnswerValue[], bad: unknown[]) {
    const actor = answerAll(prefix);
    const before = actor.getSnapshot();
    for (const value of bad) {
      actor.send({ type: 'answer', value: value as AnswerValue });
      const after = actor.getSnapshot();
      expect(after.value, JSON.stringify(value)).toEqual(before.value);
      expect(after.context, JSON.stringify(value)).toEqual(before.context);
      expect(after.status).toBe('active');
    }
  }

  it('on a tick-any page (screen_leg)', () => {
    expectRefused(
      [],
      [
        'calf_swollen', // string for a multiple question
        'cold_pale_leg', // even an emergency id, as a string
        ['nope'], // unknown id
        ['calf_swollen', 'nope'],
        ['chest_pain'], // another question's id
        ['calf_swollen', 'calf_swollen'], // repeated
        ['none'], // the form's none value is not an answer id
        'none',
        [1],
        undefined,
        null,
        {},
      ],
    );
  });

  it('on a single-choice page (walking_relief)', () => {
    expectRefused(
      [[], [], [], 'age_16_plus', ['walking_pain']],
      [['stand_still'], [], 'nope', '', 'under_16', 'cramp', 'STAND_STILL', undefined, 42],
    );
  });

  it('on the kind page, now tick-any', () => {
    expectRefused(
      [[], [], [], 'age_16_plus'],
      ['cramp', ['cramp', 'cramp'], ['not_sure'], ['stand_still'], 'walking_pain', undefined, 42],
    );
  });

  it('on age (guarded by picked)', () => {
    expectRefused([[], [], []], [['under_16'], 'cramp', '', 'toString', undefined]);
  });

  it('on a later tick-any page (pattern), with repeats and a wrong question', () => {
    expectRefused(
      [[], [], [], 'age_16_plus', ['cramp'], [], [], []],
      [['hard_exercise', 'hard_exercise'], 'hard_exercise', ['statin'], ['__proto__']],
    );
  });

  it('answer on review, or confirm on a question, does nothing', () => {
    const review = answerAll(ADULT_NONE);
    const before = review.getSnapshot();
    review.send({ type: 'answer', value: [] });
    expect(review.getSnapshot().value).toBe('review');
    expect(review.getSnapshot().context).toEqual(before.context);

    const question = startActor();
    question.send({ type: 'confirm' });
    expect(question.getSnapshot().value).toEqual(START);
  });
});

// ---------------------------------------------------------------------------
// Meta
// ---------------------------------------------------------------------------

describe('state meta', () => {
  const nodes = allStateNodes(triageMachine.root as AnyStateNode);
  const questionNodes = nodes.filter((n) => n.meta !== undefined && 'question' in (n.meta as StateMeta));

  it('every question state has question, answers and multiple exactly as QUESTIONS says', () => {
    expect(questionNodes.map((n) => (n.meta as QuestionMeta).question).sort()).toEqual([...QUESTION_IDS].sort());
    for (const node of questionNodes) {
      const meta = node.meta as QuestionMeta;
      const spec = QUESTIONS[meta.question];
      expect(node.key).toBe(meta.question);
      expect(meta.answers).toEqual(spec.answers);
      if (spec.multiple) expect(meta.multiple).toBe(true);
      else expect('multiple' in meta).toBe(false);
      // The question lives in the stage QUESTIONS names.
      expect(node.parent?.key).toBe(spec.stage);
    }
  });

  it('every leaf state carries meta (so stepOf never throws)', () => {
    const leaves = nodes.filter((n) => n.type === 'atomic' || n.type === 'final');
    expect(leaves.length).toBe(QUESTION_IDS.length + 1 + 4);
    for (const leaf of leaves) expect(leaf.meta, leaf.id).toBeDefined();
    const results = leaves.flatMap((n) => {
      const meta = n.meta as StateMeta;
      return 'result' in meta ? [meta.result] : [];
    });
    expect(results.sort()).toEqual(['emergency', 'see_doctor', 'self_care', 'urgent']);
  });
});

// ---------------------------------------------------------------------------
// The calcium answer and the safety net
// ---------------------------------------------------------------------------

describe('every result carries one calcium answer (an emergency only about its own low calcium), and the safety net unless emergency', () => {
  /** One path per answer in the rules table (plus "none"), run through the actor. */
  const outputs: { label: string; output: TriageOutput }[] = [
    ...ALL_RULES.map(({ question, id }) => ({
      label: `${question}:${id}`,
      output: outputOf(drive({ [question]: asValue(question, id) }).snapshot),
    })),
    { label: 'none', output: outputOf(drive({}).snapshot) },
    { label: 'child none', output: outputOf(drive({ child_pattern: [] }).snapshot) },
  ];

  it('reaches every level', () => {
    expect(new Set(outputs.map((o) => o.output.triage))).toEqual(new Set(['emergency', 'urgent', 'see_doctor', 'self_care']));
  });

  for (const { label, output } of outputs) {
    it(`${label} → ${output.triage}`, () => {
      const calcium = output.actions.filter((a) => (CALCIUM_ANSWER_IDS as readonly string[]).includes(a));
      // An emergency result answers the calcium question only when low calcium is the emergency.
      expect(calcium).toHaveLength(output.triage === 'emergency' && !output.causes.includes('severe_low_calcium') ? 0 : 1);
      expect(output.actions.includes('safety_net')).toBe(output.triage !== 'emergency');
      expect(new Set(output.actions).size).toBe(output.actions.length);
      expect(new Set(output.causes).size).toBe(output.causes.length);
      expect(output.actions.slice(0, LEVEL_ACTIONS[output.triage].length)).toEqual([...LEVEL_ACTIONS[output.triage]]);
    });
  }

  const calciumOf = (output: TriageOutput) =>
    output.actions.find((a) => (CALCIUM_ANSWER_IDS as readonly string[]).includes(a));

  it('calcium_check when a low-calcium clue is ticked', () => {
    for (const clue of ['neck_surgery', 'parathyroid_vitamin_d', 'poor_absorption', 'tingling_comes_goes']) {
      const output = outputOf(drive({ calcium_risk: [clue] }).snapshot);
      expect(calciumOf(output), clue).toBe('calcium_check');
      expect(output.triage).toBe('see_doctor');
      expect(output.causes).toContain('low_calcium_risk');
    }
    expect(calciumOf(outputOf(drive({ health: ['kidney_disease'] }).snapshot))).toBe('calcium_check');
  });

  it('calcium_pregnancy when pregnant without clues, calcium_check when pregnant with one', () => {
    const pregnant = outputOf(drive({ health: ['pregnant'] }).snapshot);
    expect(calciumOf(pregnant)).toBe('calcium_pregnancy');
    expect(pregnant.triage).toBe('self_care');
    expect(pregnant.actions).toContain('tell_midwife');
    const withClue = outputOf(drive({ health: ['pregnant'], calcium_risk: ['neck_surgery'] }).snapshot);
    expect(calciumOf(withClue)).toBe('calcium_check');
  });

  it('calcium_urgent with tingling_mouth (urgent) or locked_spasm (emergency)', () => {
    const tingling = outputOf(drive({ screen_medical: ['tingling_mouth'] }).snapshot);
    expect(calciumOf(tingling)).toBe('calcium_urgent');
    expect(tingling.triage).toBe('urgent');
    const spasm = outputOf(drive({ screen_body: ['locked_spasm'] }).snapshot);
    expect(calciumOf(spasm)).toBe('calcium_urgent');
    expect(spasm.triage).toBe('emergency');
    expect(spasm.actions).not.toContain('safety_net');
  });

  it('calcium_unlikely with no clues, even when taking calcium tablets', () => {
    expect(calciumOf(outputOf(drive({}).snapshot))).toBe('calcium_unlikely');
    const tablets = outputOf(drive({ calcium_risk: ['taking_calcium'] }).snapshot);
    expect(calciumOf(tablets)).toBe('calcium_unlikely');
    expect(tablets.actions).toContain('calcium_tablets_caution');
    expect(tablets.triage).toBe('self_care');
  });
});

describe('Back transitions', () => {
  it('each state can go Back to exactly the questions that lead to it', () => {
    const leaves = allStateNodes(triageMachine.root as AnyStateNode).filter((n) => n.meta !== undefined);
    const forward = new Map<string, Set<string>>();
    for (const node of leaves) {
      for (const t of [...node.transitions.values()].flat()) {
        if (t.eventType !== 'answer') continue;
        for (const target of t.target ?? []) {
          const key = landing(target).key;
          if (!forward.has(key)) forward.set(key, new Set());
          forward.get(key)!.add(node.key);
        }
      }
    }
    for (const node of leaves) {
      const backTargets = (node.transitions.get('back') ?? []).flatMap((t) => (t.target ?? []).map((n) => n.key));
      const isFinal = node.type === 'final';
      const leadsHere = [...(forward.get(node.key) ?? [])];
      if (isFinal) expect(backTargets).toEqual([]);
      else expect(backTargets.sort()).toEqual(leadsHere.sort());
    }
  });
});
