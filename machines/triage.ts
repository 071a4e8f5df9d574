/**
 * What each answer means clinically: the triage level it calls for, the likely
 * causes it points to and the actions it adds. This table, with the flow in
 * triage.ts, is what clinicians sign off (the /diagram page draws both).
 *
 * A pure module: it imports only `xstate` and content ids, never React, the DOM or Next.
 * Brief references: §(b) red flags, §(g) triage levels, §(c) contributors, §(d) calcium.
 */
import { assign, setup } from 'xstate';
import {
  CALCIUM_ANSWER_IDS,
  QUESTION_IDS,
  QUESTIONS,
  TRIAGE_LEVELS,
  type ActionId,
  type AnswerId,
  type CauseId,
  type QuestionId,
  type TriageLevel,
} from '../content/ids';

export interface AnswerRule {
  triage: TriageLevel;
  causes: readonly CauseId[];
  actions: readonly ActionId[];
}

/** An answer that carries no clinical weight by itself (it only steers the flow). */
const neutral: AnswerRule = { triage: 'self_care', causes: [], actions: [] };

const rule = (triage: TriageLevel, causes: readonly CauseId[], actions: readonly ActionId[] = []): AnswerRule => ({
  triage,
  causes,
  actions,
});

const crampRelief: readonly ActionId[] = [
  'stretch_during_cramp',
  'walk_it_off',
  'massage',
  'heat',
  'soreness_after',
  'nightly_stretch',
  'cramp_diary',
  'expect_improvement',
  'avoid_quinine',
  'magnesium_not_helpful',
];

const medicineReview: readonly ActionId[] = ['review_medicines', 'dont_stop_medicines'];

export const ANSWER_RULES: { readonly [Q in QuestionId]: Readonly<Record<AnswerId<Q>, AnswerRule>> } = {
  screen_leg: {
    cold_pale_leg: rule('emergency', ['acute_limb_ischaemia']),
    calf_swollen: rule('urgent', ['dvt'], ['no_massage_calf']),
    cramp_over_10_min: rule('urgent', ['prolonged_cramp']),
    rest_pain_sores: rule('urgent', ['severe_limb_ischaemia']),
    one_leg_weak: rule('urgent', ['nerve_root_compression']),
  },
  screen_body: {
    chest_breathless: rule('emergency', ['pulmonary_embolism'], ['no_massage_calf']),
    saddle_bladder: rule('emergency', ['cauda_equina']),
    dark_urine: rule('emergency', ['rhabdomyolysis']),
    heat_collapse: rule('emergency', ['heat_stroke']),
    locked_spasm: rule('emergency', ['severe_low_calcium']),
    jaw_stiff_wound: rule('emergency', ['tetanus']),
  },
  screen_medical: {
    quinine_heavy_bleeding: rule('emergency', ['quinine_toxicity']),
    quinine_bruising: rule('urgent', ['quinine_toxicity'], ['quinine_warning_signs']),
    tingling_mouth: rule('urgent', ['low_calcium']),
    ppi_palpitations: rule('urgent', ['low_magnesium_ppi']),
    statin_severe_pain: rule('urgent', ['statin_muscle']),
    dirty_wound: rule('urgent', ['tetanus']),
  },
  age: {
    under_16: neutral,
    age_16_plus: neutral,
  },
  child_pattern: {
    one_side: rule('see_doctor', ['child_needs_check'], ['child_when_to_see_doctor']),
    daytime_pain: rule('see_doctor', ['child_needs_check'], ['child_when_to_see_doctor']),
    limp: rule('see_doctor', ['child_needs_check'], ['child_when_to_see_doctor']),
    unwell: rule('see_doctor', ['child_needs_check'], ['child_when_to_see_doctor']),
  },
  kind: {
    cramp: rule('self_care', ['night_cramp'], crampRelief),
    urge_to_move: rule('see_doctor', ['restless_legs'], ['rls_iron_check']),
    sleep_start: rule('self_care', ['sleep_starts'], ['sleep_start_habits']),
    partner_kicks: rule('see_doctor', ['plmd'], ['plmd_sleep_study']),
    // The follow-up question (walking_relief) names the cause.
    walking_pain: rule('see_doctor', []),
    burning_feet: rule('see_doctor', ['neuropathy'], ['neuropathy_check']),
    not_sure: rule('see_doctor', ['unclear_leg_symptoms'], ['cramp_diary']),
  },
  walking_relief: {
    stand_still: rule('see_doctor', ['pad'], ['circulation_check']),
    sit_or_bend: rule('see_doctor', ['spinal_stenosis'], ['spine_check']),
    shoots_from_back: rule('see_doctor', ['sciatica'], ['spine_check']),
    not_sure_walking: rule('see_doctor', ['pad', 'spinal_stenosis'], ['circulation_check', 'spine_check']),
  },
  medicines: {
    diuretic: rule('see_doctor', ['medicine_effect'], medicineReview),
    statin: rule('see_doctor', ['medicine_effect'], medicineReview),
    laba_inhaler: rule('see_doctor', ['medicine_effect'], medicineReview),
    quinine: rule('see_doctor', ['quinine_use'], ['quinine_review', 'quinine_warning_signs']),
    ppi_long_term: rule('see_doctor', ['ppi_magnesium'], ['ppi_magnesium_check']),
    other_linked_medicine: rule('see_doctor', ['medicine_effect'], medicineReview),
    new_medicine: rule('see_doctor', ['medicine_effect'], medicineReview),
  },
  health: {
    pregnant: rule('self_care', ['pregnancy_cramps'], ['tell_midwife']),
    cirrhosis: rule('see_doctor', ['cirrhosis_cramps'], ['tell_specialist_team']),
    kidney_disease: rule('see_doctor', ['kidney_cramps', 'low_calcium_risk'], ['tell_specialist_team']),
    diabetes: rule('see_doctor', ['diabetes'], ['mention_at_diabetes_review']),
    thyroid: rule('see_doctor', ['thyroid'], ['thyroid_check']),
  },
  calcium_risk: {
    neck_surgery: rule('see_doctor', ['low_calcium_risk']),
    parathyroid_vitamin_d: rule('see_doctor', ['low_calcium_risk']),
    poor_absorption: rule('see_doctor', ['low_calcium_risk']),
    tingling_comes_goes: rule('see_doctor', ['low_calcium_risk']),
    taking_calcium: rule('self_care', [], ['calcium_tablets_caution']),
  },
  pattern: {
    disturbs_sleep: rule('see_doctor', ['sleep_disruption']),
    both_legs_numb_swollen: rule('see_doctor', ['leg_numbness_swelling']),
    wasting_twitching: rule('see_doctor', ['nerve_or_muscle_disease']),
    hard_exercise: rule('self_care', ['exercise_cramps'], ['build_up_exercise']),
    heat_sweating: rule('self_care', ['heat_cramps'], ['heat_cramp_advice']),
    toes_pointed: rule('self_care', ['foot_position'], ['loosen_covers']),
    long_sitting_standing: rule('self_care', ['long_sitting_standing'], ['move_in_day']),
  },
};

