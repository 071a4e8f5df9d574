import type { QuestionId } from '../ids';
import type { QuestionFacts } from './types';

/**
 * The facts behind each question page: the sources of its "why we ask this"
 * text, and the reviewers' notes on what each answer means and why it is asked
 * this way (shown in /diagram, never to the public). The words are in each
 * language pack (content/<lang>/questions.ts).
 */
export const questions: Record<QuestionId, QuestionFacts> = {
  // ---------------------------------------------------------------------------
  // Stage 1: warning signs (brief §b, §g levels 1 and 2)
  // ---------------------------------------------------------------------------
  screen_leg: {
    why: {
      sources: ['nhs_dvt', 'rcem_limb_ischaemia', 'nhs_leg_cramps', 'nice_cg147', 'cauda_equina_leaflet'],
    },
    reviewerNote:
      "cold_pale_leg = RF2/g1.2 [24]; 'mottled' is glossed as 'blotchy'. The label needs the pain AND one of the limb signs, as in the brief; the pain alone is not enough, since an ordinary cramp is also sudden severe pain at rest. " +
      "calf_swollen and calf_sore = RF7/RF8/g2.1 [23][40], split in content 0.5.0 so that a tender or constantly aching calf that is not swollen is not passed over at the words 'One calf is swollen'; we keep the brief's 'rarely both' so a person with two swollen, warm calves still ticks it (safer). The 'bruised for up to a day after a cramp' hint rests on §a.1 [4][17] (soreness up to about a day); soreness that lasts longer counts (the safer reading). Pregnancy/postpartum is asked later, not here, because RF8 has the same level. Urgency for DVT is contested (brief contested point 9): the machine uses urgent; emergency is accepted as safe. " +
      "cramp_over_10_min = RF9 [4]: current NHS 'urgent appointment' vs older NHS 'immediate help' (contested point 11); we follow the brief's urgent. " +
      "one_leg_weak = g2.7, consensus; its label starts with the foot that drags, slaps or catches (how people notice it) since a walker whose foot slapped did not call his leg weak; the CES leaflets [27] advise urgent help for combined back and leg symptoms. Bladder/saddle signs are asked on the next page (emergency).",
  },

  screen_body: {
    why: {
      sources: [
        'nhs_dvt',
        'cauda_equina_leaflet',
        'myositis_rhabdo',
        'cdc_heat_cramps',
        'miller_2022',
        'yourhormones_hypocalcaemia',
        'fda_ppi_2011',
        'nhs_leg_cramps',
      ],
    },
    reviewerNote:
      "One sign, one option since content 0.5.0 (issue 16): each option's first words name its sign, so a reader who skips an option whose first words do not fit misses no other sign; the headings say 'now or in the last few hours' so a sign that has just passed still counts (the brief gives no window; the wider reading is the safer one). " +
      "chest_pain, breathless, coughing_blood, fainted: the brief's RF1/g1.1 is leg clot signs PLUS chest pain, breathlessness, coughing blood or fainting [23]. We ask each on its own, whatever the leg signs, as the safer path (a clot can be missed in the leg). Coughing blood and fainting come from lower-authority pages in [23]; fainting names its own cause, since a quinine or PPI reaction can also cause it (g1.8 [10], RF12 [35]). " +
      "saddle_numb and bladder_bowel = RF3 [27]: the brief pairs these signs with back and/or leg pain; we do not ask for the pain separately, since everyone using the app has leg symptoms (safer). " +
      "dark_urine = RF4 [28], including 'passing little urine'. " +
      "heat_collapse = RF5: the specific signs (confusion, very hot skin, collapse) are first-aid consensus, not detailed in the retrieved sources [30][29]. " +
      "locked_spasm = RF10 severe/g1.6 [34]; seizure (its own option) from g1.6 [34][35]. 'Racing heart' stands for the brief's palpitations / heart-rhythm symptoms. heat_collapse does not require exercise: an overheated room is enough (a relative found an older woman confused and hot at home). " +
      "jaw_stiff_wound = g1.7: consensus escalation of the NHS 'possible tetanus = urgent' advice [4]; jaw stiffness is not in the retrieved sources.",
  },

  screen_medical: {
    why: {
      sources: [
        'fda_quinine_2010',
        'mhra_quinine',
        'yourhormones_hypocalcaemia',
        'fda_ppi_2011',
        'myositis_rhabdo',
        'nhs_leg_cramps',
      ],
    },
    reviewerNote:
      "quinine_heavy_bleeding = g1.8 [10] (fainting is asked on the previous page); quinine_bruising, quinine_hearing_sight and quinine_heartbeat = RF11/g2.4 [10][11], one sign each, so ringing ears is not hidden in a hint and is what the person tells the doctor. We say 'any medicine or product that contains it' for the brief's 'quinine-containing products' and deliberately do not name tonic water, so the page cannot read as a suggestion. " +
      "tingling_mouth = RF10/g2.3 [34]: 'now, with the cramps' separates it from the milder 'comes and goes' tingling on the calcium page (see_doctor). " +
      "ppi_palpitations = RF12/g2.5 [35]: level contested (brief contested point 10; FDA says seek immediate care). The machine uses urgent; clinician decision needed. Only omeprazole is named because the brief names no other PPI. " +
      "statin_severe_pain = g2.8 [28]: some clinicians would accept see_doctor within 1–2 days. As a safety net for anyone who missed the dark-pee sign on the previous page, the hint says that statin + dark brown pee means the emergency number (RF4 names statins as a rhabdomyolysis setting [28]); it no longer reads as an instruction to tick. " +
      "dirty_wound = RF6 [4]: NHS says urgent appointment. 'Since a recent wound': the page's time words are in its hint, not its heading, so a wound last week is not read out by 'now'.",
  },

  // ---------------------------------------------------------------------------
  // Stage 2: what kind of leg trouble (brief §a)
  // ---------------------------------------------------------------------------
  age: {
    why: {
      sources: ['nenc_growing_pains', 'allen_2012'],
    },
    reviewerNote:
      'The brief gives no age cut-off: it says growing pains are "mostly pre-teen" [43] and gives figures for children and adults [1]. The 16 threshold is the machine\'s design choice; clinicians should confirm it.',
  },

  child_pattern: {
    why: {
      sources: ['nenc_growing_pains'],
    },
    reviewerNote:
      'Ticking none of these is read as typical growing pains (self-care). Growing pains as a diagnosis is debated among doctors (brief contested point 12, [43]); the app only treats the pattern as benign when none of the four warning features is present.',
  },

  kind: {
    why: {
      sources: [
        'nsf_leg_cramps',
        'hallegraeff_2017',
        'irlssg_2012',
        'hypnic_jerk_review_2018',
        'nsf_plmd',
        'nice_cg147',
        'neurogenic_claudication',
        'ada_neuropathy',
      ],
    },
    reviewerNote:
      'Wording follows the brief\'s §a table and §h glossary. For the cramp option we give "seconds to minutes" rather than the brief\'s "up to about 10 minutes", to avoid a number that could be read against the >10-minute red flag already asked. ' +
      'Tick-any since content 0.4.0: people can have more than one kind of trouble (night cramps and calf pain on walking uphill; cramps and restless legs), and a single answer left the second unasked. Each kind ticked adds its own cause, actions and level; walking pain leads to the walking question, cramps to the cramp questions, both in turn. ' +
      'Pain shooting from the back or buttock down the leg is its own answer (sciatica, see_doctor, spine advice), whether or not walking brings it on: the brief\'s discriminating question [26][27] does not depend on walking, and it names no level without red flags (weakness and saddle signs are asked first). ' +
      '"None of these, or not sure" goes to see_doctor (unclear leg symptoms) as the safer default.',
  },

  walking_relief: {
    why: {
      sources: ['nice_cg147', 'neurogenic_claudication', 'cauda_equina_leaflet'],
    },
    reviewerNote:
      'The heading asks which best describes the pain, not only "what makes it go away", because the sciatica option describes where the pain goes rather than what eases it. Spinal stenosis and sciatica rest on lower-authority sources [26] (plus the CES leaflets [27] for sciatica).',
  },

  // ---------------------------------------------------------------------------
  // Stage 3: things that can add to cramps (brief §c, §d)
  // ---------------------------------------------------------------------------
  medicines: {
    why: {
      sources: ['garrison_2012', 'allen_2012', 'nice_cks_2012', 'fda_ppi_2011', 'fda_quinine_2010', 'mhra_quinine'],
    },
    reviewerNote:
      'Diuretic and LABA links are low-to-moderate, observational [15], contested by older negative studies [44] (brief contested point 3); furosemide\'s link was not statistically significant [15] but it is grouped with the water tablets as the brief examples ask. No statin examples are named because the brief names none. other_linked_medicine is the AAFP "strongly associated" list [1] (low evidence). CKS also lists salbutamol and nifedipine [3], and case reports list other drugs [1][18]; these have no answer id, so they are only caught by "started after a new or changed medicine". Tonic water is deliberately not named.',
  },

  health: {
    why: {
      sources: [
        'hse_pregnancy_cramps',
        'cochrane_pregnancy_2015',
        'nhs_leg_cramps',
        'cirrhosis_cramps_1996',
        'holley_dialysis',
        'grandner_2017',
        'ada_neuropathy',
        'hypothyroid_myopathy_case',
        'nice_cks_2012',
        'yourhormones_hypocalcaemia',
      ],
    },
    reviewerNote:
      'Cramps in chronic kidney disease without dialysis rest on the brief\'s ref [48], a draft local NHS pathway that has no source id; we therefore do not claim a cramp link for non-dialysis kidney disease, and cite [32] (dialysis) and [34] (kidney disease as a cause of low calcium) instead. The thyroid answer bundles a diagnosis with possible symptoms [33], as the brief\'s glossary does. A swollen calf in pregnancy is caught earlier by the leg warning signs (RF8).',
  },

  calcium_risk: {
    why: {
      sources: ['yourhormones_hypocalcaemia', 'allen_2012', 'rabbitt_2016'],
    },
    reviewerNote:
      'Risk factors from §d.2 [34]. Kidney disease (also a §d.2 risk) is asked on the health page, and low magnesium via the long-term PPI answer; pancreas disease, high phosphate and "some medicines" from [34] have no answer id and are not asked. taking_calcium is not a risk factor: it only tailors the calcium answer (harms of supplements, [36]).',
  },

  pattern: {
    why: {
      sources: [
        'nhs_leg_cramps',
        'nice_cks_2012',
        'rabbitt_2016',
        'miller_2022',
        'cdc_heat_cramps',
        'holley_dialysis',
        'mayo_2014',
      ],
    },
    reviewerNote:
      'long_sitting_standing: the brief\'s source for prolonged sitting/standing is ref [50], a clinician bulletin whose publisher and year are unknown; it has no source id and we could not cite it. We cite only the NHS advice that exercising the legs in the day may reduce attacks [4] (brief §c.5 and §e.2 "regular daytime activity"), which supports the daytime-activity advice this answer leads to, not the sitting/standing risk itself (consensus). toes_pointed is mechanistic/expert advice [32][18][49]. Heat: the "heat cramps" label is contested [29][30] (brief contested point 7).',
  },
  child_kind: {
    why: { sources: ['nsf_leg_cramps', 'nenc_growing_pains', 'allen_2012'] },
    reviewerNote:
      'Brief §a: about 7% of children ever have cramps [1]; growing pains are a bilateral evening ache with no knot [43]. A child with a true cramp now follows the cramp questions (timing, how often, contributors) rather than the growing-pains questions; "something else" goes to the adults\' kind-of-trouble page, which covers restless legs and the other look-alikes at any age.',
  },
  timing: {
    why: { sources: ['nsf_leg_cramps', 'rabbitt_2016', 'miller_2022', 'holley_dialysis'] },
    reviewerNote:
      'Brief §a.1 [19][18] (night or rest, may occur by day), §c.4 [29] (exercise-associated cramps), §c.3 [32] (mostly during haemodialysis sessions). Daytime cramps get the same self-care as night cramps, named "cramps in the day" rather than "night cramps".',
  },
  how_often: {
    why: { sources: ['nhs_leg_cramps', 'nice_cks_2012'] },
    reviewerNote:
      'Brief §f level 3: "frequent cramps disturbing sleep regularly or affecting quality of life" [4][3]. The brief gives no number of nights; "most weeks" is our reading of "regularly", clinicians to confirm. A cramp that woke someone tonight, with nothing else, stays self-care.',
  },
  leg_changes: {
    why: { sources: ['nhs_leg_cramps', 'nice_cks_2012'] },
    reviewerNote:
      'Brief §f and the "amber" signs after §b [3][4]. Asked of everyone, not only people with cramps. The eyelid hint answers a real misreading; "not only in the feet" separates this from burning or numb feet (neuropathy, asked on the kind-of-trouble page). "Eyelid twitches are common and harmless" is general knowledge, not in the brief: clinicians to confirm.',
  },
  last_check: {
    why: {
      sources: ['nhs_dvt', 'rcem_limb_ischaemia', 'cauda_equina_leaflet', 'myositis_rhabdo', 'cdc_heat_cramps', 'yourhormones_hypocalcaemia', 'fda_ppi_2011', 'nhs_leg_cramps'],
    },
    reviewerNote:
      'Issue 16, redundancy as telephone triage does it: the five worst signs of the brief (§g 1.1 chest pain or breathlessness [23]; 1.2 a cold, pale leg [24]; 1.3 saddle numbness or both legs weak [27]; 1.4 dark pee with muscle pain [28]; 1.5 confusion in the heat, consensus [30]) asked again, in short words, before "check your answers", with the same rules as on the warning pages. Since content 0.6.0 also a fit (g1.6 [34][35]) and a cramp over 10 minutes that would not let go (g2.2 [4], urgent, the one same-day sign here): walks found a relative answering for a mother with a fit on omeprazole, and a parent reading the legs page as about themselves for a daughter with a 30-minute cramp, both ending below urgent. Lay-reader walks found honest readings of the warning pages (a relative reading "you" as themselves, a sign that had just passed, an option skipped at its first words) that this page catches. It adds one question to every route that does not end at a same-day sign (path budget raised to median 12, longest 16). Since 0.7.0 a same-day sign goes on to this page too, rather than straight to "check your answers": a GP reviewing 0.6.0 ticked a statin with severe muscle pain (urgent) and passed over dark pee on the page before, and ended at urgent; here dark pee is asked again. One more page before an urgent result; it never lowers a level. Which signs to repeat is our choice; clinicians to confirm.',
  },
  child_signs: {
    why: { sources: ['nenc_growing_pains'] },
    reviewerNote:
      'Asked when a child\'s trouble is neither a cramp nor an ache (child_kind "something else"), before the adults\' kind page, so the four warning features of [43] are never skipped. Unlike child_pattern, "none of these" names no cause here: the kind page decides.',
  },
};
