import { SOURCE_IDS, type SourceId } from '../ids';
import type { Source } from './types';

/**
 * The sources the content cites, one per id in SOURCE_IDS (content/ids.ts).
 *
 * Rules followed (see the evidence brief's note above its reference list):
 * - Each entry names the ORIGINAL publication or the publisher's own page. The brief often read
 *   a text through a third-party copy (mirrors, PDF sites, news reprints); those addresses are
 *   never used here.
 * - `url` is set only where the brief gives the publisher's own page (or an open-access original
 *   on PubMed Central). Where it gave only copies, there is no url; the app can still link a
 *   PubMed record from `pmid`.
 * - `pmid` and `doi` only where the brief gives them, or where they follow unambiguously from it
 *   (Cochrane review number + version → DOI 10.1002/14651858.CDxxxxxx.pubN).
 * - Authors exactly as the brief gives them; "Authors not named in the brief" where it does not.
 *   `year` is null where the brief gives no year.
 * - Where one reference number covers several documents, the main fields describe the most
 *   authoritative original and the others are named in `publication`.
 * - Web addresses given by the brief as http:// are written as https:// on the same host and path.
 */

/** Ties each entry's `id` to its key, so a copy-paste slip fails the typecheck. */
type SourceTable = { readonly [K in SourceId]: Source & { readonly id: K } };