/**
 * What "None of these" means on a tick-any page, where it means more than
 * "nothing to add". A child with none of the warning features has typical
 * growing pains (brief §a, [43]).
 */
export const NONE_RULES: Partial<Record<QuestionId, AnswerRule>> = {
  child_pattern: rule('self_care', ['growing_pains'], ['growing_pains_watch', 'child_when_to_see_doctor']),
};

/** Actions every result of a level carries, before the answers add theirs. */
export const LEVEL_ACTIONS: Readonly<Record<TriageLevel, readonly ActionId[]>> = {
  emergency: ['call_emergency', 'tell_call_handler', 'dont_drive'],
  urgent: ['get_seen_today'],
  see_doctor: ['book_appointment', 'bring_to_appointment'],
  self_care: [],
};

/** Lower index = more urgent. */
export const severity = (level: TriageLevel): number => TRIAGE_LEVELS.indexOf(level);
export const moreUrgent = (a: TriageLevel, b: TriageLevel): TriageLevel => (severity(a) <= severity(b) ? a : b);

/** An answer as the machine stores it: one id, or the ids ticked (empty = none of these). */
export type AnswerValue = string | readonly string[];

/** One answered question on the path, in order. */
export interface PathAnswer {
  question: QuestionId;
  value: AnswerValue;
}

export interface TriageOutput {
  triage: TriageLevel;
  causes: CauseId[];
  actions: ActionId[];
}

/** The ids chosen in an answer, as a list (a single answer is a list of one). */
export const chosenIds = (value: AnswerValue): readonly string[] => (typeof value === 'string' ? [value] : value);

