import type { ActionId } from '../ids';
import type { ActionFacts } from './types';

/**
 * The facts behind each action a result can list (evidence brief §e, §f, §g, §d);
 * the words are in each language pack (content/<lang>/actions.ts).
 * `kind` says where each shows: 'now', 'prevent', 'get_help' or 'calcium'.
 */
export const actions: Record<ActionId, ActionFacts> = {
  // ——— By triage level (brief §g) ———
  call_emergency: {
    kind: 'now',
    evidence: 'consensus',
    sources: [
      'nhs_dvt',
      'rcem_limb_ischaemia',
      'cauda_equina_leaflet',
      'myositis_rhabdo',
      'yourhormones_hypocalcaemia',
      'fda_quinine_2010',
    ],
  },
  tell_call_handler: {
    kind: 'now',
    evidence: 'consensus',
    sources: [],
    reviewerNote:
      'Procedural text required by brief §g ("what to say to the call handler"); no external source. Since content 0.5.0 the page lists the warning signs the person ticked, each in its own words (never a cause’s worst case): a quinine user with ringing ears is not told to say he is bleeding.',
  },
  dont_drive: {
    kind: 'now',
    evidence: 'consensus',
    sources: [],
    reviewerNote:
      'Brief §g suggests not driving yourself "if a leg is weak or numb" (precautionary consensus, no source found). ' +
      'From 0.7.0 every emergency result says it without the condition: a GP reviewing 0.6.0 found the condition wrong ' +
      'after a fit or a faint, where driving is unsafe whatever the legs. The brief is silent on those signs, so the safer path; clinician to confirm.',
  },
  get_seen_today: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nhs_dvt', 'hse_pregnancy_cramps', 'nhs_leg_cramps'],
  },
  book_appointment: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nhs_leg_cramps', 'nice_cks_2012'],
  },
  bring_to_appointment: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['rabbitt_2016', 'garrison_2012'],
  },
  dont_stop_medicines: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['garrison_2012'],
  },

  // ——— During a cramp (brief §e.1) ———
  stretch_during_cramp: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nsf_leg_cramps', 'nhs_leg_cramps', 'hse_pregnancy_cramps'],
  },
  walk_it_off: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nsf_leg_cramps'],
  },
  massage: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nice_cks_2012', 'nhs_leg_cramps', 'hse_pregnancy_cramps'],
  },
  heat: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nsf_leg_cramps'],
    reviewerNote:
      '"Warm, not hot" is a general burn-safety caution added by us (not in the brief), relevant for people with numb feet.',
  },
  soreness_after: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nhs_leg_cramps', 'nice_cks_2012'],
    reviewerNote:
      'Brief names paracetamol/ibuprofen; we do not name them because ibuprofen is unsuitable for some users (e.g. pregnancy, kidney disease) and the brief is silent on this. Safer path: pharmacist check. ' +
      'Since 0.7.0 it also says to ask the midwife or a pharmacist first when pregnant: a lay walk at 31 weeks found nothing warning against a painkiller that does not suit pregnancy. The brief is silent; safer path.',
  },

  // ——— Prevention (brief §e.2, §d) ———
  nightly_stretch: {
    kind: 'prevent',
    evidence: 'low_moderate',
    sources: ['hallegraeff_2012', 'coppin_2005', 'cochrane_nondrug_2021', 'aan_2010'],
    reviewerNote:
      'Contested point 1. The brief gives the protocol (3 × 10 s, both legs, ~3 min) but not how to do each stretch, so technique is left general. Clinicians may wish to add step-by-step calf and hamstring stretches.',
  },
  loosen_covers: {
    kind: 'prevent',
    evidence: 'consensus',
    sources: ['holley_dialysis', 'rabbitt_2016', 'mayo_2014'],
  },
  move_in_day: {
    kind: 'prevent',
    evidence: 'consensus',
    sources: ['nhs_leg_cramps'],
    reviewerNote: 'The "long spells sitting/standing" part rests on brief ref [50], which has no source id.',
  },
  build_up_exercise: {
    kind: 'prevent',
    evidence: 'low',
    sources: ['rabbitt_2016', 'miller_2022'],
  },
  heat_cramp_advice: {
    kind: 'prevent',
    evidence: 'consensus',
    sources: ['cdc_heat_cramps', 'miller_2022'],
    reviewerNote:
      'Brief lists this as prevent/now; we file it under prevention because a night-time result reader is usually no longer active in the heat. Contested point 7 (terminology). Over-drinking harm from [29].',
  },
  cramp_diary: {
    kind: 'prevent',
    evidence: 'consensus',
    sources: ['rabbitt_2016'],
  },
  expect_improvement: {
    kind: 'prevent',
    evidence: 'low',
    sources: ['frusso_1999', 'nice_cks_2012'],
  },
  avoid_quinine: {
    kind: 'prevent',
    evidence: 'high',
    sources: ['fda_quinine_2010', 'mhra_quinine', 'cochrane_quinine_2015'],
  },
  magnesium_not_helpful: {
    kind: 'prevent',
    evidence: 'high',
    sources: ['cochrane_magnesium_2020', 'frusso_1999'],
    reviewerNote:
      'Cochrane 2020 certainty is moderate to high depending on the outcome. The kidney-disease caution is consensus (not in the retrieved Cochrane excerpt), per brief §d.4.',
  },

  // ——— Cause-specific ———
  no_massage_calf: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nhs_dvt'],
    reviewerNote:
      'Brief RF7/§g: precaution with no authoritative source found; clinician to confirm. nhs_dvt is cited only for the clot signs.',
  },
  heat_first_aid: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['cdc_heat_cramps'],
    reviewerNote:
      'Brief §c.4 [30] (CDC heat cramps: stop, rest somewhere cool) and RF5 (heat stroke signs are first-aid consensus). Cooling the skin actively (wet cloths, fanning) is widely taught first aid but is not in the retrieved sources, so it is not said; clinicians may wish to add it. Nothing to drink is suggested: the brief’s juice or sports drink is advice for heat cramps, not for someone confused or collapsed.',
  },
  sleep_start_habits: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['hypnic_jerk_review_2018'],
  },
  child_when_to_see_doctor: {
    kind: 'get_help',
    evidence: 'consensus',
    sources: ['nenc_growing_pains'],
  },
  growing_pains_watch: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nenc_growing_pains'],
    reviewerNote:
      'Brief §a [43] gives the typical pattern and the features that are not growing pains, but no relief measures; so the "now" advice is to watch the pattern. Clinicians may wish to add comfort measures.',
  },
  rls_iron_check: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['irlssg_2012'],
    reviewerNote: 'Iron check and "treatable" come from brief §f; the IRLSSG criteria themselves cover diagnosis only.',
  },
  plmd_sleep_study: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nsf_plmd'],
  },
  circulation_check: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['nice_cg147', 'rcem_limb_ischaemia'],
  },
  spine_check: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['neurogenic_claudication', 'cauda_equina_leaflet'],
  },
  neuropathy_check: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['ada_neuropathy', 'allen_2012'],
  },
  review_medicines: {
    kind: 'now',
    evidence: 'low',
    sources: ['garrison_2012', 'allen_2012', 'mosenkis_2005'],
  },
  quinine_review: {
    kind: 'now',
    evidence: 'high',
    sources: ['mhra_quinine', 'fda_quinine_2010'],
  },
  ppi_magnesium_check: {
    kind: 'now',
    evidence: 'high',
    sources: ['fda_ppi_2011'],
  },
  tell_midwife: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['hse_pregnancy_cramps', 'nhs_dvt'],
  },
  tell_specialist_team: {
    kind: 'now',
    evidence: 'consensus',
    sources: ['cirrhosis_cramps_1996', 'holley_dialysis', 'nccih_detox'],
  },
  mention_at_diabetes_review: {
    kind: 'now',
    evidence: 'low',
    sources: ['grandner_2017', 'ada_neuropathy'],
    reviewerNote:
      'The brief is silent on the urgency for diabetes alone (it lists neuropathic feet and sleep disturbance as see_doctor). We suggest the next routine review, with a GP visit sooner for those see_doctor features.',
  },
  thyroid_check: {
    kind: 'now',
    evidence: 'low',
    sources: ['hypothyroid_myopathy_case', 'nice_cks_2012'],
  },

  // ——— The calcium answer (brief §d, §g) ———
  calcium_unlikely: {
    kind: 'calcium',
    evidence: 'consensus',
    sources: [
      'allen_2012',
      'rabbitt_2016',
      'nice_cks_2012',
      'yourhormones_hypocalcaemia',
      'cochrane_pregnancy_2015',
      'young_2002',
      'iom_calcium_2011',
      'bolland_2010',
    ],
    reviewerNote:
      'Label "consensus" describes the headline answer (reviews/guidance say most cramps are idiopathic, labs usually normal). For calcium as a treatment in non-pregnant adults the brief found no trial at all (none_found). Upper limits are for 19+; the app’s adult group starts at 16 and the brief gives no limit for 16–18, so none is stated for them.',
  },
  calcium_check: {
    kind: 'calcium',
    evidence: 'consensus',
    sources: ['yourhormones_hypocalcaemia'],
  },
  calcium_urgent: {
    kind: 'calcium',
    evidence: 'consensus',
    sources: ['yourhormones_hypocalcaemia'],
  },
  calcium_pregnancy: {
    kind: 'calcium',
    evidence: 'low',
    sources: ['cochrane_pregnancy_2015', 'young_2002', 'hse_pregnancy_cramps'],
    reviewerNote: 'Contested point 4: old Cochrane (2002) positive vs 2015/2020 Cochrane low/very-low certainty.',
  },
  calcium_tablets_caution: {
    kind: 'calcium',
    evidence: 'consensus',
    sources: ['iom_calcium_2011', 'bolland_2010'],
    reviewerNote:
      'Upper limits are expert-panel values (consensus). Harm evidence is weaker: kidney-stone figure from an editorial summary; heart risk disputed (Bolland 2010 vs later analyses). Kidney-disease caution from brief §d.3 ("concerns greater in kidney disease").',
  },

  // ——— Safety net (brief §g) ———
  safety_net: {
    kind: 'get_help',
    evidence: 'consensus',
    sources: ['nhs_dvt', 'nhs_leg_cramps', 'myositis_rhabdo', 'rcem_limb_ischaemia', 'cauda_equina_leaflet'],
    reviewerNote:
      'Brief §g lists "numbness/weakness" without a level. We set new weakness or numbness in a leg to same-day (matching g2.7), and kept emergency for the cold pale leg, dark urine, chest and saddle/bladder signs.',
  },
  quinine_warning_signs: {
    kind: 'get_help',
    evidence: 'high',
    sources: ['fda_quinine_2010', 'mhra_quinine'],
  },
};