const table: SourceTable = {
  allen_2012: {
    id: 'allen_2012',
    authors: 'Allen RE, Kirby KA',
    title: 'Nocturnal leg cramps',
    publication: 'American Family Physician 2012;86(4):350–355 (American Academy of Family Physicians)',
    year: 2012,
    pmid: '22963024',
    briefRef: 1,
  },
  aafp_2017: {
    id: 'aafp_2017',
    authors: 'American Family Physician',
    note: 'Authors not named in the brief.',
    title: 'What is the best treatment for nocturnal leg cramps?',
    publication: 'American Family Physician 2017;96(7): online, Clinical Inquiry (American Academy of Family Physicians)',
    year: 2017,
    url: 'https://www.aafp.org/afp/2017/1001/od3.html',
    briefRef: 2,
  },
  nice_cks_2012: {
    id: 'nice_cks_2012',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Leg cramps',
    publication: 'NICE Clinical Knowledge Summaries (CKS); version read last revised September 2012',
    year: 2012,
    url: 'https://cks.nice.org.uk/leg-cramps',
    briefRef: 3,
  },
  nhs_leg_cramps: {
    id: 'nhs_leg_cramps',
    shortTitle: 'Leg cramps',
    authors: 'NHS',
    title: 'Leg cramps',
    // The original publication is linked (a GP reviewing 0.6.0 found "NHS: Leg cramps" opening nidirect).
    // The brief read this page only through copies; its advice is also published by nidirect.
    publication:
      'NHS (nhs.uk) patient information page. The same advice is published by nidirect ' +
      '(Northern Ireland Government), "Leg cramps"',
    year: null,
    url: 'https://www.nhs.uk/conditions/leg-cramps/',
    briefRef: 4,
  },
  aan_2010: {
    id: 'aan_2010',
    authors: 'Katzberg HD, Khan AH, So YT',
    title:
      'Assessment: symptomatic treatment for muscle cramps (an evidence-based review). Report of the ' +
      'Therapeutics and Technology Assessment Subcommittee of the American Academy of Neurology',
    publication: 'Neurology 2010;74(8):691–696 (American Academy of Neurology guideline; reaffirmed 2016 and 2022)',
    year: 2010,
    briefRef: 5,
  },
  cochrane_magnesium_2020: {
    id: 'cochrane_magnesium_2020',
    authors: 'Garrison SR, Korownyk CS, Kolber MR, et al.',
    title: 'Magnesium for skeletal muscle cramps',
    publication: 'Cochrane Database of Systematic Reviews 2020;9:CD009402 (update of the 2012 review)',
    year: 2020,
    doi: '10.1002/14651858.CD009402.pub3',
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD009402.pub3',
    briefRef: 6,
  },
  cochrane_quinine_2015: {
    id: 'cochrane_quinine_2015',
    authors: 'El-Tawil S, Al Musa T, Valli H, Lunn MPT, Brassington R, El-Tawil T, Weber M',
    title: 'Quinine for muscle cramps',
    publication: 'Cochrane Database of Systematic Reviews 2015;(4):CD005044',
    year: 2015,
    doi: '10.1002/14651858.CD005044.pub3',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11055607/',
    briefRef: 7,
  },
  cochrane_pregnancy_2015: {
    id: 'cochrane_pregnancy_2015',
    authors: 'Zhou K, West HM, Zhang J, Xu L, Li W',
    title: 'Interventions for leg cramps in pregnancy',
    publication:
      'Cochrane Database of Systematic Reviews 2015;(8):CD010655. Updated in 2020 ' +
      '(CD010655.pub3, DOI 10.1002/14651858.CD010655.pub3; 8 studies, 576 women)',
    year: 2015,
    doi: '10.1002/14651858.CD010655.pub2',
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD010655.pub2/full',
    briefRef: 8,
  },
  young_2002: {
    id: 'young_2002',
    authors: 'Young GL, Jewell D',
    title: 'Interventions for leg cramps in pregnancy',
    publication:
      'Cochrane Database of Systematic Reviews 2002, CD000121 (superseded by Zhou et al. 2015). ' +
      'Also: Young G. Leg cramps. BMJ Clinical Evidence 2009:1113 (open access, PMC2907778)',
    year: 2002,
    briefRef: 9,
  },
  fda_quinine_2010: {
    id: 'fda_quinine_2010',
    authors: 'US Food and Drug Administration',
    title: 'Drug Safety Communication and REMS for Qualaquin (quinine sulfate); boxed warning',
    publication:
      'FDA Drug Safety Communication, July 2010: Qualaquin is not for night leg cramps (risk evaluation ' +
      'and mitigation strategy, REMS). Also: FDA action against unapproved quinine products, December 2006',
    year: 2010,
    briefRef: 10,
  },
  mhra_quinine: {
    id: 'mhra_quinine',
    authors: 'Medicines and Healthcare products Regulatory Agency (MHRA), UK',
    title: 'Drug Safety Updates on quinine',
    publication:
      'MHRA Drug Safety Update: June 2010; December 2014 ("not to be used routinely" for nocturnal ' +
      'leg cramps); November 2017 (reminder about heart-rhythm (QT) risk)',
    year: 2014,
    briefRef: 11,
  },
  hallegraeff_2012: {
    id: 'hallegraeff_2012',
    authors: 'Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MHG',
    title:
      'Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older ' +
      'adults: a randomised trial',
    publication: 'Journal of Physiotherapy 2012;58(1):17–22',
    year: 2012,
    pmid: '22341378',
    url: 'https://pubmed.ncbi.nlm.nih.gov/22341378/',
    briefRef: 12,
  },
  coppin_2005: {
    id: 'coppin_2005',
    authors: 'Coppin RJ, et al.',
    title:
      'Managing nocturnal leg cramps — calf-stretching exercises and cessation of quinine treatment: ' +
      'a factorial randomised controlled trial',
    publication: 'British Journal of General Practice 2005;55:186',
    year: 2005,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1463088/',
    briefRef: 13,
  },
  cochrane_nondrug_2021: {
    id: 'cochrane_nondrug_2021',
    authors: 'Hawke F, Sadler SG, Katzberg HD, Pourkazemi F, Chuter V, Burns J',
    title: 'Non-drug therapies for the secondary prevention of lower limb muscle cramps',
    publication: 'Cochrane Database of Systematic Reviews 2021;(5):CD008496',
    year: 2021,
    doi: '10.1002/14651858.CD008496.pub3',
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD008496.pub3',
    briefRef: 14,
  },
  garrison_2012: {
    id: 'garrison_2012',
    authors: 'Garrison SR, et al.',
    title: 'Nocturnal leg cramps and prescription use that precedes them: a sequence symmetry analysis',
    publication: 'Archives of Internal Medicine 2012;172(2):120–126',
    year: 2012,
    pmid: '22157068',
    briefRef: 15,
  },
  garrison_2015: {
    id: 'garrison_2015',
    authors: 'Garrison SR, Dormuth CR, Morrow RL, Carney GA, Khan KM',
    title: 'Seasonal effects on the occurrence of nocturnal leg cramps: a prospective cohort study',
    publication: 'CMAJ 2015;187(4):248–253',
    year: 2015,
    pmid: '25623650',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25623650/',
    briefRef: 16,
  },
  hallegraeff_2017: {
    id: 'hallegraeff_2017',
    authors: 'Hallegraeff J, de Greef M, Krijnen W, van der Schans C',
    title: 'Criteria in diagnosing nocturnal leg cramps: a systematic review',
    publication: 'BMC Family Practice 2017;18:29',
    year: 2017,
    briefRef: 17,
  },
  rabbitt_2016: {
    id: 'rabbitt_2016',
    authors: "Rabbitt L, Mulkerrin EC, O'Keeffe ST",
    title: 'A review of nocturnal leg cramps in older people',
    publication:
      "Age and Ageing 2016;45(6):776–782. Also: Butler JV, Mulkerrin EC, O'Keeffe ST. Nocturnal leg " +
      'cramps in older people. Postgraduate Medical Journal 2002;78:596–598',
    year: 2016,
    pmid: '27515677',
    url: 'https://pubmed.ncbi.nlm.nih.gov/27515677/',
    briefRef: 18,
  },
  nsf_leg_cramps: {
    id: 'nsf_leg_cramps',
    shortTitle: 'Leg cramps',
    authors: 'National Sleep Foundation',
    title: 'Sleep-related leg cramps',
    publication:
      'National Sleep Foundation, Sleep Disorders handbook, chapter 7 (sleep-related movement ' +
      'disorders); summarises the International Classification of Sleep Disorders (ICSD) criteria',
    year: null,
    url:
      'https://sleepdisorders.thensf.org/chapter-7-sleep-related-movement-disorders/sleep-related-leg-cramps/' +
      'assessment-and-diagnosis-of-sleep-related-leg-cramps/',
    briefRef: 19,
  },
  irlssg_2012: {
    id: 'irlssg_2012',
    authors: 'International Restless Legs Syndrome Study Group (IRLSSG)',
    title: '2012 Revised IRLSSG Diagnostic Criteria for RLS',
    publication:
      'International Restless Legs Syndrome Study Group website (an NHS Wales HEIW summary cites the ' +
      '2014 journal publication of these criteria)',
    year: 2012,
    url: 'https://irlssg.wildapricot.org/Diagnostic-Criteria',
    briefRef: 20,
  },
  nsf_plmd: {
    id: 'nsf_plmd',
    shortTitle: 'PLMD',
    authors: 'National Sleep Foundation',
    title: 'Assessment and diagnosis of PLMD (periodic limb movement disorder)',
    publication:
      'National Sleep Foundation, Sleep Disorders handbook, chapter 7 (sleep-related movement ' +
      'disorders). See also: MSD Manual Consumer Version, PLMD and RLS (2024)',
    year: null,
    briefRef: 21,
  },
  hypnic_jerk_review_2018: {
    id: 'hypnic_jerk_review_2018',
    authors: 'Authors not named in the brief',
    title: 'Review of hypnic jerks',
    publication:
      'Springer journal review article, 2018; notes that the International Classification of Sleep ' +
      'Disorders (ICSD-3) treats hypnic jerks as a normal variant',
    note: 'Journal not named in the brief.',
    year: 2018,
    doi: '10.1007/s40675-018-0104-9',
    url: 'https://link.springer.com/article/10.1007/s40675-018-0104-9',
    briefRef: 22,
  },
  nhs_dvt: {
    id: 'nhs_dvt',
    shortTitle: 'DVT',
    authors: 'NHS',
    title: 'Deep vein thrombosis (DVT)',
    publication:
      'NHS (nhs.uk) conditions page. Risk factors also from University College London Hospitals ' +
      'NHS Foundation Trust, "Deep vein thrombosis" patient information',
    year: null,
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
    briefRef: 23,
  },
  rcem_limb_ischaemia: {
    id: 'rcem_limb_ischaemia',
    authors: 'Royal College of Emergency Medicine (RCEMLearning)',
    title: 'Acute limb ischaemia: the 6 Ps',
    publication: 'RCEMLearning module "Acute limb ischaemia", clinical assessment and risk stratification',
    year: null,
    url:
      'https://www.rcemlearning.co.uk/modules/acute-limb-ischaemia/lessons/' +
      'clinical-assessment-and-risk-stratification-18/topic/the-6-ps/',
    briefRef: 24,
  },
  nice_cg147: {
    id: 'nice_cg147',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Lower limb peripheral arterial disease (CG147): context',
    publication:
      'NICE clinical guideline CG147. Also: NICE technology appraisal TA223, section 2 ' +
      '(clinical need and practice)',
    year: null,
    url: 'https://nice.org.uk/guidance/CG147/chapter/context',
    briefRef: 25,
  },
  neurogenic_claudication: {
    id: 'neurogenic_claudication',
    authors: 'Operative Neurosurgery (wiki); Medical Algorithms (medicalalgorithms.com)',
    title: 'Neurogenic claudication',
    publication:
      'Lower-authority online clinical references: Operative Neurosurgery wiki, "Neurogenic ' +
      'claudication"; Medical Algorithms, "Neurogenic claudication (pseudoclaudication) in a patient ' +
      'with spinal stenosis of the lumbosacral spine"',
    year: null,
    url: 'https://operativeneurosurgery.com/doku.php?id=neurogenic_claudication',
    briefRef: 26,
  },
  cauda_equina_leaflet: {
    id: 'cauda_equina_leaflet',
    authors: 'Royal Free London NHS Foundation Trust',
    title: 'Cauda equina syndrome',
    publication:
      'NHS patient information leaflet (Royal Free London NHS Foundation Trust). Similar warning-sign ' +
      'leaflets: Chesterfield Royal Hospital NHS Foundation Trust; Oxford University Hospitals (March 2014)',
    year: null,
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
    briefRef: 27,
  },
  myositis_rhabdo: {
    id: 'myositis_rhabdo',
    authors: 'The Myositis Association',
    title: 'Rhabdomyolysis',
    publication:
      'The Myositis Association patient information. Statin points also from: European Atherosclerosis ' +
      'Society Consensus Panel, statin-associated muscle symptoms, European Heart Journal ' +
      '2015;36(17):1012–1022 (open access, PMC4416140)',
    year: null,
    url: 'https://www.myositis.org/about-myositis/complications/rhabdomyolysis/',
    briefRef: 28,
  },
  miller_2022: {
    id: 'miller_2022',
    authors: 'Miller KC, McDermott BP, Yeargin SW, Fiol A, Schwellnus MP',
    title:
      'An evidence-based review of the pathophysiology, treatment, and prevention of ' +
      'exercise-associated muscle cramps',
    publication:
      'Journal of Athletic Training 2022;57(1):5–15 (online 2021). See also: Schwellnus M, British ' +
      'Journal of Sports Medicine 2008; Miller KC, Current Sports Medicine Reports 2015',
    year: 2022,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8775277',
    briefRef: 29,
  },
  cdc_heat_cramps: {
    id: 'cdc_heat_cramps',
    authors: 'US Centers for Disease Control and Prevention (CDC)',
    title: 'Heat cramps',
    publication:
      'CDC heat-illness advice. Also: Mayo Clinic, "First aid: Heat cramps" (2024, citing the CDC)',
    year: null,
    briefRef: 30,
  },
  cirrhosis_cramps_1996: {
    id: 'cirrhosis_cramps_1996',
    authors: 'Authors not named in the brief',
    title: 'Cirrhosis and muscle cramps: evidence of a causal relationship',
    publication:
      'Hepatology. Also: Abrams GA, Concato J, Fallon MB. ' +
      'Muscle cramps in patients with cirrhosis. American Journal of Gastroenterology 1996; and Roberts ' +
      'AT, et al. Management of muscle cramps in patients with cirrhosis: systematic review of RCTs. ' +
      'Alimentary Pharmacology & Therapeutics 2024 (DOI 10.1111/apt.18398)',
    year: null,
    pmid: '8591851',
    doi: '10.1002/hep.510230211',
    url: 'https://onlinelibrary.wiley.com/doi/10.1002/hep.510230211/abstract',
    briefRef: 31,
    note: 'Authors, volume and year of the Hepatology paper not given in the brief.',
  },
  holley_dialysis: {
    id: 'holley_dialysis',
    authors: 'Holley JL',
    title: 'Muscle cramps in dialysis patients',
    publication: 'UpToDate (version read © 2017)',
    year: 2017,
    url: 'https://www.uptodate.com/contents/muscle-cramps-in-dialysis-patients',
    briefRef: 32,
  },
  hypothyroid_myopathy_case: {
    id: 'hypothyroid_myopathy_case',
    authors: 'Authors not named in the brief',
    title: 'Case report: hypothyroid myopathy with raised creatine kinase (CK)',
    publication: 'Case report, open access, PMC6663251',
    note: 'Authors and journal not named in the brief.',
    year: null,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6663251',
    briefRef: 33,
  },
  yourhormones_hypocalcaemia: {
    id: 'yourhormones_hypocalcaemia',
    authors: 'Society for Endocrinology',
    title: 'Hypocalcaemia',
    publication:
      'You and Your Hormones (Society for Endocrinology patient information). See also: Columbia ENT, ' +
      '"Hypoparathyroidism"',
    year: null,
    url: 'https://www.yourhormones.info/endocrine-conditions/hypocalcaemia/',
    briefRef: 34,
  },
  fda_ppi_2011: {
    id: 'fda_ppi_2011',
    authors: 'US Food and Drug Administration',
    title: 'Low magnesium levels can be associated with long-term use of proton pump inhibitors',
    publication: 'FDA Drug Safety Communication, 2 March 2011',
    year: 2011,
    url: 'https://www.fda.gov/drugs/drugsafety/ucm245011.htm',
    briefRef: 35,
  },
  iom_calcium_2011: {
    id: 'iom_calcium_2011',
    authors: 'Institute of Medicine',
    title: 'Dietary Reference Intakes for Calcium and Vitamin D',
    publication:
      'Institute of Medicine report, 2011, chapter 6 (tolerable upper intake levels, US Food and ' +
      'Nutrition Board). See also: NIH Office of Dietary Supplements, calcium upper limits; Linus ' +
      'Pauling Institute, "Calcium"',
    year: 2011,
    url: 'https://ncbi.nlm.nih.gov/books/n/nap13050/ch6',
    briefRef: 36,
  },
  bolland_2010: {
    id: 'bolland_2010',
    authors: 'Bolland MJ, Avenell A, Baron JA, Grey A, MacLennan GS, Gamble GD, Reid IR',
    title:
      'Effect of calcium supplements on risk of myocardial infarction and cardiovascular events: ' +
      'meta-analysis',
    publication:
      'BMJ 2010;341:c3691. See also: editorial "Calcium supplements: bad for the heart?", Heart, ' +
      'June 2012; "Calcium supplements and risk of cardiovascular disease: a meta-analysis of clinical ' +
      'trials", Nutrients 2021;13(2):368',
    year: 2010,
    url: 'https://www.bmj.com/content/341/bmj.c3691',
    briefRef: 36,
  },
  tan_2024: {
    id: 'tan_2024',
    authors: 'Tan J, Zhu R, Li Y, Wang L, Liao S, Cheng L, Mao L, Jing D',
    title: 'Vitamin K2 in managing nocturnal leg cramps: a randomized clinical trial',
    publication: 'JAMA Internal Medicine 2024 (published online 28 October 2024)',
    year: 2024,
    pmid: '39466236',
    url: 'https://pubmed.ncbi.nlm.nih.gov/39466236/',
    briefRef: 37,
  },
  frusso_1999: {
    id: 'frusso_1999',
    authors: 'Frusso R, Zárate M, Augustovski F, Rubinstein A',
    title: 'Magnesium for the treatment of nocturnal leg cramps: a crossover randomized trial',
    publication: 'Journal of Family Practice 1999;48(11):868–871',
    year: 1999,
    briefRef: 38,
  },
  nccih_detox: {
    id: 'nccih_detox',
    authors: 'National Center for Complementary and Integrative Health (NCCIH), US National Institutes of Health',
    title: '"Detoxes" and "Cleanses": What You Need To Know',
    publication: 'NCCIH health information page',
    year: null,
    url: 'https://www.nccih.nih.gov/health/detoxes-and-cleanses-what-you-need-to-know',
    briefRef: 39,
  },
  hse_pregnancy_cramps: {
    id: 'hse_pregnancy_cramps',
    authors: 'Health Service Executive (HSE), Ireland',
    title: 'Leg cramps during pregnancy',
    publication: 'HSE health information page (reviewed 14 November 2018)',
    year: 2018,
    url: 'https://www2.hse.ie/conditions/leg-cramps-pregnancy/',
    briefRef: 40,
  },
  grandner_2017: {
    id: 'grandner_2017',
    authors: 'Grandner MA, Winkelman JW',
    title:
      'Nocturnal leg cramps: prevalence and associations with demographics, sleep disturbance ' +
      'symptoms, medical conditions, and cardiometabolic risk factors',
    publication: 'PLoS One 2017;12(6):e0178465',
    year: 2017,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5460850',
    briefRef: 41,
  },
  ada_neuropathy: {
    id: 'ada_neuropathy',
    authors: 'American Diabetes Association',
    title: 'Peripheral neuropathy',
    publication: 'American Diabetes Association patient information',
    year: null,
    url: 'https://www.diabetes.org/living-with-diabetes/complications/neuropathy/peripheral-neuropathy.html',
    briefRef: 42,
  },
  nenc_growing_pains: {
    id: 'nenc_growing_pains',
    authors: 'NHS North East and North Cumbria Healthier Together',
    title: 'Childhood growing pains',
    publication:
      'Healthier Together professional pathway (musculoskeletal presentations in babies and children). ' +
      'See also: Duodecim EBM Guidelines, "Growing pains"',
    year: null,
    url:
      'https://nenc-healthiertogether.nhs.uk/professionals/musculoskeletal-presentations-chronic-babies-and-children/' +
      'childhood-growing-pains',
    briefRef: 43,
  },
  mosenkis_2005: {
    id: 'mosenkis_2005',
    authors: 'Mosenkis A, Townsend RR',
    title: 'Muscle cramps and diuretic therapy',
    publication:
      'Journal of Clinical Hypertension 2005;7(2):134–135. See also: Haskell SG, Fiebach NH. Clinical ' +
      'epidemiology of nocturnal leg cramps in male veterans',
    note: 'Journal and year of the Haskell and Fiebach paper not given in the brief.',
    year: 2005,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8109617/',
    briefRef: 44,
  },
  mayo_2014: {
    id: 'mayo_2014',
    authors: 'Mayo Clinic News Network',
    title: 'How to prevent night leg cramps',
    publication: 'Mayo Clinic News Network',
    year: 2014,
    briefRef: 49,
  },
};

export const sources: Record<SourceId, Source> = table;

/**
 * Source ids in the evidence brief's reference order (by briefRef; ids that share a reference
 * number keep their SOURCE_IDS order, e.g. iom_calcium_2011 before bolland_2010 for [36]).
 */
export const SOURCE_ORDER: readonly SourceId[] = [...SOURCE_IDS].sort(
  (a, b) => sources[a].briefRef - sources[b].briefRef,
);
