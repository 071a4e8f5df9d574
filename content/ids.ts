/**
 * The ids that tie the machine to its words. Language-independent: the machine
 * (generated from content/clinical/flow.ts) uses these ids, and every language
 * folder under content/ must give words for each of them (the types in
 * content/types.ts enforce it). Questions and answers come from the flow table,
 * so adding an answer there is a clinical change that carries its rule.
 */

export const TRIAGE_LEVELS = ['emergency', 'urgent', 'see_doctor', 'self_care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

import { FLOW, QUESTION_STAGES } from './clinical/flow';

/**
 * Every question, with its stage and answer ids, read from the flow table
 * (content/clinical/flow.ts). `multiple: true` is a "tick any that apply" page;
 * for those an empty answer means "none of these".
 */
type Flow = typeof FLOW;
export type QuestionId = keyof Flow & string;
export type AnswerId<Q extends QuestionId = QuestionId> = Q extends QuestionId ? keyof Flow[Q]['answers'] & string : never;

export const QUESTIONS = Object.fromEntries(
  Object.entries(FLOW).map(([id, q]) => [id, { stage: q.stage, multiple: q.multiple, answers: Object.keys(q.answers) }]),
) as unknown as { readonly [Q in QuestionId]: { readonly stage: Flow[Q]['stage']; readonly multiple: Flow[Q]['multiple']; readonly answers: readonly AnswerId<Q>[] } };

export const STAGES = [...QUESTION_STAGES, 'result'] as const;
export type StageId = (typeof STAGES)[number];

export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

/** Likely causes a result can name (brief §a, §b, §c). */
export const CAUSE_IDS = [
  // emergencies
  'pulmonary_embolism',
  'acute_limb_ischaemia',
  'cauda_equina',
  'rhabdomyolysis',
  'heat_stroke',
  'severe_low_calcium',
  'tetanus',
  'quinine_toxicity',
  'fainting',
  // same-day problems
  'dvt',
  'prolonged_cramp',
  'severe_limb_ischaemia',
  'nerve_root_compression',
  'both_legs_weakness',
  'low_calcium',
  'low_magnesium_ppi',
  'statin_muscle',
  // kinds of leg trouble
  'night_cramp',
  'day_cramps',
  'restless_legs',
  'sleep_starts',
  'plmd',
  'pad',
  'spinal_stenosis',
  'sciatica',
  'neuropathy',
  'unclear_leg_symptoms',
  'growing_pains',
  'child_needs_check',
  // contributors
  'medicine_effect',
  'quinine_use',
  'ppi_magnesium',
  'pregnancy_cramps',
  'cirrhosis_cramps',
  'kidney_cramps',
  'diabetes',
  'thyroid',
  'low_calcium_risk',
  'sleep_disruption',
  'nerve_or_muscle_disease',
  'leg_numbness_swelling',
  'exercise_cramps',
  'heat_cramps',
  'foot_position',
  'long_sitting_standing',
  'fluid_loss',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/**
 * Actions a result can list. `kind` in content says where each one shows:
 * what to do now, prevention, when to get help, or the calcium answer.
 */
export const ACTION_IDS = [
  // by triage level
  'call_emergency',
  'tell_call_handler',
  'dont_drive',
  'get_seen_today',
  'book_appointment',
  'bring_to_appointment',
  'dont_stop_medicines',
  // relief during a cramp (brief §e.1)
  'stretch_during_cramp',
  'walk_it_off',
  'massage',
  'heat',
  'soreness_after',
  // prevention (brief §e.2)
  'nightly_stretch',
  'loosen_covers',
  'move_in_day',
  'build_up_exercise',
  'heat_cramp_advice',
  'cramp_diary',
  'expect_improvement',
  'avoid_quinine',
  'magnesium_not_helpful',
  // cause-specific
  'no_massage_calf',
  'heat_first_aid',
  'sleep_start_habits',
  'child_when_to_see_doctor',
  'growing_pains_watch',
  'rls_iron_check',
  'plmd_sleep_study',
  'circulation_check',
  'spine_check',
  'neuropathy_check',
  'review_medicines',
  'quinine_review',
  'ppi_magnesium_check',
  'tell_midwife',
  'tell_specialist_team',
  'mention_at_diabetes_review',
  'thyroid_check',
  // the calcium answer: exactly one of the first four on every result
  'calcium_unlikely',
  'calcium_check',
  'calcium_urgent',
  'calcium_pregnancy',
  'calcium_tablets_caution',
  // safety net
  'safety_net',
  'quinine_warning_signs',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** The calcium answer: each result carries exactly one of these. */
export const CALCIUM_ANSWER_IDS = ['calcium_unlikely', 'calcium_check', 'calcium_urgent', 'calcium_pregnancy'] as const satisfies readonly ActionId[];
export type CalciumAnswerId = (typeof CALCIUM_ANSWER_IDS)[number];

export const ACTION_KINDS = ['now', 'prevent', 'get_help', 'calcium'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Sources: original publications and publishers' own pages (brief reference numbers in comments). */
export const SOURCE_IDS = [
  'allen_2012', // [1]
  'aafp_2017', // [2]
  'nice_cks_2012', // [3]
  'nhs_leg_cramps', // [4]
  'aan_2010', // [5]
  'cochrane_magnesium_2020', // [6]
  'cochrane_quinine_2015', // [7]
  'cochrane_pregnancy_2015', // [8]
  'young_2002', // [9]
  'fda_quinine_2010', // [10]
  'mhra_quinine', // [11]
  'hallegraeff_2012', // [12]
  'coppin_2005', // [13]
  'cochrane_nondrug_2021', // [14]
  'garrison_2012', // [15]
  'garrison_2015', // [16]
  'hallegraeff_2017', // [17]
  'rabbitt_2016', // [18]
  'nsf_leg_cramps', // [19]
  'irlssg_2012', // [20]
  'nsf_plmd', // [21]
  'hypnic_jerk_review_2018', // [22]
  'nhs_dvt', // [23]
  'rcem_limb_ischaemia', // [24]
  'nice_cg147', // [25]
  'neurogenic_claudication', // [26]
  'cauda_equina_leaflet', // [27]
  'myositis_rhabdo', // [28]
  'miller_2022', // [29]
  'cdc_heat_cramps', // [30]
  'cirrhosis_cramps_1996', // [31]
  'holley_dialysis', // [32]
  'hypothyroid_myopathy_case', // [33]
  'yourhormones_hypocalcaemia', // [34]
  'fda_ppi_2011', // [35]
  'iom_calcium_2011', // [36]
  'bolland_2010', // [36]
  'tan_2024', // [37]
  'frusso_1999', // [38]
  'nccih_detox', // [39]
  'hse_pregnancy_cramps', // [40]
  'grandner_2017', // [41]
  'ada_neuropathy', // [42]
  'nenc_growing_pains', // [43]
  'mosenkis_2005', // [44]
  'mayo_2014', // [49]
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const EVIDENCE_LABELS = ['high', 'moderate', 'low_moderate', 'low', 'consensus', 'none_found'] as const;
export type EvidenceLabel = (typeof EVIDENCE_LABELS)[number];
