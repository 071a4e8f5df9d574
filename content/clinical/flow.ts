/**
 * The flow table: every question, its stage, its answers, the clinical rule each
 * answer carries (triage level, likely causes, actions), and where the check goes
 * next under named conditions. This table is what clinicians sign off: the XState
 * machine (machines/build-machine.ts) is generated from it, the diagram draws it,
 * and the model tests walk it. Words live in content/<lang>/, never here.
 *
 * To add a question: one entry here (in the place it is asked, with its answers'
 * rules and its `next`), point an earlier question's `next` at it, and give it words
 * in each language pack (the types make a missing word a compile error). Back, the
 * diagram, the paths, the invariants and the browser walks follow by themselves.
 *
 * Brief references: §(b) red flags, §(g) triage levels, §(c) contributors, §(d) calcium.
 */
import type { ActionId, CauseId, TriageLevel } from '../ids';

/** The stages a question can sit in, in the order they are asked (named once, here). */
export const QUESTION_STAGES = ['red_flags', 'leg_trouble', 'contributors', 'last_check'] as const;
export type QuestionStage = (typeof QUESTION_STAGES)[number];

/** What an answer means clinically. */
export interface AnswerRule {
  triage: TriageLevel;
  causes: readonly CauseId[];
  actions: readonly ActionId[];
}

const rule = (triage: TriageLevel, causes: readonly CauseId[] = [], actions: readonly ActionId[] = []): AnswerRule => ({
  triage,
  causes,
  actions,
});

/** An answer that carries no clinical weight by itself (it only steers the flow). */
const neutral: AnswerRule = rule('self_care');

/**
 * The conditions the flow branches on, named by what they mean clinically.
 * - `level`: with this page's answer, the answers so far call for this level or more urgent;
 * - `pathLevel`: the answers on the path call for this level or more urgent (on "check your answers");
 * - `picked`: an answer given on this page (the one chosen, or any one ticked) is one of these;
 * - `onPath`: an answer on the path so far is one of these (by question).
 */
export const CONDITIONS = {
  emergencySign: { kind: 'level', level: 'emergency' },
  urgentSignSoFar: { kind: 'level', level: 'urgent' },
  urgentOnPath: { kind: 'pathLevel', level: 'urgent' },
  seeDoctorOnPath: { kind: 'pathLevel', level: 'see_doctor' },
  under16: { kind: 'picked', answers: ['under_16'] },
  age16OrOver: { kind: 'picked', answers: ['age_16_plus'] },
  walkingPain: { kind: 'picked', answers: ['walking_pain'] },
  isCramp: { kind: 'picked', answers: ['cramp', 'child_cramp'] },
  childAche: { kind: 'picked', answers: ['child_ache'] },
  childOther: { kind: 'picked', answers: ['child_other'] },
  crampsOnPath: { kind: 'onPath', answers: { kind: ['cramp'], child_kind: ['child_cramp'] } },
} as const satisfies Record<
  string,
  | { kind: 'level' | 'pathLevel'; level: TriageLevel }
  | { kind: 'picked'; answers: readonly string[] }
  | { kind: 'onPath'; answers: Readonly<Record<string, readonly string[]>> }
>;
export type ConditionName = keyof typeof CONDITIONS;

/** Where a page leads: a question, "check your answers", or (emergency signs) the emergency result. */
export type FlowTarget = string;

/** One way on from a page: the first whose condition holds is taken; no condition means "otherwise". */
export interface FlowStep {
  when?: ConditionName;
  to: FlowTarget;
}

export interface FlowQuestion {
  stage: QuestionStage;
  /** A "tick any that apply" page ("None of these" is an empty answer). */
  multiple: boolean;
  /** Each answer id, in the order shown, with its rule. */
  answers: Readonly<Record<string, AnswerRule>>;
  /** What "None of these" means, where it means more than "nothing to add". */
  none?: AnswerRule;
  /**
   * Answers that mean more together than each alone: when every answer of one of these is
   * ticked on this page, its rule applies as well as each answer's own (tick-any pages only).
   */
  together?: readonly AnswersTogether[];
  next: readonly FlowStep[];
}

/** A rule for answers of one page ticked together. */
export interface AnswersTogether {
  answers: readonly string[];
  rule: AnswerRule;
}

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

