import type { QuestionsContent } from '../types';

/**
 * English words for every question page. The meaning of each answer is fixed
 * by the machine's rules table (machines/triage.ts); these words must say
 * exactly that, no more and no less. Lay wording follows the brief's §(h)
 * glossary, in our own words.
 */
export const questions: QuestionsContent = {
  // ---------------------------------------------------------------------------
  // Stage 1: warning signs (brief §b, §g levels 1 and 2)
  // ---------------------------------------------------------------------------
  screen_leg: {
    heading: 'Do you have any of these in your legs or feet now?',
    hint: 'Look at both legs and feet and compare them. Tick any that apply.',
    why: {
      text: 'These signs can mean a blood clot, a blocked artery in the leg or pressure on a nerve from the back, not an ordinary cramp. They need help quickly, so we ask about them first.',
      sources: ['nhs_dvt', 'rcem_limb_ischaemia', 'nhs_leg_cramps', 'nice_cg147', 'cauda_equina_leaflet'],
    },
    answers: {
      cold_pale_leg: {
        label: 'Sudden, severe leg or foot pain while resting, and the leg or foot is cold, pale or blue',
        hint: 'Tick this too if, with the pain, it looks white or blotchy next to the other one, feels numb, or you cannot move your toes or foot.',
      },
      calf_swollen: {
        label: 'One calf is swollen, warm, red or darker, or sore to touch',
        hint: 'Or an ache that stays all the time, even between cramps, and stretching does not ease it. It is usually one calf, but can rarely be both.',
      },
      cramp_over_10_min: {
        label: 'A cramp that has lasted more than 10 minutes and will not let go when you stretch or walk',
      },
      rest_pain_sores: {
        label: 'Known poor leg circulation (PAD), and now foot pain at rest, sores that will not heal, or black toes',
        hint: 'The foot pain often comes at night and may ease when you hang your leg down over the side of the bed. Toes may look black or change colour.',
      },
      one_leg_weak: {
        label: 'Weakness in one leg that came on over hours or days, with back pain or pain shooting down the leg',
        hint: 'For example, your foot drags or slaps down when you walk.',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any signs you have, or select 'None of these'",
    summaryLabel: 'Leg and foot warning signs',
    reviewerNote:
      "cold_pale_leg = RF2/g1.2 [24]; 'mottled' is glossed as 'blotchy'. The label needs the pain AND one of the limb signs, as in the brief; the pain alone is not enough, since an ordinary cramp is also sudden severe pain at rest. " +
      "calf_swollen = RF7/RF8/g2.1 [23][40]: we keep the brief's 'rarely both' so a person with two swollen, warm calves still ticks it (safer). Pregnancy/postpartum is asked later, not here, because RF8 has the same level. Urgency for DVT is contested (brief contested point 9): the machine uses urgent; emergency is accepted as safe. " +
      "cramp_over_10_min = RF9 [4]: current NHS 'urgent appointment' vs older NHS 'immediate help' (contested point 11); we follow the brief's urgent. " +
      "one_leg_weak = g2.7, consensus; the CES leaflets [27] advise urgent help for combined back and leg symptoms. Bladder/saddle signs are asked on the next page (emergency).",
  },

  screen_body: {
    heading: 'Do you have any of these now?',
    hint: 'These can be anywhere in the body, not just the legs. Tick any that apply.',
    why: {
      text: 'Now and then, cramps come with a serious problem elsewhere, such as a blood clot in the lung, muscle breakdown, heat stroke or pressure on the nerves at the bottom of the spine. These signs need emergency help straight away.',
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
    answers: {
      chest_breathless: {
        label: 'Chest pain, new shortness of breath, coughing up blood, or fainting',
      },
      saddle_bladder: {
        label: 'Numbness around your bottom or genitals, new trouble controlling pee or poo, or both legs weak',
        hint: 'This means any of: numbness or an odd feeling between your legs, around your bottom or genitals (for example when wiping); new trouble starting or stopping peeing; leaking pee or poo; not feeling when your bladder is full; new numbness during sex; weakness in both legs.',
      },
      dark_urine: {
        label: 'Dark brown pee, or much less pee than usual, with bad muscle pain, weakness or swollen muscles',
        hint: 'Dark brown means the colour of tea or cola.',
      },
      heat_collapse: {
        label: 'After hard work or exercise in the heat: confused, very hot to touch, or collapsed',
        hint: 'This may be you, or the person you are helping.',
      },
      locked_spasm: {
        label: 'A fit (seizure), or hands or feet locked in spasm with trouble breathing or a racing heart',
        hint: 'Locked means stuck stiff and will not relax. The heartbeat may feel fast, or uneven and irregular.',
      },
      jaw_stiff_wound: {
        label: 'A stiff jaw or trouble swallowing after a cut or wound',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any signs you have, or select 'None of these'",
    summaryLabel: 'Other warning signs',
    reviewerNote:
      "chest_breathless: the brief's RF1/g1.1 is leg clot signs PLUS chest pain, breathlessness, coughing blood or fainting [23]. We ask these on their own, whatever the leg signs, as the safer path (a clot can be missed in the leg). Coughing blood and fainting come from lower-authority pages in [23]. " +
      "saddle_bladder = RF3 [27]: the brief pairs these signs with back and/or leg pain; we do not ask for the pain separately, since everyone using the app has leg symptoms (safer). " +
      "dark_urine = RF4 [28], including 'passing little urine'. " +
      "heat_collapse = RF5: the specific signs (confusion, very hot skin, collapse) are first-aid consensus, not detailed in the retrieved sources [30][29]. " +
      "locked_spasm = RF10 severe/g1.6 [34]; seizure on long-term PPI from [35]. 'Racing heart' stands for the brief's palpitations / heart-rhythm symptoms. " +
      "jaw_stiff_wound = g1.7: consensus escalation of the NHS 'possible tetanus = urgent' advice [4]; jaw stiffness is not in the retrieved sources.",
  },

  screen_medical: {
    heading: 'Do any of these apply to you now?',
    hint: 'These are about medicines and things that have happened lately. Tick any that apply.',
    why: {
      text: 'Some medicines and recent events can lead to serious problems, such as side effects of quinine, low blood calcium or magnesium, or tetanus. These need a doctor today, and a few need emergency help.',
      sources: [
        'fda_quinine_2010',
        'mhra_quinine',
        'yourhormones_hypocalcaemia',
        'fda_ppi_2011',
        'myositis_rhabdo',
        'nhs_leg_cramps',
      ],
    },
    answers: {
      quinine_heavy_bleeding: {
        label: 'You take quinine and are bleeding heavily, or have fainted',
        hint: 'Quinine here means any medicine or product that contains it.',
      },
      quinine_bruising: {
        label: 'You take quinine and have easy bruising, unusual bleeding, skin spots, or hearing, sight or heart changes',
        hint: 'This means any of: bruising easily, nosebleeds, bleeding gums, blood in pee or poo, tiny purple, red or brown spots, ringing in the ears, changes in hearing or sight, or a pounding or fluttering heartbeat (palpitations).',
      },
      tingling_mouth: {
        label: 'Tingling or numbness around your lips or in your fingertips, along with the cramps now',
        hint: 'This matters most if you have recently had thyroid or parathyroid surgery (an operation on the neck).',
      },
      ppi_palpitations: {
        label: 'A stomach-acid tablet every day for over a year, and muscle spasms with a racing heart or shaking',
        hint: 'These tablets are called PPIs, for example omeprazole. The heartbeat may feel fast or uneven. Shaking means trembling you cannot stop (tremor).',
      },
      statin_severe_pain: {
        label: 'You take a statin and have severe muscle pain or weakness you cannot explain',
        hint: 'A statin is a medicine that lowers cholesterol. Tick this if your pee is its normal colour. If your pee is dark brown, like tea or cola, call your local emergency number.',
      },
      dirty_wound: {
        label: 'Cramps or spasms after a wound that may have had dirt or soil in it',
        hint: 'This matters most if your tetanus jabs are not up to date.',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to you, or select 'None of these'",
    summaryLabel: 'Medicines and recent events',
    reviewerNote:
      "quinine_heavy_bleeding = g1.8 [10]; quinine_bruising = RF11/g2.4 [10][11]. We say 'any medicine or product that contains it' for the brief's 'quinine-containing products' and deliberately do not name tonic water, so the page cannot read as a suggestion. " +
      "tingling_mouth = RF10/g2.3 [34]: 'now, with the cramps' separates it from the milder 'comes and goes' tingling on the calcium page (see_doctor). " +
      "ppi_palpitations = RF12/g2.5 [35]: level contested (brief contested point 10; FDA says seek immediate care). The machine uses urgent; clinician decision needed. Only omeprazole is named because the brief names no other PPI. " +
      "statin_severe_pain = g2.8 [28]: some clinicians would accept see_doctor within 1–2 days. The hint restates the 'normal-coloured pee' condition and, as a safety net for anyone who missed the dark-pee sign on the previous page, tells them that statin + dark brown pee means the emergency number (RF4 names statins as a rhabdomyolysis setting [28]). " +
      "dirty_wound = RF6 [4]: NHS says urgent appointment.",
  },

  // ---------------------------------------------------------------------------
  // Stage 2: what kind of leg trouble (brief §a)
  // ---------------------------------------------------------------------------
  age: {
    heading: 'How old is the person with the leg cramps?',
    hint: 'If you are answering for someone else, such as a child, answer about them.',
    why: {
      text: 'Leg pain in children can have different causes from cramps in adults, such as growing pains. We ask so we can give advice that fits.',
      sources: ['nenc_growing_pains', 'allen_2012'],
    },
    answers: {
      under_16: { label: 'Under 16' },
      age_16_plus: { label: '16 or over' },
    },
    errorRequired: 'Select how old the person with the leg cramps is',
    summaryLabel: 'Age',
    reviewerNote:
      'The brief gives no age cut-off: it says growing pains are "mostly pre-teen" [43] and gives figures for children and adults [1]. The 16 threshold is the machine\'s design choice; clinicians should confirm it.',
  },

  child_pattern: {
    heading: 'Does the child have any of these?',
    hint: 'Tick any that apply.',
    why: {
      text: 'Growing pains usually ache in both legs late in the day or at night, are gone by morning, and do not cause a limp. If the pain does not fit that pattern, a doctor should check it.',
      sources: ['nenc_growing_pains'],
    },
    answers: {
      one_side: { label: 'Pain in one leg only' },
      daytime_pain: { label: 'Pain during the day, not just in the evening or at night' },
      limp: { label: 'A limp', hint: 'Walking unevenly.' },
      unwell: { label: 'A fever, or feeling unwell', hint: 'A fever means a high temperature.' },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to the child, or select 'None of these'",
    summaryLabel: "Child's leg pain",
    reviewerNote:
      'Ticking none of these is read as typical growing pains (self-care). Growing pains as a diagnosis is debated among doctors (brief contested point 12, [43]); the app only treats the pattern as benign when none of the four warning features is present.',
  },

  kind: {
    heading: 'Which sounds most like what happens?',
    hint: 'Choose the one that fits best.',
    why: {
      text: 'Several things can feel like a cramp, such as restless legs, sleep starts, poor circulation when walking and nerve damage in the feet. Each one needs different advice.',
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
    answers: {
      cramp: {
        label: 'A muscle suddenly goes hard and very painful',
        hint: 'Usually in the calf or foot. It lasts seconds to minutes and eases when you stretch it.',
      },
      urge_to_move: {
        label: 'An urge to move your legs, with a creepy-crawly or uncomfortable feeling',
        hint: 'It comes in the evening or when you are resting, and gets better while you move.',
      },
      sleep_start: {
        label: 'One sudden jump or jolt just as you fall asleep',
        hint: 'You may feel as if you are falling. It does not leave you in pain.',
      },
      partner_kicks: {
        label: 'Someone has seen your legs kick or jerk again and again while you sleep',
        hint: 'You may also feel very sleepy in the day.',
      },
      walking_pain: {
        label: 'Cramping or aching pain in your leg when you walk a certain distance',
      },
      burning_feet: {
        label: 'Both feet burn, tingle, have pins and needles, or feel numb',
      },
      not_sure: {
        label: 'None of these, or not sure',
      },
    },
    errorRequired: 'Select the one that sounds most like what happens',
    summaryLabel: 'What happens',
    reviewerNote:
      'Wording follows the brief\'s §a table and §h glossary. For the cramp option we give "seconds to minutes" rather than the brief\'s "up to about 10 minutes", to avoid a number that could be read against the >10-minute red flag already asked. "Not sure" goes to see_doctor (unclear leg symptoms) as the safer default.',
  },

  walking_relief: {
    heading: 'Which best describes your walking pain?',
    hint: 'Think about what makes it go away. Choose the one that fits best.',
    why: {
      text: 'Leg pain when walking can come from poor circulation, from narrowing in the lower spine, or from a nerve in the lower back (sciatica). What eases it helps tell these apart.',
      sources: ['nice_cg147', 'neurogenic_claudication', 'cauda_equina_leaflet'],
    },
    answers: {
      stand_still: {
        label: 'It goes away after standing still for a few minutes',
      },
      sit_or_bend: {
        label: 'It only gets better when you sit down or lean forward',
        hint: 'For example, leaning on a shopping trolley.',
      },
      shoots_from_back: {
        label: 'The pain shoots from your back or buttock down your leg',
      },
      not_sure_walking: {
        label: 'Not sure',
      },
    },
    errorRequired: 'Select what best describes your walking pain',
    summaryLabel: 'Walking pain',
    reviewerNote:
      'The heading asks which best describes the pain, not only "what makes it go away", because the sciatica option describes where the pain goes rather than what eases it. Spinal stenosis and sciatica rest on lower-authority sources [26] (plus the CES leaflets [27] for sciatica).',
  },

  // ---------------------------------------------------------------------------
  // Stage 3: things that can add to cramps (brief §c, §d)
  // ---------------------------------------------------------------------------
  medicines: {
    heading: 'Do you take any of these medicines?',
    hint: 'Tick any that apply. It may help to look at your medicine boxes.',
    why: {
      text: 'Some medicines are linked with cramps, and quinine has side effects to watch for. If a medicine might be playing a part, a doctor or pharmacist can review it with you. Do not stop a prescribed medicine on your own.',
      sources: ['garrison_2012', 'allen_2012', 'nice_cks_2012', 'fda_ppi_2011', 'fda_quinine_2010', 'mhra_quinine'],
    },
    answers: {
      diuretic: {
        label: 'Water tablets (diuretics)',
        hint: "For example, spironolactone, amiloride, triamterene, furosemide, or a 'thiazide' water tablet.",
      },
      statin: {
        label: 'A statin, to lower cholesterol',
      },
      laba_inhaler: {
        label: 'A long-acting inhaler for asthma or COPD (a long-term lung disease)',
        hint: 'For example, salmeterol or formoterol, on its own or combined with a steroid.',
      },
      quinine: {
        label: 'Quinine',
        hint: 'Or any other product that contains quinine.',
      },
      ppi_long_term: {
        label: 'A stomach-acid tablet every day for more than a year',
        hint: 'These are called PPIs, for example omeprazole.',
      },
      other_linked_medicine: {
        label: 'Raloxifene, naproxen, teriparatide, iron given through a drip, or hormone treatment containing oestrogen',
      },
      new_medicine: {
        label: 'The cramps started soon after you began or changed a medicine',
        hint: 'This can be any medicine, not just the ones above.',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any medicines you take, or select 'None of these'",
    summaryLabel: 'Medicines',
    reviewerNote:
      'Diuretic and LABA links are low-to-moderate, observational [15], contested by older negative studies [44] (brief contested point 3); furosemide\'s link was not statistically significant [15] but it is grouped with the water tablets as the brief examples ask. No statin examples are named because the brief names none. other_linked_medicine is the AAFP "strongly associated" list [1] (low evidence). CKS also lists salbutamol and nifedipine [3], and case reports list other drugs [1][18]; these have no answer id, so they are only caught by "started after a new or changed medicine". Tonic water is deliberately not named.',
  },

  health: {
    heading: 'Do any of these apply to you?',
    hint: 'Tick any that apply.',
    why: {
      text: 'Cramps are common in pregnancy and with liver cirrhosis or dialysis, and are linked with diabetes and an underactive thyroid. Kidney disease can also affect blood calcium. If one of these applies, the team who looks after you should hear about your cramps.',
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
    answers: {
      pregnant: {
        label: 'You are pregnant, or gave birth in the last 6 weeks',
      },
      cirrhosis: {
        label: 'Liver cirrhosis',
        hint: 'Long-term scarring of the liver.',
      },
      kidney_disease: {
        label: 'Kidney disease, or you have dialysis',
      },
      diabetes: {
        label: 'Diabetes',
      },
      thyroid: {
        label: 'An underactive thyroid, or lately unusually tired, always cold or gaining weight',
        hint: 'Gaining weight without eating more than usual.',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to you, or select 'None of these'",
    summaryLabel: 'Health',
    reviewerNote:
      'Cramps in chronic kidney disease without dialysis rest on the brief\'s ref [48], a draft local NHS pathway that has no source id; we therefore do not claim a cramp link for non-dialysis kidney disease, and cite [32] (dialysis) and [34] (kidney disease as a cause of low calcium) instead. The thyroid answer bundles a diagnosis with possible symptoms [33], as the brief\'s glossary does. A swollen calf in pregnancy is caught earlier by the leg warning signs (RF8).',
  },

  calcium_risk: {
    heading: 'Calcium: do any of these apply to you?',
    hint: 'Tick any that apply.',
    why: {
      text: 'Low blood calcium is an uncommon cause of cramps. It is more likely after neck surgery, with a parathyroid problem or lack of vitamin D, or when the gut does not absorb food well, and it often brings tingling too. Only a blood test can show it.',
      sources: ['yourhormones_hypocalcaemia', 'allen_2012', 'rabbitt_2016'],
    },
    answers: {
      neck_surgery: {
        label: 'Recent thyroid or parathyroid surgery (an operation on the neck)',
      },
      parathyroid_vitamin_d: {
        label: 'You have been told you have a parathyroid problem or a lack of vitamin D',
        hint: 'The parathyroid glands are small glands in the neck.',
      },
      poor_absorption: {
        label: 'A bowel condition or operation that means your body does not absorb food well',
      },
      tingling_comes_goes: {
        label: 'Tingling around your lips or in your fingertips that comes and goes',
      },
      taking_calcium: {
        label: 'You take calcium tablets, or are thinking of taking them',
        hint: 'This is not a risk. We ask so we can tell you what is known about calcium tablets.',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to you, or select 'None of these'",
    summaryLabel: 'Calcium',
    reviewerNote:
      'Risk factors from §d.2 [34]. Kidney disease (also a §d.2 risk) is asked on the health page, and low magnesium via the long-term PPI answer; pancreas disease, high phosphate and "some medicines" from [34] have no answer id and are not asked. taking_calcium is not a risk factor: it only tailors the calcium answer (harms of supplements, [36]).',
  },

  pattern: {
    heading: 'About your cramps: do any of these apply?',
    hint: 'Tick any that apply.',
    why: {
      text: 'Some of these can make cramps more likely, and some point to something a doctor should check. Knowing them helps us give advice that fits you.',
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
    answers: {
      disturbs_sleep: {
        label: 'The cramps regularly disturb your sleep',
      },
      both_legs_numb_swollen: {
        label: 'Numbness or swelling in both legs',
        hint: 'This is different from the single hot, swollen or sore calf we asked about earlier.',
      },
      wasting_twitching: {
        label: 'Over weeks, muscles getting thinner or weaker, or twitching under the skin',
      },
      hard_exercise: {
        label: 'Much harder or longer exercise than usual in the last 2 days',
      },
      heat_sweating: {
        label: 'Sweating a lot, or working or exercising in the heat',
      },
      toes_pointed: {
        label: 'Sleeping with your toes pointed down, on your front, or under tight tucked-in covers',
      },
      long_sitting_standing: {
        label: 'Sitting or standing still for long periods in the day',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to you, or select 'None of these'",
    summaryLabel: 'About your cramps',
    reviewerNote:
      'long_sitting_standing: the brief\'s source for prolonged sitting/standing is ref [50], a clinician bulletin whose publisher and year are unknown; it has no source id and we could not cite it. We cite only the NHS advice that exercising the legs in the day may reduce attacks [4] (brief §c.5 and §e.2 "regular daytime activity"), which supports the daytime-activity advice this answer leads to, not the sitting/standing risk itself (consensus). toes_pointed is mechanistic/expert advice [32][18][49]. Heat: the "heat cramps" label is contested [29][30] (brief contested point 7).',
  },
};
