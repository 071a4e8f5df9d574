/**
 * The README's worked example, as a test: adding a question is one entry in the
 * flow table (plus its words). The machine, Back, the rules and the model
 * coverage follow by themselves.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { FLOW, type FlowTable } from '../content/clinical/flow';
import { buildTriageMachine, type TriageEvent } from './build-machine';
import { modelPaths } from './model';
import { severity } from './rules';

/** The shipped table with one more tick-any question between "leg_changes" and "check your answers". */
const withExtraQuestion: FlowTable = {
  ...FLOW,
  leg_changes: { ...FLOW.leg_changes, next: [{ to: 'fluids' }] },
  fluids: {
    stage: 'contributors',
    multiple: true,
    answers: {
      vomiting: { triage: 'see_doctor', causes: ['unclear_leg_symptoms'], actions: [] },
      drinks_little: { triage: 'self_care', causes: [], actions: [] },
    },
    next: [{ to: 'review' }],
  },
};

const none = (): TriageEvent => ({ type: 'answer', value: [] });
const ADULT: TriageEvent[] = [
  ...[none(), none(), none()],
  ...['age_16_plus', 'cramp', 'night_rest', 'now_and_then'].map((value): TriageEvent => ({ type: 'answer', value })),
  ...[none(), none(), none(), none(), none()],
];

function run(machine: ReturnType<typeof buildTriageMachine>, events: readonly TriageEvent[]) {
  let snapshot = initialTransition(machine)[0];
  for (const event of events) snapshot = transition(machine, snapshot, event)[0];
  return snapshot;
}

describe('the flow table', () => {
  it('takes answers together only on tick-any pages, two or more of its own answers, calling for more than any of them alone', () => {
    let rules = 0;
    for (const [question, page] of Object.entries(FLOW as FlowTable)) {
      for (const t of page.together ?? []) {
        rules++;
        expect(page.multiple, question).toBe(true);
        expect(new Set(t.answers).size, question).toBeGreaterThanOrEqual(2);
        expect(new Set(t.answers).size, question).toBe(t.answers.length);
        for (const answer of t.answers) {
          expect(Object.keys(page.answers), `${question}: ${answer}`).toContain(answer);
          expect(severity(t.rule.triage), `${question}: ${t.answers.join(' + ')} calls for more than ${answer}`).toBeLessThan(severity(page.answers[answer]!.triage));
        }
      }
    }
    expect(rules).toBeGreaterThan(0);
  });

  const shipped = modelPaths();
  const machine = buildTriageMachine(withExtraQuestion);
  const grown = modelPaths(machine);

  it('builds the shipped machine with full model coverage', () => {
    expect(shipped.coverage.states.covered).toBe(shipped.coverage.states.total);
    expect(shipped.coverage.transitions.covered).toBe(shipped.coverage.transitions.total);
  });

  it('grows by one state, and its transitions, when a question is added; coverage stays 100 %', () => {
    expect(grown.coverage.states.total).toBe(shipped.coverage.states.total + 1);
    expect(grown.coverage.states.missing).toEqual([]);
    expect(grown.coverage.transitions.total).toBeGreaterThan(shipped.coverage.transitions.total);
    expect(grown.coverage.transitions.missing).toEqual([]);
  });

  it('asks the new question in its place, derives its Back, and applies its rule', () => {
    const atNew = run(machine, ADULT);
    expect(atNew.getMeta()).toMatchObject({ 'triage.contributors.fluids': { question: 'fluids', answers: ['vomiting', 'drinks_little'], multiple: true } });
    // Back from the new question returns to the one before it.
    expect(Object.keys(run(machine, [...ADULT, { type: 'back' }]).getMeta())).toEqual(['triage.contributors.leg_changes']);
    // Its answer's rule counts: an ordinary cramp plus vomiting needs a doctor.
    const done = run(machine, [...ADULT, { type: 'answer', value: ['vomiting'] }, { type: 'confirm' }]);
    expect(done.output?.triage).toBe('see_doctor');
    // Back from "check your answers" now goes to the new question, not to "leg_changes".
    expect(Object.keys(run(machine, [...ADULT, none(), { type: 'back' }]).getMeta())).toEqual(['triage.contributors.fluids']);
  });
});