/** The rules an answer triggers. Assumes the answer is valid for the question. */
export function rulesFor(question: QuestionId, value: AnswerValue): AnswerRule[] {
  const ids = chosenIds(value);
  if (ids.length === 0) {
    const none = NONE_RULES[question];
    return none ? [none] : [];
  }
  const table = ANSWER_RULES[question] as Readonly<Record<string, AnswerRule>>;
  return ids.map((id) => table[id]).filter((r): r is AnswerRule => r !== undefined);
}

/** The most urgent level any of these answers calls for. */
export function levelOf(path: readonly PathAnswer[]): TriageLevel {
  let level: TriageLevel = 'self_care';
  for (const { question, value } of path) {
    for (const r of rulesFor(question, value)) level = moreUrgent(level, r.triage);
  }
  return level;
}

const has = (path: readonly PathAnswer[], question: QuestionId, answer: string): boolean =>
  path.some((p) => p.question === question && chosenIds(p.value).includes(answer));

/**
 * The calcium answer for this person (brief §d and "calcium question routing"):
 * acute low-calcium signs → urgent; risk clues → see a doctor for a blood test;
 * pregnant → follow the midwife; otherwise → unlikely, with the harms of supplements.
 */
export function calciumAnswer(path: readonly PathAnswer[]): (typeof CALCIUM_ANSWER_IDS)[number] {
  if (has(path, 'screen_body', 'locked_spasm') || has(path, 'screen_medical', 'tingling_mouth')) return 'calcium_urgent';
  if (path.some((p) => rulesFor(p.question, p.value).some((r) => r.causes.includes('low_calcium_risk'))))
    return 'calcium_check';
  if (has(path, 'health', 'pregnant')) return 'calcium_pregnancy';
  return 'calcium_unlikely';
}

/**
 * The result for a completed path: the most urgent level wins whatever came
 * after it; causes are listed most urgent first; actions are the level's own,
 * then each answer's, then the calcium answer, then the safety net.
 */
