import type { CauseId } from '../ids';
import type { CauseFacts } from './types';

/**
 * The facts behind each likely cause a result can name (evidence brief §a, §b, §c, §g);
 * the words are in each language pack (content/<lang>/causes.ts).
 * `evidence` labels the link between the answers and the cause, using the
 * brief's label table.
 */
export const causes: Record<CauseId, CauseFacts> = {
  // ——— Emergencies (brief §b, §g level 1) ———
  pulmonary_embolism: {
    evidence: 'consensus',
    sources: ['nhs_dvt'],
  },
  acute_limb_ischaemia: {
    evidence: 'consensus',
    sources: ['rcem_limb_ischaemia'],
  },
  cauda_equina: {
    evidence: 'consensus',
    sources: ['cauda_equina_leaflet'],
  },
  rhabdomyolysis: {
    evidence: 'consensus',
    sources: ['myositis_rhabdo'],
  },
  heat_stroke: {
    evidence: 'consensus',
    sources: ['cdc_heat_cramps', 'miller_2022'],
    reviewerNote:
      'Brief RF5/g1.5: the sources say heat cramps can progress to heat exhaustion/stroke, but the named signs (confusion, very hot skin, collapse) are first-aid consensus, not detailed in the retrieved sources. Since content 0.5.0 the option does not require exercise (an overheated room is enough), and the result gives the one first-aid step the brief has: rest somewhere cool [30] (heat_first_aid).',
  },
  severe_low_calcium: {
    evidence: 'consensus',
    sources: ['yourhormones_hypocalcaemia'],
  },
  tetanus: {
    evidence: 'consensus',
    sources: ['nhs_leg_cramps'],
    reviewerNote:
      'Brief RF6: NHS advises an urgent appointment for possible tetanus. Escalating to emergency for jaw stiffness or trouble swallowing is the brief’s own consensus proposal (g1.7), not from a retrieved source. This cause is also used for the urgent "dirty wound" answer, so the text covers both levels.',
  },
  fainting: {
    evidence: 'consensus',
    sources: ['nhs_dvt', 'fda_quinine_2010', 'fda_ppi_2011'],
    reviewerNote:
      'Brief RF1/§g 1.1 (clot in the lung: fainting from lower-authority pages in [23]), §g 1.8 (quinine with fainting [10]) and RF12 (PPI with fainting, proposed emergency [35]). Asked as its own sign since content 0.5.0, so a fainting quinine user is not told only "clot in the lung". The cause names no single condition; clinicians may prefer a different grouping.',
  },
  quinine_toxicity: {
    evidence: 'high',
    sources: ['fda_quinine_2010', 'mhra_quinine'],
    reviewerNote:
      'The brief does not say whether to skip further doses while waiting to be seen (FDA: contact a clinician immediately). We give no stop/continue instruction; clinicians may wish to add "don’t take your next dose until you have spoken to a clinician".',
  },

  // ——— Same-day problems (brief §b, §g level 2) ———
  dvt: {
    evidence: 'consensus',
    sources: ['nhs_dvt', 'hse_pregnancy_cramps', 'nice_cks_2012'],
    reviewerNote:
      'Contested point 9: NHS frames suspected DVT as an urgent same-day GP problem; some services send straight to the emergency department. We follow the brief’s "urgent" level; emergency would also be safe.',
  },
  prolonged_cramp: {
    evidence: 'consensus',
    sources: ['nhs_leg_cramps', 'allen_2012', 'nsf_leg_cramps'],
    reviewerNote:
      'Contested point 11: current NHS wording is "urgent appointment"; older NHS copy and nidirect say "immediate medical help". We use same-day (urgent).',
  },
  severe_limb_ischaemia: {
    evidence: 'consensus',
    sources: ['nice_cg147', 'rcem_limb_ischaemia'],
  },
  nerve_root_compression: {
    evidence: 'consensus',
    sources: ['neurogenic_claudication', 'cauda_equina_leaflet'],
    reviewerNote:
      'Brief g2.7: same-day for one-leg weakness with back/shooting pain is consensus; the cauda equina leaflets advise urgent help for combinations of back and leg symptoms. Sources for sciatica are lower-authority. Weakness in one leg WITHOUT back pain: the brief is silent; we keep it same-day (the safer path) and name the trapped nerve only as one possible reason.',
  },
  low_calcium: {
    evidence: 'consensus',
    sources: ['yourhormones_hypocalcaemia'],
  },
  low_magnesium_ppi: {
    evidence: 'high',
    sources: ['fda_ppi_2011'],
    reviewerNote:
      'Contested point 10: the FDA advises seeking immediate care; the brief proposes same-day (urgent) only with palpitations/tremor, emergency if seizure/fainting. Clinician decision needed. Label "high" reflects the regulator’s safety communication on the PPI–magnesium link.',
  },
  statin_muscle: {
    evidence: 'low',
    sources: ['myositis_rhabdo', 'garrison_2012'],
    reviewerNote:
      'Brief g2.8: some clinicians would accept a doctor visit within 1–2 days. Statin causation of muscle symptoms is debated (European consensus, [28]). We deliberately give no advice on pausing the statin before the same-day review; clinicians to decide.',
  },

  // ——— Kinds of leg trouble (brief §a) ———
  night_cramp: {
    evidence: 'consensus',
    sources: ['allen_2012', 'rabbitt_2016', 'nice_cks_2012', 'hallegraeff_2017', 'nsf_leg_cramps'],
    reviewerNote:
      '"Idiopathic" and the nerve/fatigue explanation come from reviews and guidance (AAFP, CKS, Age Ageing review), so labelled consensus rather than trial evidence.',
  },
  restless_legs: {
    evidence: 'consensus',
    sources: ['irlssg_2012'],
  },
  sleep_starts: {
    evidence: 'consensus',
    sources: ['hypnic_jerk_review_2018'],
    reviewerNote:
      'Only source is a single 2018 review abstract (plus Wikipedia, not cited); no sleep-society page was found.',
  },
  plmd: {
    evidence: 'consensus',
    sources: ['nsf_plmd'],
  },
  pad: {
    evidence: 'consensus',
    sources: ['nice_cg147'],
  },
  spinal_stenosis: {
    evidence: 'consensus',
    sources: ['neurogenic_claudication', 'allen_2012'],
    reviewerNote: 'Brief §a: the neurogenic claudication sources are lower-authority (wiki/algorithm pages).',
  },
  sciatica: {
    evidence: 'consensus',
    sources: ['neurogenic_claudication', 'cauda_equina_leaflet'],
    reviewerNote: 'Brief §a: sciatica sources are lower-authority; red-flag wording from the cauda equina leaflets.',
  },
  neuropathy: {
    evidence: 'consensus',
    sources: ['ada_neuropathy', 'allen_2012'],
  },
  unclear_leg_symptoms: {
    evidence: 'consensus',
    sources: ['nice_cks_2012'],
    reviewerNote:
      'Not from the brief’s tables: the app’s safer default when the pattern matches nothing. We route to a doctor rather than reassure. CKS cited only for "examination is normal in ordinary cramps", i.e. a doctor’s examination can tell them apart.',
  },
  growing_pains: {
    evidence: 'consensus',
    sources: ['nenc_growing_pains'],
    reviewerNote:
      'Contested point 12: growing pains as a concept is debated among doctors. Treated as benign only for the typical pattern (both legs, evening/night, gone by morning, no limp).',
  },
  child_needs_check: {
    evidence: 'consensus',
    sources: ['nenc_growing_pains'],
  },

  // ——— Contributors (brief §c, §d) ———
  medicine_effect: {
    evidence: 'low',
    sources: ['garrison_2012', 'mosenkis_2005', 'allen_2012', 'nice_cks_2012'],
    reviewerNote:
      'Contested point 3: the 2012 sequence-symmetry study (low–moderate) found links for LABA and thiazide/potassium-sparing diuretics; older studies found none; statin link is small. Labelled "low" overall to avoid overstating.',
  },
  quinine_use: {
    evidence: 'high',
    sources: ['fda_quinine_2010', 'mhra_quinine', 'cochrane_quinine_2015'],
  },
  ppi_magnesium: {
    evidence: 'high',
    sources: ['fda_ppi_2011'],
  },
  pregnancy_cramps: {
    evidence: 'consensus',
    sources: ['hse_pregnancy_cramps', 'cochrane_pregnancy_2015', 'nhs_leg_cramps', 'nhs_dvt'],
  },
  cirrhosis_cramps: {
    evidence: 'moderate',
    sources: ['cirrhosis_cramps_1996', 'allen_2012', 'nccih_detox'],
  },
  kidney_cramps: {
    evidence: 'consensus',
    sources: ['holley_dialysis', 'allen_2012'],
    reviewerNote:
      'Dialysis link is "moderate" in the brief, but the link for kidney disease not on dialysis rests only on a draft local NHS pathway (brief ref [48], no source id), so not cited. Labelled "consensus" because the answer covers both groups.',
  },
  diabetes: {
    evidence: 'low',
    sources: ['grandner_2017', 'ada_neuropathy'],
  },
  thyroid: {
    evidence: 'low',
    sources: ['hypothyroid_myopathy_case', 'nice_cks_2012'],
  },
  low_calcium_risk: {
    evidence: 'consensus',
    sources: ['yourhormones_hypocalcaemia'],
  },
  sleep_disruption: {
    evidence: 'consensus',
    sources: ['nhs_leg_cramps', 'nice_cks_2012'],
  },
  nerve_or_muscle_disease: {
    evidence: 'consensus',
    sources: ['nice_cks_2012', 'nhs_leg_cramps', 'allen_2012'],
  },
  leg_numbness_swelling: {
    evidence: 'consensus',
    sources: ['nhs_leg_cramps', 'nhs_dvt'],
  },
  exercise_cramps: {
    evidence: 'low',
    sources: ['rabbitt_2016', 'miller_2022', 'myositis_rhabdo'],
  },
  heat_cramps: {
    evidence: 'consensus',
    sources: ['cdc_heat_cramps', 'miller_2022'],
    reviewerNote:
      'Contested point 7: "heat cramps" is CDC terminology; a sports-medicine review calls it inaccurate (neuromuscular cause). Practical advice is the same.',
  },
  foot_position: {
    evidence: 'consensus',
    sources: ['holley_dialysis', 'rabbitt_2016', 'mayo_2014'],
  },
  long_sitting_standing: {
    evidence: 'consensus',
    sources: ['nhs_leg_cramps'],
    reviewerNote:
      'The risk-factor claim rests on brief ref [50] (clinician bulletin, no source id), so it is not cited; nhs_leg_cramps supports only the "move your legs in the day" advice. Wording kept tentative.',
  },
  both_legs_weakness: {
    evidence: 'consensus',
    sources: ['cauda_equina_leaflet', 'myositis_rhabdo'],
    reviewerNote:
      'Brief g1.3 [27] (new weakness in both legs) and g1.4 [28] (dark urine with muscle weakness). Asked as its own answer so that a statin user with weak thighs and dark pee is not told only "cauda equina".',
  },
  day_cramps: {
    evidence: 'consensus',
    sources: ['nsf_leg_cramps', 'rabbitt_2016', 'allen_2012'],
    reviewerNote:
      'Brief §a.1: cramps happen in bed or at rest, and "may also occur by day" [19][18].',
  },
  fluid_loss: {
    evidence: 'low',
    sources: ['nice_cks_2012', 'allen_2012'],
    reviewerNote:
      'The brief is silent on vomiting and diarrhoea. It lists low potassium, magnesium and calcium as real but uncommon causes, with tests when a cause is suspected (§c.3 [3][1]). We take the safer path (see a doctor); clinicians may judge self-care with a safety net enough for a short stomach bug.',
  },
};