/** Brief §a, §f [43]: in a child, any of these means a doctor should check the leg pain. */
const childWarningSigns = {
  one_side: rule('see_doctor', ['child_needs_check'], ['child_when_to_see_doctor']),
  daytime_pain: rule('see_doctor', ['child_needs_check'], ['child_when_to_see_doctor']),
  limp: rule('see_doctor', ['child_needs_check'], ['child_when_to_see_doctor']),
  unwell: rule('see_doctor', ['child_needs_check'], ['child_when_to_see_doctor']),
} as const;

/** An emergency sign ends the check at once; anything else goes on to `to`. */
const screening = (to: FlowTarget): readonly FlowStep[] => [{ when: 'emergencySign', to: 'emergency' }, { to }];

export const FLOW = {
  // ——— Stage 1: red flags (brief §b, §g levels 1 and 2) ———
  // One sign, one option (content 0.5.0): each option's first words name its sign, and no
  // serious sign sits at the end of an option that starts with another, so a reader who skips
  // an option whose first words do not fit misses nothing (issue 16).
  screen_leg: {
    stage: 'red_flags',
    multiple: true,
    answers: {
      cold_pale_leg: rule('emergency', ['acute_limb_ischaemia']),
      // Brief RF7/§g 2.1 [23]: how the calf looks, and how it hurts, each its own option (a tender,
      // aching calf that is not swollen was passed over at "One calf is swollen").
      // With cramps as part of the picture, how to ease one now (issue 16); the clot signs say not to rub first.
      calf_swollen: rule('urgent', ['dvt'], ['no_massage_calf', 'stretch_during_cramp']),
      calf_sore: rule('urgent', ['dvt'], ['no_massage_calf', 'stretch_during_cramp']),
      cramp_over_10_min: rule('urgent', ['prolonged_cramp'], ['stretch_during_cramp']),
      rest_pain_sores: rule('urgent', ['severe_limb_ischaemia']),
      // Brief §g 2.7 names weakness with back or shooting pain; without back pain the brief is
      // silent, so the same same-day level (the safer path); the cause's words cover both.
      one_leg_weak: rule('urgent', ['nerve_root_compression']),
    },
    next: screening('screen_body'),
  },
  screen_body: {
    stage: 'red_flags',
    multiple: true,
    answers: {
      // Brief RF1/§g 1.1 [23]: each of the four signs on its own (the safer path: a clot can be
      // missed in the leg). Fainting has several causes, named as its own.
      chest_pain: rule('emergency', ['pulmonary_embolism'], ['no_massage_calf']),
      breathless: rule('emergency', ['pulmonary_embolism'], ['no_massage_calf']),
      coughing_blood: rule('emergency', ['pulmonary_embolism'], ['no_massage_calf']),
      fainted: rule('emergency', ['fainting']),
      // Brief RF3/§g 1.3 [27]: the saddle and the bladder or bowel signs, each its own option.
      saddle_numb: rule('emergency', ['cauda_equina']),
      bladder_bowel: rule('emergency', ['cauda_equina']),
      dark_urine: rule('emergency', ['rhabdomyolysis']),
      // Brief §g 1.3 [27] (and, with dark pee, 1.4 [28]): its own answer, so it names its own cause.
      // After dark_urine, so that with dark pee muscle breakdown is named first. (On this page, not
      // the legs page, so that the legs page's emergency exit never skips the dark-pee question.)
      both_legs_weak: rule('emergency', ['both_legs_weakness']),
      // Brief RF5/§g 1.5: asked without requiring exercise (a hot room is enough); first aid while waiting.
      heat_collapse: rule('emergency', ['heat_stroke'], ['heat_first_aid']),
      // Brief RF10, RF12/§g 1.6 [34][35]: locked spasms, and a fit, each its own option.
      locked_spasm: rule('emergency', ['severe_low_calcium']),
      seizure: rule('emergency', ['severe_low_calcium']),
      jaw_stiff_wound: rule('emergency', ['tetanus']),
    },
    next: screening('screen_medical'),
  },
  screen_medical: {
    stage: 'red_flags',
    multiple: true,
    answers: {
      quinine_heavy_bleeding: rule('emergency', ['quinine_toxicity']),
      // Brief RF11/§g 2.4 [10][11]: bleeding signs, hearing or sight, and the heartbeat, each its own option.
      // Quinine is taken for cramps; tingling and spasms come with them: how to ease a cramp now too.
      quinine_bruising: rule('urgent', ['quinine_toxicity'], ['quinine_warning_signs', 'stretch_during_cramp']),
      quinine_hearing_sight: rule('urgent', ['quinine_toxicity'], ['quinine_warning_signs', 'stretch_during_cramp']),
      quinine_heartbeat: rule('urgent', ['quinine_toxicity'], ['quinine_warning_signs', 'stretch_during_cramp']),
      tingling_mouth: rule('urgent', ['low_calcium'], ['stretch_during_cramp']),
      ppi_palpitations: rule('urgent', ['low_magnesium_ppi'], ['stretch_during_cramp']),
      statin_severe_pain: rule('urgent', ['statin_muscle']),
      dirty_wound: rule('urgent', ['tetanus']),
    },
    next: [
      { when: 'emergencySign', to: 'emergency' },
      // Any same-day sign ends the questions about the leg trouble: nothing asked later can lower it.
      // It goes on to the last check (content 0.7.0): an emergency sign missed on the pages before
      // (a GP's walk: statin muscle pain ticked, dark pee passed over) is asked once more.
      { when: 'urgentSignSoFar', to: 'last_check' },
      { to: 'age' },
    ],
  },

  // ——— Stage 2: what kind of leg trouble (brief §a) ———
  age: {
    stage: 'leg_trouble',
    multiple: false,
    answers: { under_16: neutral, age_16_plus: neutral },
    next: [
      { when: 'under16', to: 'child_kind' },
      { when: 'age16OrOver', to: 'kind' },
    ],
  },
  // A cramp is a cramp at any age; growing pains are an ache, not a knot (brief §a, [43]).
  child_kind: {
    stage: 'leg_trouble',
    multiple: false,
    answers: {
      child_cramp: rule('self_care', [], crampRelief),
      child_ache: neutral,
      child_other: neutral,
    },
    next: [
      { when: 'isCramp', to: 'timing' },
      { when: 'childAche', to: 'child_pattern' },
      { when: 'childOther', to: 'child_signs' },
    ],
  },
  child_pattern: {
    stage: 'leg_trouble',
    multiple: true,
    answers: childWarningSigns,
    // A child with none of the warning features has typical growing pains (brief §a, [43]).
    none: rule('self_care', ['growing_pains'], ['growing_pains_watch', 'child_when_to_see_doctor']),
    next: [{ to: 'last_check' }],
  },
  // The same warning features for a child whose trouble is neither a cramp nor an ache:
  // asked before the other kinds, so a limp or fever is never missed; none of them names nothing.
  child_signs: {
    stage: 'leg_trouble',
    multiple: true,
    answers: childWarningSigns,
    next: [{ to: 'kind' }],
  },
  // Tick-any (content 0.4.0): a person can have more than one kind of leg trouble at once, such as
  // night cramps and calf pain on walking (brief §a.2, §f). Each one ticked adds its own cause,
  // actions and level, and leads to its follow-up questions: walking pain first, then the cramps.
  kind: {
    stage: 'leg_trouble',
    multiple: true,
    answers: {
      // When the cramps happen (timing) names the cause: night cramps, day cramps, exercise, dialysis.
      cramp: rule('self_care', [], crampRelief),
      urge_to_move: rule('see_doctor', ['restless_legs'], ['rls_iron_check']),
      sleep_start: rule('self_care', ['sleep_starts'], ['sleep_start_habits']),
      partner_kicks: rule('see_doctor', ['plmd'], ['plmd_sleep_study']),
      // The follow-up question (walking_relief) names the cause.
      walking_pain: rule('see_doctor'),
      // Brief §a.2 [26][27]: pain shooting from the back or buttock, brought on by walking or not.
      shooting_pain: rule('see_doctor', ['sciatica'], ['spine_check']),
      burning_feet: rule('see_doctor', ['neuropathy'], ['neuropathy_check']),
    },
    // None of these, or not sure: the safer default is a doctor, never reassurance. (The diary to
    // bring is the see-a-doctor level's own; since 0.6.0 not the cramp diary, for people who may have no cramps.)
    none: rule('see_doctor', ['unclear_leg_symptoms']),
    next: [{ when: 'walkingPain', to: 'walking_relief' }, { when: 'isCramp', to: 'timing' }, { to: 'medicines' }],
  },
  walking_relief: {
    stage: 'leg_trouble',
    multiple: false,
    answers: {
      stand_still: rule('see_doctor', ['pad'], ['circulation_check']),
      sit_or_bend: rule('see_doctor', ['spinal_stenosis'], ['spine_check']),
      shoots_from_back: rule('see_doctor', ['sciatica'], ['spine_check']),
      not_sure_walking: rule('see_doctor', ['pad', 'spinal_stenosis'], ['circulation_check', 'spine_check']),
    },
    // Cramps ticked too: on to when and how often they happen.
    next: [{ when: 'crampsOnPath', to: 'timing' }, { to: 'medicines' }],
  },
  timing: {
    stage: 'leg_trouble',
    multiple: false,
    answers: {
      night_rest: rule('self_care', ['night_cramp']),
      during_exercise: rule('self_care', ['exercise_cramps'], ['build_up_exercise']),
      daytime: rule('self_care', ['day_cramps']),
      during_dialysis: rule('see_doctor', ['kidney_cramps'], ['tell_specialist_team']),
    },
    next: [{ to: 'how_often' }],
  },
  // Brief §f, level 3: frequent cramps that regularly disturb sleep or affect quality of life.
  // One cramp that woke someone tonight is not that.
  how_often: {
    stage: 'leg_trouble',
    multiple: false,
    answers: {
      now_and_then: neutral,
      regularly: rule('see_doctor', ['sleep_disruption']),
    },
    next: [{ to: 'medicines' }],
  },

  // ——— Stage 3: contributors (brief §c, §d) ———
  medicines: {
    stage: 'contributors',
    multiple: true,
    answers: {
      diuretic: rule('see_doctor', ['medicine_effect'], medicineReview),
      statin: rule('see_doctor', ['medicine_effect'], medicineReview),
      laba_inhaler: rule('see_doctor', ['medicine_effect'], medicineReview),
      quinine: rule('see_doctor', ['quinine_use'], ['quinine_review', 'quinine_warning_signs']),
      ppi_long_term: rule('see_doctor', ['ppi_magnesium'], ['ppi_magnesium_check']),
      other_linked_medicine: rule('see_doctor', ['medicine_effect'], medicineReview),
      new_medicine: rule('see_doctor', ['medicine_effect'], medicineReview),
    },
    next: [{ to: 'health' }],
  },
  health: {
    stage: 'contributors',
    multiple: true,
    answers: {
      pregnant: rule('self_care', ['pregnancy_cramps'], ['tell_midwife']),
      cirrhosis: rule('see_doctor', ['cirrhosis_cramps'], ['tell_specialist_team']),
      kidney_disease: rule('see_doctor', ['kidney_cramps', 'low_calcium_risk'], ['tell_specialist_team']),
      diabetes: rule('see_doctor', ['diabetes'], ['mention_at_diabetes_review']),
      thyroid: rule('see_doctor', ['thyroid'], ['thyroid_check']),
    },
    next: [{ to: 'calcium_risk' }],
  },
  calcium_risk: {
    stage: 'contributors',
    multiple: true,
    answers: {
      neck_surgery: rule('see_doctor', ['low_calcium_risk']),
      parathyroid_vitamin_d: rule('see_doctor', ['low_calcium_risk']),
      poor_absorption: rule('see_doctor', ['low_calcium_risk']),
      tingling_comes_goes: rule('see_doctor', ['low_calcium_risk']),
      taking_calcium: rule('self_care', [], ['calcium_tablets_caution']),
    },
    // Brief §g 2.3 and RF10 [34]: tingling around the lips or fingertips, especially after neck
    // surgery, is same-day. Tingling alone that comes and goes stays a clue for a blood test
    // (calcium routing: "urgent if acute symptoms"); after recent neck surgery it is the safer level
    // (content 0.6.0; it had been see a doctor, as each answer alone is).
    together: [{ answers: ['neck_surgery', 'tingling_comes_goes'], rule: rule('urgent', ['low_calcium']) }],
    next: [{ when: 'crampsOnPath', to: 'pattern' }, { to: 'leg_changes' }],
  },
  // Asked only of people whose trouble is a cramp.
  pattern: {
    stage: 'contributors',
    multiple: true,
    answers: {
      hard_exercise: rule('self_care', ['exercise_cramps'], ['build_up_exercise']),
      heat_sweating: rule('self_care', ['heat_cramps'], ['heat_cramp_advice']),
      toes_pointed: rule('self_care', ['foot_position'], ['loosen_covers']),
      long_sitting_standing: rule('self_care', ['long_sitting_standing'], ['move_in_day']),
      // The brief is silent on vomiting and diarrhoea; it lists salt (electrolyte) problems as
      // real but uncommon causes, worth a blood test when suspected (§c.3 [3][1]): the safer level.
      fluid_loss: rule('see_doctor', ['fluid_loss']),
    },
    next: [{ to: 'leg_changes' }],
  },
  // Asked of everyone: the brief's "amber" signs in the legs (§f [3][4]).
  leg_changes: {
    stage: 'contributors',
    multiple: true,
    answers: {
      both_legs_numb_swollen: rule('see_doctor', ['leg_numbness_swelling']),
      wasting_twitching: rule('see_doctor', ['nerve_or_muscle_disease']),
    },
    next: [{ to: 'last_check' }],
  },

  // ——— Last check (issue 16): the worst signs asked again, as telephone triage does ———
  // (An urgent answer here goes on to "check your answers", which leads to the urgent result.)
  // A sign misread, skipped or only just started on the warning pages is still caught, with the
  // same rule as on those pages. Asked of everyone not already sent to emergency care: since 0.7.0
  // also straight after a same-day sign, so that an emergency sign missed before is not lost.
  last_check: {
    stage: 'last_check',
    multiple: true,
    answers: {
      chest_pain: rule('emergency', ['pulmonary_embolism'], ['no_massage_calf']),
      breathless: rule('emergency', ['pulmonary_embolism'], ['no_massage_calf']),
      cold_pale_leg: rule('emergency', ['acute_limb_ischaemia']),
      saddle_numb: rule('emergency', ['cauda_equina']),
      // Dark pee before both legs weak, as on the body page: with both, muscle breakdown is named first.
      dark_urine: rule('emergency', ['rhabdomyolysis']),
      both_legs_weak: rule('emergency', ['both_legs_weakness']),
      heat_collapse: rule('emergency', ['heat_stroke'], ['heat_first_aid']),
      // Content 0.6.0, from lay-reader walks: a relative answering for a mother's fit, and a parent
      // reading the legs page as about themselves for a child's long cramp, ended below urgent.
      seizure: rule('emergency', ['severe_low_calcium']),
      // The one same-day sign asked again: a long cramp that has let go is easy to leave unticked at the start.
      cramp_over_10_min: rule('urgent', ['prolonged_cramp'], ['stretch_during_cramp']),
    },
    next: screening('review'),
  },
} as const satisfies Record<string, FlowQuestion>;

