/**
 * Safety invariants, checked over paths generated from the machine
 * (machines/model.ts): the shortest path to every state, a path through every
 * transition, and a seeded random sample of tick combinations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clinical, contentFor } from '../content';
import { CALCIUM_ANSWER_IDS, QUESTIONS, type QuestionId, type TriageLevel } from '../content/ids';
import { answersFor, modelPaths, randomWalk, redFlagAlonePaths, runEvents, seededRandom } from './model';
import { PATH_BUDGET, allRoutes, pathBudget } from './paths';
import { ANSWER_RULES, LEVEL_ACTIONS, pathOf, rulesFor, severity, TOGETHER_RULES, triageMachine, type AnswerRule, type TriageOutput } from './triage';
import { allStateNodes } from './state-nodes';
import { stepOf, type TriageSnapshot } from './replay';

const content = contentFor('en');
const model = modelPaths();
const SCREENING: QuestionId[] = ['screen_leg', 'screen_body', 'screen_medical'];
const RANDOM_SAMPLES = 400;

/** Every final snapshot the generated and random paths reach. */
const finals: TriageSnapshot[] = [
  ...model.statePaths.map((p) => p.state),
  ...model.transitionPaths.map((p) => runEvents(p.events).at(-1)!),
  ...redFlagAlonePaths().map((p) => p.final),
  // Every route to a result, the longest included (the model's shortest paths may reach its result a shorter way).
  ...allRoutes().map((r) => runEvents([...r.answers.map(({ value }) => ({ type: 'answer', value }) as const), { type: 'confirm' }]).at(-1)!),
  ...Array.from({ length: RANDOM_SAMPLES }, (_, i) => randomWalk(seededRandom(1000 + i)).final),
].filter((s) => s.status === 'done');

const signs = (level: TriageLevel) =>
  SCREENING.flatMap((question) =>
    Object.entries(ANSWER_RULES[question] as Record<string, AnswerRule>)
      .filter(([, rule]) => rule.triage === level)
      .map(([answer]) => ({ question, answer })),
  );

describe('coverage of the generated paths', () => {
  it('covers every state and every transition', () => {
    const { states, transitions, paths } = model.coverage;
    console.log(
      `model coverage: states ${states.covered}/${states.total}, transitions ${transitions.covered}/${transitions.total}, ` +
        `paths ${paths} generated + ${RANDOM_SAMPLES} seeded random walks (${finals.length} results checked)`,
    );
    expect(states.missing).toEqual([]);
    expect(transitions.missing).toEqual([]);
    expect(states.covered).toBe(states.total);
    expect(transitions.covered).toBe(transitions.total);
  });

  it('tries every single red-flag answer on its own, and each gives exactly its own level', () => {
    const alone = redFlagAlonePaths();
    expect(alone.map((p) => p.answer).sort()).toEqual([...signs('emergency'), ...signs('urgent')].map((s) => s.answer).sort());
    for (const { question, answer, final } of alone) {
      const rule = (ANSWER_RULES[question] as Record<string, AnswerRule>)[answer]!;
      expect(final.status).toBe('done');
      // Both the result page shown (the final state) and the machine's output agree with the rule.
      expect(final.value).toBe(rule.triage);
      expect(final.output!.triage).toBe(rule.triage);
      expect(final.output!.causes).toEqual(rule.causes);
    }
  });
});

describe('invariant 1: no see-a-doctor or self-care result without every warning-sign question', () => {
  it('holds on every generated and random path', () => {
    const gentle = finals.filter((s) => s.value === 'see_doctor' || s.value === 'self_care');
    expect(gentle.length).toBeGreaterThan(50);
    for (const snapshot of gentle) {
      const history = snapshot.context.history;
      expect(history.slice(0, SCREENING.length)).toEqual(SCREENING);
    }
  });
});

/**
 * The brief's §(g) levels 1 and 2, pinned here on purpose: changing which answer
 * is an emergency or same-day sign is a clinical change, so it must change this
 * list as well as the rules table.
 */
