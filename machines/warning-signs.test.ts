/**
 * Warning signs nobody can miss (issue 16): one sign per option, time words that a
 * literal reader can follow, and what to tell a call handler taken from the answers
 * ticked, never from a cause's worst case.
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS, type QuestionId } from '../content/ids';
import { CONTENT_PACKS, contentFor } from '../content';
import { FLOW } from '../content/clinical/flow';
import type { AnswerContent } from '../content/types';
import { answersFor } from './model';
import { replayToResult } from './replay';
import { endedAtWarningSigns, reasonsFor, warningSignsGiven, type PathAnswer } from './rules';
import { callHandlerWords } from './answer-labels';

const en = contentFor('en');
const SCREENING = (Object.keys(QUESTIONS) as QuestionId[]).filter((q) => QUESTIONS[q].stage === 'red_flags');

/** The result of a walk with these warning-page answers, the rest neutral. */
function resultOf(overrides: Partial<Record<QuestionId, readonly string[] | string>>) {
  const path = answersFor(overrides);
  const replayed = replayToResult(path);
  if (!replayed.ok) throw new Error(JSON.stringify(replayed.error));
  const output = replayed.snapshot.output;
  if (!output) throw new Error('no result');
  return { path, output };
}

describe('warning signs robust to honest misreadings (issue 16)', () => {
  it('heat illness without any exercise (confused and very hot in an overheated room) → emergency, with first aid while waiting', () => {
    expect(en.questions.screen_body.answers.heat_collapse.label).not.toMatch(/exercise|work/i);
    const { output } = resultOf({ screen_body: ['heat_collapse'] });
    expect(output.triage).toBe('emergency');
    expect(output.causes).toEqual(['heat_stroke']);
    expect(output.actions).toContain('heat_first_aid');
  });

  it('weakness in both legs ticked on its own → emergency, named as weakness in both legs', () => {
    expect(en.questions.screen_body.answers.both_legs_weak.label).toMatch(/^Both legs/);
    const { output } = resultOf({ screen_body: ['both_legs_weak'] });
    expect(output.triage).toBe('emergency');
    expect(output.causes).toEqual(['both_legs_weakness']);
  });

  it('a same-day sign goes on to the last check, where an emergency sign passed over before still wins (content 0.7.0)', () => {
    // A GP's walk of 0.6.0: a statin with severe muscle pain ticked, dark pee passed over on the page before: urgent.
    const urgent = resultOf({ screen_medical: ['statin_severe_pain'] });
    expect(urgent.path.map((p) => p.question)).toEqual(['screen_leg', 'screen_body', 'screen_medical', 'last_check']);
    expect(urgent.output.triage).toBe('urgent');
    const caught = resultOf({ screen_medical: ['statin_severe_pain'], last_check: ['dark_urine'] });
    expect(caught.output.triage).toBe('emergency');
    expect(caught.output.causes[0]).toBe('rhabdomyolysis');
  });

  it('a cramp over 10 minutes that has let go since → at least urgent', () => {
    expect(en.questions.screen_leg.answers.cramp_over_10_min.hint).toMatch(/even if it has let go/i);
    const { output } = resultOf({ screen_leg: ['cramp_over_10_min'] });
    expect(output.triage).toBe('urgent');
    expect(output.causes).toEqual(['prolonged_cramp']);
  });

  it('the words for the call handler of a quinine user with ringing ears say ringing ears, never bleeding or fainting, in every language', () => {
    const path: PathAnswer[] = [
      { question: 'screen_leg', value: [] },
      { question: 'screen_body', value: [] },
      { question: 'screen_medical', value: ['quinine_hearing_sight'] },
    ];
    expect(callHandlerWords(en, path)).toEqual([en.questions.screen_medical.answers.quinine_hearing_sight.callHandler]);
    expect(callHandlerWords(en, path).join(' ')).toMatch(/ringing in the ears/);
    expect(callHandlerWords(en, path).join(' ')).not.toMatch(/bleed|faint/i);
    for (const pack of Object.values(CONTENT_PACKS)) {
      expect(callHandlerWords(pack, path), pack.lang).toEqual([pack.questions.screen_medical.answers.quinine_hearing_sight.callHandler]);
    }
    // With a faint as well (an emergency), both are said, the emergency first.
    const fainted: PathAnswer[] = [path[0]!, { question: 'screen_body', value: ['fainted'] }];
    expect(callHandlerWords(en, fainted)).toEqual([en.questions.screen_body.answers.fainted.callHandler]);
  });

  it('every warning sign ticked alone is told in its own words, and only those', () => {
    let checked = 0;
    for (const question of SCREENING) {
      for (const answer of QUESTIONS[question].answers as readonly string[]) {
        const path: PathAnswer[] = [{ question, value: [answer] }];
        expect(warningSignsGiven(path)).toEqual([{ question, answer }]);
        const own = (en.questions[question].answers as Record<string, AnswerContent>)[answer]!.callHandler;
        expect(callHandlerWords(en, path), `${question}.${answer}`).toEqual([own]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('the most urgent sign is said first, whatever the order asked', () => {
    const path: PathAnswer[] = [
      { question: 'screen_leg', value: ['calf_swollen'] },
      { question: 'screen_body', value: ['breathless'] },
    ];
    expect(warningSignsGiven(path)).toEqual([
      { question: 'screen_body', answer: 'breathless' },
      { question: 'screen_leg', answer: 'calf_swollen' },
    ]);
    // Answers that are not warning signs are never said.
    expect(warningSignsGiven([{ question: 'medicines', value: ['statin'] }, { question: 'kind', value: ['cramp'] }])).toEqual([]);
  });

  it('the last check asks the worst signs again, each with its warning-page rule and its level (a fit and a long cramp too)', () => {
    const last = FLOW.last_check.answers as Record<string, (typeof FLOW.screen_body.answers)[keyof typeof FLOW.screen_body.answers]>;
    expect(Object.keys(last)).toEqual(
      expect.arrayContaining(['chest_pain', 'breathless', 'cold_pale_leg', 'saddle_numb', 'both_legs_weak', 'dark_urine', 'heat_collapse', 'seizure', 'cramp_over_10_min']),
    );
    for (const [answer, rule] of Object.entries(last)) {
      const onWarningPage = SCREENING.map((q) => (FLOW[q].answers as Record<string, typeof rule>)[answer]).find((r) => r !== undefined);
      expect(onWarningPage, answer).toEqual(rule);
      // Asked last, after every other page: an adult with ordinary cramps who ticks it there.
      const { path, output } = resultOf({ last_check: [answer] });
      expect(path.at(-1)?.question).toBe('last_check');
      expect(output.triage, answer).toBe(rule.triage);
      expect(callHandlerWords(en, path), answer).toEqual([(en.questions.last_check.answers as Record<string, AnswerContent>)[answer]!.callHandler]);
    }
  });

  it('clot signs say not to rub the leg; urgent signs that come with cramps say how to ease one now, others do not', () => {
    for (const answer of ['chest_pain', 'breathless', 'coughing_blood'] as const) {
      expect(resultOf({ screen_body: [answer] }).output.actions, answer).toContain('no_massage_calf');
    }
    const withCramps = ['calf_swollen', 'calf_sore', 'cramp_over_10_min', 'quinine_bruising', 'quinine_hearing_sight', 'quinine_heartbeat', 'tingling_mouth', 'ppi_palpitations'];
    for (const question of SCREENING) {
      for (const [answer, rule] of Object.entries(FLOW[question].answers)) {
        if (rule.triage !== 'urgent') continue;
        const actions = resultOf({ [question]: [answer] }).output.actions;
        if (withCramps.includes(answer)) expect(actions, answer).toContain('stretch_during_cramp');
        // A leg gone weak, foot pain at rest, a statin's muscle pain or a wound's spasms: no cramp stretch to follow.
        else expect(actions, answer).not.toContain('stretch_during_cramp');
      }
    }
    // The clot's "don't rub" comes before the stretch.
    const calf = resultOf({ screen_leg: ['calf_sore'] }).output.actions;
    expect(calf.indexOf('no_massage_calf')).toBeLessThan(calf.indexOf('stretch_during_cramp'));
  });

  it('tingling that comes and goes after recent neck surgery → urgent, low blood calcium, the calcium answer says today; either alone → see a doctor', () => {
    const both = resultOf({ calcium_risk: ['neck_surgery', 'tingling_comes_goes'] });
    expect(both.output.triage).toBe('urgent');
    expect(both.output.causes[0]).toBe('low_calcium');
    expect(both.output.actions).toContain('calcium_urgent');
    expect(reasonsFor(both.path).level).toEqual([
      { question: 'calcium_risk', answer: 'neck_surgery' },
      { question: 'calcium_risk', answer: 'tingling_comes_goes' },
    ]);
    expect(callHandlerWords(en, both.path)).toEqual([
      en.questions.calcium_risk.answers.neck_surgery.callHandler,
      en.questions.calcium_risk.answers.tingling_comes_goes.callHandler,
    ]);
    for (const alone of ['neck_surgery', 'tingling_comes_goes']) {
      const { output } = resultOf({ calcium_risk: [alone] });
      expect(output.triage, alone).toBe('see_doctor');
      expect(output.actions, alone).toContain('calcium_check');
    }
    // Asked to the end of the check, so the result does not say the questions stopped early.
    expect(endedAtWarningSigns(both.path)).toBe(false);
    expect(endedAtWarningSigns(resultOf({ screen_medical: ['tingling_mouth'] }).path)).toBe(true);
    // With another clue instead of the surgery (a public vignette), still a blood test, not today.
    expect(resultOf({ calcium_risk: ['parathyroid_vitamin_d', 'tingling_comes_goes'] }).output.triage).toBe('see_doctor');
  });
});