/**
 * Causes that say what kind of trouble it is in general terms. Within a level they
 * are listed after the specific ones (a medicine, heat, hard exercise), which say more.
 */
export const GENERAL_CAUSES: readonly CauseId[] = ['night_cramp', 'day_cramps', 'sleep_disruption', 'unclear_leg_symptoms'];

/** "Check your answers": confirming goes to the result the answers call for. */
export const REVIEW_NEXT: readonly FlowStep[] = [
  { when: 'urgentOnPath', to: 'urgent' },
  { when: 'seeDoctorOnPath', to: 'see_doctor' },
  { to: 'self_care' },
];

/** Actions every result of a level carries, before the answers add theirs. */
export const LEVEL_ACTIONS: Readonly<Record<TriageLevel, readonly ActionId[]>> = {
  emergency: ['call_emergency', 'tell_call_handler', 'dont_drive'],
  urgent: ['get_seen_today'],
  see_doctor: ['book_appointment', 'bring_to_appointment'],
  self_care: [],
};

/**
 * Whose advice a result of this level carries: a same-day result speaks only of the same day
 * (content 0.7.0). An emergency result keeps the advice of the emergency signs (first aid while
 * waiting, not rubbing a calf), an urgent one that of the same-day signs; the calmer answers'
 * advice (walk a cramp off, a nightly stretch, give it time) would sit beside "call now"
 * as if it were also meant for now, and after a fit "stand up and walk it off" is wrong.
 */
export const ADVICE_FROM: Readonly<Record<TriageLevel, readonly TriageLevel[]>> = {
  emergency: ['emergency'],
  urgent: ['emergency', 'urgent'],
  // Every answer's advice (content/ids.ts imports this file, so the levels are written out).
  see_doctor: ['emergency', 'urgent', 'see_doctor', 'self_care'],
  self_care: ['emergency', 'urgent', 'see_doctor', 'self_care'],
};

/** A flow table: the shape FLOW has, for code that builds a machine from any table (tests build variants). */
export type FlowTable = Readonly<Record<string, FlowQuestion>>;