export function assess(path: readonly PathAnswer[]): TriageOutput {
  const triage = levelOf(path);
  const fired = path.flatMap((p) => rulesFor(p.question, p.value));
  const causes = [...fired]
    .sort((a, b) => severity(a.triage) - severity(b.triage))
    .flatMap((r) => r.causes);
  const actions: ActionId[] = [...LEVEL_ACTIONS[triage], ...fired.flatMap((r) => r.actions), calciumAnswer(path)];
  if (triage !== 'emergency') actions.push('safety_net');
  return { triage, causes: unique(causes), actions: unique(actions) };
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** Is `value` a well-formed answer to `question`? (known ids, right shape, no repeats) */
export function isValidAnswer(question: QuestionId, value: unknown): value is AnswerValue {
  const { multiple, answers } = QUESTIONS[question];
  const known = answers as readonly string[];
  if (multiple) {
    return (
      Array.isArray(value) &&
      value.every((v) => typeof v === 'string' && known.includes(v)) &&
      new Set(value).size === value.length
    );
  }
  return typeof value === 'string' && known.includes(value);
}

/** Put ticked ids in the question's own order, so equal answers compare equal. */
export function normaliseAnswer(question: QuestionId, value: AnswerValue): AnswerValue {
  if (typeof value === 'string') return value;
  const order = QUESTIONS[question].answers as readonly string[];
  return [...value].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

// ---------------------------------------------------------------------------
// The machine
// ---------------------------------------------------------------------------

export interface TriageContext {
  /** Every answer given, by question. Kept when the person goes back, so the page can show it again. */
  answers: Partial<Record<QuestionId, AnswerValue>>;
  /** The questions answered on the current path, in order. */
  history: QuestionId[];
}

export type TriageEvent =
  | { type: 'answer'; value: AnswerValue }
  | { type: 'back' }
  | { type: 'restart' }
  | { type: 'confirm' };

/** The `meta` every question state carries: what the UI, the diagram and the tests read. */
export interface QuestionMeta {
  question: QuestionId;
  answers: readonly string[];
  multiple?: true;
}

/** The `meta` of the "check your answers" state and of results. */
export type StateMeta = QuestionMeta | { review: true } | { result: TriageLevel };

const questionMeta = (question: QuestionId): QuestionMeta => {
  const { answers, multiple } = QUESTIONS[question];
  return multiple ? { question, answers, multiple: true } : { question, answers };
};

/** The answers on the current path, in order. */
export const pathOf = (context: TriageContext): PathAnswer[] =>
  context.history.flatMap((question) => {
    const value = context.answers[question];
    return value === undefined ? [] : [{ question, value }];
  });

const answerValue = (event: TriageEvent): unknown => (event.type === 'answer' ? event.value : undefined);

/** The path so far plus the answer in this event (used by guards before it is recorded). */
const pathWith = (context: TriageContext, question: QuestionId, value: AnswerValue): PathAnswer[] => [
  ...pathOf(context),
  { question, value },
];

type QuestionParams = { question: QuestionId };

/**
 * Back: to whichever of these questions was answered last on the path (its
 * answer stays remembered). Each state lists the questions that can lead to it.
 */
const backTo = (...questions: QuestionId[]) =>
  questions.map((question) => ({
    guard: { type: 'previousIs' as const, params: { question } },
    target: `#triage.${STAGE_OF[question]}.${question}`,
    actions: 'forgetLastStep' as const,
  }));

/** Which stage (parent state) each question lives in. */
const STAGE_OF = Object.fromEntries(QUESTION_IDS.map((q) => [q, QUESTIONS[q].stage])) as Record<QuestionId, string>;

export const triageMachine = setup({
  types: {
    context: {} as TriageContext,
    events: {} as TriageEvent,
    meta: {} as StateMeta,
    output: {} as TriageOutput,
  },
  guards: {
    /** The answer is well-formed for this question. */
    validAnswer: ({ event }, { question }: QuestionParams) => isValidAnswer(question, answerValue(event)),
    /** A valid single answer that is one of `answers`. */
    picked: ({ event }, { question, answers }: QuestionParams & { answers: readonly string[] }) => {
      const value = answerValue(event);
      return isValidAnswer(question, value) && typeof value === 'string' && answers.includes(value);
    },
    /** With this answer, the path so far calls for `level` or more urgent. */
    reaches: ({ context, event }, { question, level }: QuestionParams & { level: TriageLevel }) => {
      const value = answerValue(event);
      if (!isValidAnswer(question, value)) return false;
      return severity(levelOf(pathWith(context, question, value))) <= severity(level);
    },
    /** The answered path calls for `level` or more urgent. */
    pathReaches: ({ context }, { level }: { level: TriageLevel }) =>
      severity(levelOf(pathOf(context))) <= severity(level),
    /** The question answered last on the path is `question` (where Back goes). */
    previousIs: ({ context }, { question }: QuestionParams) => context.history.at(-1) === question,
  },
  actions: {
    record: assign(({ context, event }, { question }: QuestionParams) => {
      if (event.type !== 'answer') return {};
      return {
        answers: { ...context.answers, [question]: normaliseAnswer(question, event.value) },
        history: [...context.history, question],
      };
    }),
    /** Step back one question; its answer stays in `answers` to be shown again. */
    forgetLastStep: assign(({ context }) => ({ history: context.history.slice(0, -1) })),
    clear: assign(() => ({ answers: {}, history: [] })),
  },
}).createMachine({
  id: 'triage',
  initial: 'red_flags',
  context: { answers: {}, history: [] },
  output: ({ context }) => assess(pathOf(context)),
  on: {
    restart: { target: '.red_flags', actions: 'clear' },
  },
  states: {
    red_flags: {
      initial: 'screen_leg',
      states: {
        screen_leg: {
          meta: questionMeta('screen_leg'),
          on: {
            answer: [
              {
                guard: { type: 'reaches', params: { question: 'screen_leg', level: 'emergency' } },
                target: '#triage.emergency',
                actions: { type: 'record', params: { question: 'screen_leg' } },
              },
              {
                guard: { type: 'validAnswer', params: { question: 'screen_leg' } },
                target: 'screen_body',
                actions: { type: 'record', params: { question: 'screen_leg' } },
              },
            ],
          },
        },
        screen_body: {
          meta: questionMeta('screen_body'),
          on: {
            back: backTo('screen_leg'),
            answer: [
              {
                guard: { type: 'reaches', params: { question: 'screen_body', level: 'emergency' } },
                target: '#triage.emergency',
                actions: { type: 'record', params: { question: 'screen_body' } },
              },
              {
                guard: { type: 'validAnswer', params: { question: 'screen_body' } },
                target: 'screen_medical',
                actions: { type: 'record', params: { question: 'screen_body' } },
              },
            ],
          },
        },
        screen_medical: {
          meta: questionMeta('screen_medical'),
          on: {
            back: backTo('screen_body'),
            answer: [
              {
                guard: { type: 'reaches', params: { question: 'screen_medical', level: 'emergency' } },
                target: '#triage.emergency',
                actions: { type: 'record', params: { question: 'screen_medical' } },
              },
              {
                // Any same-day sign ends the questions: nothing asked later can lower it.
                guard: { type: 'reaches', params: { question: 'screen_medical', level: 'urgent' } },
                target: '#triage.review',
                actions: { type: 'record', params: { question: 'screen_medical' } },
              },
              {
                guard: { type: 'validAnswer', params: { question: 'screen_medical' } },
                target: '#triage.leg_trouble',
                actions: { type: 'record', params: { question: 'screen_medical' } },
              },
            ],
          },
        },
      },
    },
    leg_trouble: {
      initial: 'age',
      states: {
        age: {
          meta: questionMeta('age'),
          on: {
            back: backTo('screen_medical'),
            answer: [
              {
                guard: { type: 'picked', params: { question: 'age', answers: ['under_16'] } },
                target: 'child_pattern',
                actions: { type: 'record', params: { question: 'age' } },
              },
              {
                guard: { type: 'picked', params: { question: 'age', answers: ['age_16_plus'] } },
                target: 'kind',
                actions: { type: 'record', params: { question: 'age' } },
              },
            ],
          },
        },
        child_pattern: {
          meta: questionMeta('child_pattern'),
          on: {
            back: backTo('age'),
            answer: {
              guard: { type: 'validAnswer', params: { question: 'child_pattern' } },
              target: '#triage.review',
              actions: { type: 'record', params: { question: 'child_pattern' } },
            },
          },
        },
        kind: {
          meta: questionMeta('kind'),
          on: {
            back: backTo('age'),
            answer: [
              {
                guard: { type: 'picked', params: { question: 'kind', answers: ['walking_pain'] } },
                target: 'walking_relief',
                actions: { type: 'record', params: { question: 'kind' } },
              },
              {
                guard: { type: 'validAnswer', params: { question: 'kind' } },
                target: '#triage.contributors',
                actions: { type: 'record', params: { question: 'kind' } },
              },
            ],
          },
        },
        walking_relief: {
          meta: questionMeta('walking_relief'),
          on: {
            back: backTo('kind'),
            answer: {
              guard: { type: 'validAnswer', params: { question: 'walking_relief' } },
              target: '#triage.contributors',
              actions: { type: 'record', params: { question: 'walking_relief' } },
            },
          },
        },
      },
    },
    contributors: {
      initial: 'medicines',
      states: {
        medicines: {
          meta: questionMeta('medicines'),
          on: {
            back: backTo('kind', 'walking_relief'),
            answer: {
              guard: { type: 'validAnswer', params: { question: 'medicines' } },
              target: 'health',
              actions: { type: 'record', params: { question: 'medicines' } },
            },
          },
        },
        health: {
          meta: questionMeta('health'),
          on: {
            back: backTo('medicines'),
            answer: {
              guard: { type: 'validAnswer', params: { question: 'health' } },
              target: 'calcium_risk',
              actions: { type: 'record', params: { question: 'health' } },
            },
          },
        },
        calcium_risk: {
          meta: questionMeta('calcium_risk'),
          on: {
            back: backTo('health'),
            answer: {
              guard: { type: 'validAnswer', params: { question: 'calcium_risk' } },
              target: 'pattern',
              actions: { type: 'record', params: { question: 'calcium_risk' } },
            },
          },
        },
        pattern: {
          meta: questionMeta('pattern'),
          on: {
            back: backTo('calcium_risk'),
            answer: {
              guard: { type: 'validAnswer', params: { question: 'pattern' } },
              target: '#triage.review',
              actions: { type: 'record', params: { question: 'pattern' } },
            },
          },
        },
      },
    },
    review: {
      meta: { review: true },
      on: {
        back: backTo('screen_medical', 'child_pattern', 'pattern'),
        confirm: [
          { guard: { type: 'pathReaches', params: { level: 'urgent' } }, target: 'urgent' },
          { guard: { type: 'pathReaches', params: { level: 'see_doctor' } }, target: 'see_doctor' },
          { target: 'self_care' },
        ],
      },
    },
    emergency: { type: 'final', meta: { result: 'emergency' } },
    urgent: { type: 'final', meta: { result: 'urgent' } },
    see_doctor: { type: 'final', meta: { result: 'see_doctor' } },
    self_care: { type: 'final', meta: { result: 'self_care' } },
  },
});
