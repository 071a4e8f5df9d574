import type { MythFacts } from './types';

/**
 * The myths the result answers ("Things you may have read"), in the order shown.
 * Each language pack gives the claim and the answer in words (ui.result.myths);
 * the sources behind each answer are here.
 *
 * The brief lists seven "wrong or unsupported" claims; the brief for this file
 * asked for 4 to 6 entries, so two of them share `water_magnesium`.
 */
export const MYTH_IDS = ['calcium', 'liver_detox', 'red_light', 'lactic_acid', 'water_magnesium', 'quinine_tonic'] as const;
export type MythId = (typeof MYTH_IDS)[number];

export const myths: Record<MythId, MythFacts> = {
  calcium: {
    sources: [
      'allen_2012',
      'rabbitt_2016',
      'nice_cks_2012',
      'yourhormones_hypocalcaemia',
      'cochrane_pregnancy_2015',
      'young_2002',
      'iom_calcium_2011',
    ],
  },
  liver_detox: {
    sources: ['cirrhosis_cramps_1996', 'nccih_detox'],
  },
  red_light: {
    sources: ['rabbitt_2016', 'nice_cg147', 'rcem_limb_ischaemia'],
    reviewerNote:
      'The brief found no evidence either way [46]; the answer says so and cites only the counter-arguments the brief gives (never the vendor pages).',
  },
  lactic_acid: {
    sources: ['holley_dialysis', 'rabbitt_2016', 'allen_2012'],
    reviewerNote:
      'The brief found no evidence either way [47]; the answer says so and cites only the counter-arguments the brief gives.',
  },
  water_magnesium: {
    sources: ['cochrane_magnesium_2020', 'miller_2022', 'cdc_heat_cramps'],
    reviewerNote:
      '"Drink lots of water / take electrolytes" and "magnesium fixes cramps" are merged into one entry (they are often made together as "minerals and fluids").',
  },
  quinine_tonic: {
    sources: ['fda_quinine_2010', 'mhra_quinine', 'cochrane_quinine_2015'],
    reviewerNote:
      'The brief found no source that tested tonic water, so the answer says exactly that and does not claim how much quinine it contains.',
  },
};