const BRIEF_EMERGENCY = [
  'cold_pale_leg',
  // §g 1.1: chest pain, breathlessness, coughing blood or fainting, each its own sign.
  'chest_pain',
  'breathless',
  'coughing_blood',
  'fainted',
  // §g 1.3: saddle numbness, bladder or bowel trouble, both legs weak.
  'saddle_numb',
  'bladder_bowel',
  'both_legs_weak',
  'dark_urine',
  'heat_collapse',
  // §g 1.6: locked spasms, or a seizure.
  'locked_spasm',
  'seizure',
  'jaw_stiff_wound',
  'quinine_heavy_bleeding',
];
const BRIEF_URGENT = [
  'calf_swollen',
  'calf_sore',
  'cramp_over_10_min',
  'rest_pain_sores',
  'one_leg_weak',
  // §g 2.4: bruising or bleeding, hearing or sight, the heartbeat on quinine.
  'quinine_bruising',
  'quinine_hearing_sight',
  'quinine_heartbeat',
  'tingling_mouth',
  'ppi_palpitations',
  'statin_severe_pain',
  'dirty_wound',
];

describe('invariant 2: a red flag wins whatever else is answered', () => {
  it('classes exactly the brief’s emergency and same-day signs as such', () => {
    expect(signs('emergency').map((s) => s.answer).sort()).toEqual([...BRIEF_EMERGENCY].sort());
    expect(signs('urgent').map((s) => s.answer).sort()).toEqual([...BRIEF_URGENT].sort());
  });

  for (const level of ['emergency', 'urgent'] as const) {
    it(`any ${level} sign leads to ${level === 'emergency' ? 'emergency' : 'at least urgent'} (property test)`, () => {
      const random = seededRandom(level === 'emergency' ? 7 : 11);
      for (const { question, answer } of signs(level)) {
        for (let i = 0; i < 40; i++) {
          const { final } = randomWalk(random, { [question]: [answer] });
          expect(final.status).toBe('done');
          const reached = final.value as TriageLevel;
          expect(final.output!.triage).toBe(reached);
          if (level === 'emergency') expect(reached).toBe('emergency');
          else expect(severity(reached)).toBeLessThanOrEqual(severity('urgent'));
        }
      }
    });
  }
});

describe('invariant 2b: answers that mean more together', () => {
  it('answers a rule takes ticked together lead to at least its level, whatever else is answered (property test)', () => {
    const random = seededRandom(13);
    const rules = Object.entries(TOGETHER_RULES).flatMap(([question, together]) => (together ?? []).map((t) => ({ question: question as QuestionId, t })));
    expect(rules.length).toBeGreaterThan(0);
    let reached = 0;
    for (const { question, t } of rules) {
      for (let i = 0; i < 200; i++) {
        const { final } = randomWalk(random, { [question]: t.answers });
        expect(final.status).toBe('done');
        // A walk may end at an earlier emergency or same-day sign, before the page is asked.
        if (!pathOf(final.context).some((p) => p.question === question)) continue;
        reached++;
        expect(severity(final.output!.triage), `${question}: ${t.answers.join(' + ')}`).toBeLessThanOrEqual(severity(t.rule.triage));
      }
    }
    expect(reached).toBeGreaterThan(10);
  });
});

describe('invariant 3: every state is reachable, with a way forward and a way back', () => {
  const leaves = allStateNodes(triageMachine.root).filter((n) => n.meta !== undefined);

  it('reaches every state', () => {
    expect(model.coverage.states.missing).toEqual([]);
  });

  it('gives every non-final state a way forward and a way back', () => {
    for (const node of leaves.filter((n) => n.type !== 'final')) {
      const events = [...node.transitions.keys()];
      expect(events.some((e) => e === 'answer' || e === 'confirm')).toBe(true);
      // The first question's way back is the start page, outside the machine; Start again works from anywhere.
      if (node.id !== 'triage.red_flags.screen_leg') expect(events).toContain('back');
    }
    expect([...triageMachine.root.transitions.keys()]).toContain('restart');
  });
});

describe('invariant 4b: a same-day result gives only same-day advice', () => {
  // Content 0.7.0, from a GP's review: a fit ticked at the last check by someone with cramps
  // read "Straighten your leg … walk it off" under "call now".
  const calmer = (triage: TriageLevel) => (rule: AnswerRule) => severity(rule.triage) > severity(triage === 'emergency' ? 'emergency' : 'urgent');
  it('an emergency or urgent result has no action that only a calmer answer calls for', () => {
    let checked = 0;
    for (const snapshot of finals) {
      const { triage, actions } = snapshot.output!;
      if (triage !== 'emergency' && triage !== 'urgent') continue;
      const fired = pathOf(snapshot.context).flatMap(({ question, value }) => rulesFor(question, value));
      const sameDay = new Set([...LEVEL_ACTIONS[triage], ...fired.filter((rule) => !calmer(triage)(rule)).flatMap((rule) => rule.actions)]);
      const onlyCalmer = fired.filter(calmer(triage)).flatMap((rule) => rule.actions).filter((id) => !sameDay.has(id));
      expect(actions.filter((id) => onlyCalmer.includes(id)), JSON.stringify(snapshot.context.answers)).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('after a fit at the last check, someone with cramps is told to call, not to stretch or walk it off', () => {
    const snapshot = runEvents([...answersFor({ age: 'age_16_plus', kind: ['cramp'], last_check: ['seizure'] }).map(({ value }) => ({ type: 'answer', value }) as const)]).at(-1)!;
    expect(snapshot.output?.triage).toBe('emergency');
    expect(snapshot.output?.actions).toEqual([...LEVEL_ACTIONS.emergency, 'calcium_urgent']);
  });
});

describe('invariant 4: every result is complete', () => {
  const check = (output: TriageOutput) => {
    expect(output.actions.length).toBeGreaterThan(0);
    expect(output.causes.length).toBeGreaterThan(0);
    // The calcium question answered on every result; on an emergency result only when low calcium is the emergency.
    const calcium = output.actions.filter((a) => (CALCIUM_ANSWER_IDS as readonly string[]).includes(a));
    if (output.triage === 'emergency') expect(calcium.filter((a) => a !== 'calcium_urgent')).toEqual([]);
    else expect(calcium).toHaveLength(1);
    for (const cause of output.causes) expect(clinical.causes[cause].sources.length).toBeGreaterThan(0);
    expect(output.actions.includes('safety_net')).toBe(output.triage !== 'emergency');
  };

  it('has actions, the calcium answer (on an emergency, only when it is the emergency), a source for each cause, and the safety net unless an emergency', () => {
    const levels = new Set<string>();
    for (const snapshot of finals) {
      check(snapshot.output!);
      levels.add(snapshot.output!.triage);
      expect(stepOf(snapshot)).toEqual({ kind: 'result', triage: snapshot.output!.triage });
    }
    expect([...levels].sort()).toEqual(['emergency', 'see_doctor', 'self_care', 'urgent']);
  });

  it('gives every result something to do now, and every self-care result a "do this now" line for its first screen', () => {
    for (const snapshot of finals) {
      const { triage, actions } = snapshot.output!;
      const now = actions.filter((id) => clinical.actions[id].kind === 'now');
      expect(now.length, JSON.stringify(snapshot.context.answers)).toBeGreaterThan(0);
      if (triage === 'self_care') {
        expect(now.some((id) => content.actions[id].short), JSON.stringify(snapshot.context.answers)).toBe(true);
      }
    }
  });
});

describe('invariant 5: path lengths stay within the budget in the README', () => {
  it('keeps the median and the longest path within budget', () => {
    const { longest, median } = pathBudget();
    expect(longest).toBeLessThanOrEqual(PATH_BUDGET.longest);
    expect(median).toBeLessThanOrEqual(PATH_BUDGET.median);
    // The longest path of any generated or random walk agrees with the route count.
    const answered = finals.map((s) => s.context.history.length);
    expect(Math.max(...answered)).toBe(longest);
    expect(Object.keys(QUESTIONS).length).toBeGreaterThanOrEqual(longest);
  });

  it('states the same budget in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`| Median answers to a result | ${pathBudget().median} `);
    expect(readme).toContain(`| ≤ ${PATH_BUDGET.median} |`);
    expect(readme).toContain(`| Longest path, answers | ${pathBudget().longest} | ≤ ${PATH_BUDGET.longest} |`);
  });
});
