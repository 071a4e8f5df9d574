import type { QuestionsContent } from '../types';

/**
 * English words for every question page. The meaning of each answer is fixed
 * by the machine's rules table (machines/triage.ts); these words must say
 * exactly that, no more and no less. Lay wording follows the brief's §(h)
 * glossary, in our own words. The sources of each "why we ask this" and the
 * reviewers' notes are in content/clinical/questions.ts.
 */
/** The warning features of leg pain in a child (brief §a, §f [43]): two pages ask them. */
const childWarningSigns = {
  one_side: { label: 'Pain in one leg only' },
  daytime_pain: { label: 'Pain during the day, not just in the evening or at night' },
  limp: { label: 'A limp', hint: 'Walking unevenly.' },
  unwell: { label: 'A fever, or feeling unwell', hint: 'A fever means a high temperature.' },
};

export const questions: QuestionsContent = {
  // ---------------------------------------------------------------------------
  // Stage 1: warning signs (brief §b, §g levels 1 and 2)
  // ---------------------------------------------------------------------------
  screen_leg: {
    heading: 'Do you have any of these in your legs or feet, now or in the last few days?',
    hint: 'Look at both legs and feet and compare them. Tick any that apply. If you are answering for someone else, answer about them.',
    why: {
      text: 'These signs can mean a blood clot, a blocked artery in the leg or pressure on nerves from the back, not an ordinary cramp. They need help quickly, so we ask about them first.',
    },
    answers: {
      cold_pale_leg: {
        label: 'A leg or foot that is suddenly cold, pale or blue, with severe pain',
        hint: 'Or it looks white or blotchy next to the other one, feels numb, or you cannot move your toes or foot. The pain came on suddenly and is there even at rest.',
        callHandler: 'a leg or foot that suddenly went cold, pale or blue, with severe pain',
      },
      calf_swollen: {
        label: 'One calf is swollen, warm, red or darker than the other',
        hint: 'Swollen means it looks bigger or fatter than the other one. It is usually one calf, but can rarely be both.',
        callHandler: 'a swollen, warm, red or darker calf',
      },
      calf_sore: {
        label: 'One calf is sore to touch, or aches all the time, even between cramps',
        hint: 'Stretching does not ease the ache. A calf can feel bruised for up to a day after a cramp: tick this if the soreness lasts longer.',
        callHandler: 'a calf that is sore to touch or aches all the time',
      },
      cramp_over_10_min: {
        label: 'A cramp that lasted more than 10 minutes and would not let go when you stretched or walked',
        hint: 'Tick this if it happened in the last few days, even if it has let go since.',
        callHandler: 'a cramp that lasted more than 10 minutes',
      },
      rest_pain_sores: {
        label: 'Foot pain at rest, sores that will not heal, or black toes, with known poor leg circulation (PAD)',
        hint: 'The foot pain often comes at night and may ease when you hang your leg down over the side of the bed. Toes may look black or change colour.',
        callHandler: 'known poor leg circulation, with foot pain at rest or sores that will not heal',
      },
      one_leg_weak: {
        label: 'A foot that drags, slaps down or catches when you walk, or a leg that has become weak, over hours or days',
        hint: 'Only one leg. With or without back pain, or pain shooting down the leg. Weakness in both legs is on the next page.',
        callHandler: 'one leg became weak over hours or days',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any signs you have, or select 'None of these'",
    summaryLabel: 'Leg and foot warning signs',
  },
  screen_body: {
    heading: 'Do you have any of these, now or in the last few hours?',
    hint: 'These can be anywhere in the body, not just the legs. Tick any that apply.',
    why: {
      text: 'Now and then, cramps come with a serious problem elsewhere in the body. It could be a blood clot in the lung, muscle breakdown, heat stroke or pressure on the nerves at the bottom of the spine. These signs need emergency help straight away.',
    },
    answers: {
      chest_pain: {
        label: 'Chest pain',
        hint: 'New pain, tightness or pressure in the chest.',
        callHandler: 'chest pain',
      },
      breathless: {
        label: 'New shortness of breath',
        hint: 'Breathing is harder than usual, even at rest or with little effort.',
        callHandler: 'new shortness of breath',
      },
      coughing_blood: {
        label: 'Coughing up blood',
        callHandler: 'coughing up blood',
      },
      fainted: {
        label: 'Fainting or passing out',
        hint: 'Even for a moment.',
        callHandler: 'fainted',
      },
      saddle_numb: {
        label: 'Numbness around your bottom or genitals',
        hint: 'Or an odd feeling between your legs, such as when wiping, or new numbness during sex.',
        callHandler: 'numbness around the bottom or genitals',
      },
      bladder_bowel: {
        label: 'New trouble controlling pee or poo',
        hint: 'For example, trouble starting or stopping peeing, leaking pee or poo, or not feeling when your bladder is full.',
        callHandler: 'new trouble controlling pee or poo',
      },
      dark_urine: {
        label: 'Dark brown pee, or much less pee than usual, with bad muscle pain, weakness or swollen muscles',
        hint: 'Dark brown means the colour of tea or cola.',
        callHandler: 'dark brown pee with muscle pain or weakness',
      },
      both_legs_weak: {
        label: 'Both legs have suddenly become weak',
        hint: 'For example, your legs give way, or you cannot stand up or climb stairs as you usually can.',
        callHandler: 'sudden weakness in both legs',
      },
      heat_collapse: {
        label: 'Very hot to touch, confused or collapsed, in hot weather or a hot room',
        hint: 'Or after hard work or exercise in the heat. This may be you, or the person you are helping.',
        callHandler: 'confused, very hot or collapsed in the heat',
      },
      locked_spasm: {
        label: 'Hands or feet locked in spasm, with trouble breathing or a racing heart',
        hint: 'Locked means stuck stiff and will not relax. The heartbeat may feel fast, or uneven and irregular.',
        callHandler: 'hands or feet locked in spasm',
      },
      seizure: {
        label: 'A fit (seizure)',
        callHandler: 'a fit (seizure)',
      },
      jaw_stiff_wound: {
        label: 'A stiff jaw or trouble swallowing after a cut or wound',
        callHandler: 'a stiff jaw or trouble swallowing after a wound',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any signs you have, or select 'None of these'",
    summaryLabel: 'Other warning signs',
  },
  screen_medical: {
    heading: 'Medicines, wounds and other signs: do any of these apply to you?',
    hint: 'Signs now or in the last few hours, with a medicine you take, or since a recent wound. Tick any that apply.',
    why: {
      text: 'Some medicines and recent events can lead to serious problems, such as side effects of quinine, low blood calcium or magnesium, or tetanus. These need a doctor today, and a few need emergency help.',
    },
    answers: {
      quinine_heavy_bleeding: {
        label: 'Heavy bleeding that is hard to stop, while taking quinine',
        hint: 'Quinine here means any medicine or product that contains it. A nosebleed or bleeding gums that stop on their own go in the next answer.',
        callHandler: 'heavy bleeding while taking quinine',
      },
      quinine_bruising: {
        label: 'Bruising or bleeding easily, or tiny spots on the skin, while taking quinine',
        hint: 'For example, nosebleeds, bleeding gums, blood in pee or poo, or tiny purple, red or brown spots.',
        callHandler: 'easy bruising or bleeding while taking quinine',
      },
      quinine_hearing_sight: {
        label: 'Ringing in the ears, or changes in hearing or sight, while taking quinine',
        callHandler: 'ringing in the ears or changes in hearing or sight while taking quinine',
      },
      quinine_heartbeat: {
        label: 'A pounding or fluttering heartbeat, while taking quinine',
        hint: 'This is called palpitations.',
        callHandler: 'a pounding or fluttering heartbeat while taking quinine',
      },
      tingling_mouth: {
        label: 'Tingling or numbness around your lips or in your fingertips, along with the cramps',
        hint: 'This matters most if you have recently had thyroid or parathyroid surgery (an operation on the neck).',
        callHandler: 'tingling around the lips or fingertips with cramps',
      },
      ppi_palpitations: {
        label: 'Muscle spasms with a racing heart or shaking, after taking a stomach-acid tablet every day for over a year',
        hint: 'These tablets are called PPIs, for example omeprazole. The heartbeat may feel fast or uneven. Shaking means trembling you cannot stop (tremor).',
        callHandler: 'muscle spasms with a racing heart or shaking, on a daily stomach-acid tablet',
      },
      statin_severe_pain: {
        label: 'Severe muscle pain or weakness you cannot explain, while taking a statin',
        hint: 'A statin is a medicine that lowers cholesterol. If your pee is also dark brown, like tea or cola, that is an emergency: call your local emergency number.',
        callHandler: 'severe muscle pain or weakness while taking a statin',
      },
      dirty_wound: {
        label: 'Cramps or spasms since a recent wound that may have had dirt or soil in it',
        hint: 'This matters most if your tetanus jabs are not up to date.',
        callHandler: 'cramps or spasms after a dirty wound',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to you, or select 'None of these'",
    summaryLabel: 'Warning signs with medicines or wounds',
  },
  age: {
    heading: 'How old is the person with the leg trouble?',
    hint: 'If you are answering for someone else, such as a child, answer about them.',
    why: {
      text: 'Leg pain in children can have different causes from cramps in adults, such as growing pains. We ask so we can give advice that fits.',
    },
    answers: {
      under_16: { label: 'Under 16' },
      age_16_plus: { label: '16 or over' },
    },
    errorRequired: 'Select how old the person with the leg trouble is',
    summaryLabel: 'Age',
  },

  child_kind: {
    heading: "Which sounds most like the child's leg trouble?",
    hint: 'Choose the one that fits best.',
    why: {
      text: 'A cramp is a cramp at any age: a muscle goes hard and painful, and stretching eases it. Growing pains are different: an ache in both legs, late in the day or at night, with no hard knot.',
    },
    answers: {
      child_cramp: {
        label: 'A muscle suddenly goes hard and painful, like a knot, and stretching the leg eases it',
        hint: 'For example, in the calf or foot, at night or during or after sport.',
      },
      child_ache: {
        label: 'An ache in both legs, late in the day or at night, with no hard knot',
      },
      child_other: {
        label: 'Something else, or you are not sure',
        hint: 'Next we show the other kinds of leg trouble to choose from.',
      },
    },
    errorRequired: "Select the one that sounds most like the child's leg trouble",
    summaryLabel: "Child's leg trouble",
  },

  child_pattern: {
    heading: 'Does the child have any of these?',
    hint: 'Tick any that apply.',
    why: {
      text: 'Growing pains usually ache in both legs late in the day or at night, are gone by morning, and do not cause a limp. If the pain does not fit that pattern, a doctor should check it.',
    },
    answers: childWarningSigns,
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to the child, or select 'None of these'",
    summaryLabel: "Child's leg pain",
  },

  child_signs: {
    heading: 'First, does the child have any of these with the leg trouble?',
    hint: 'Tick any that apply. Next we ask what the leg trouble is most like.',
    why: {
      text: 'In a child, leg pain in one leg only, in the daytime, with a limp, or with feeling unwell should be checked by a doctor, whatever else is going on.',
    },
    answers: childWarningSigns,
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to the child, or select 'None of these'",
    summaryLabel: 'Warning signs in a child',
  },

  kind: {
    heading: 'Which of these happen to you?',
    hint: 'Tick all that apply. Many people have more than one.',
    why: {
      text: 'Several things can feel like a cramp, such as restless legs, sleep starts, poor circulation when walking, a trapped nerve in the back and nerve damage in the feet. You can have more than one, and each needs different advice.',
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
        hint: 'For example, in the calf when you walk uphill.',
      },
      shooting_pain: {
        label: 'Pain that shoots from your back or buttock down your leg',
        hint: 'Whether or not walking brings it on. There may be back pain or numbness in the leg too.',
      },
      burning_feet: {
        label: 'Both feet burn, tingle, have pins and needles, or feel numb',
      },
    },
    noneLabel: 'None of these, or not sure',
    errorRequired: "Select what happens, or select 'None of these, or not sure'",
    summaryLabel: 'What happens',
  },
  walking_relief: {
    heading: 'Which best describes your walking pain?',
    hint: 'Think about what makes it go away. Choose the one that fits best.',
    why: {
      text: 'Leg pain when walking can come from poor circulation, from narrowing in the lower spine, or from a nerve in the lower back (sciatica). What eases it helps tell these apart.',
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
  },

  // ---------------------------------------------------------------------------
  // Stage 3: things that can add to cramps (brief §c, §d)
  // ---------------------------------------------------------------------------
  medicines: {
    heading: 'Do you take any of these medicines?',
    hint: 'Tick any that apply. It may help to look at your medicine boxes.',
    why: {
      text: 'Some medicines are linked with cramps, and quinine has side effects to watch for. If a medicine might be playing a part, a doctor or pharmacist can review it with you. Do not stop a prescribed medicine on your own.',
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
        label: 'Your cramps began in the weeks or months after you started or changed a medicine',
        hint: 'This can be any medicine, not just the ones above.',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any medicines you take, or select 'None of these'",
    summaryLabel: 'Medicines',
  },

  health: {
    heading: 'Do any of these apply to you?',
    hint: 'Tick any that apply.',
    why: {
      text: 'Cramps are common in pregnancy and with liver cirrhosis or dialysis, and are linked with diabetes and an underactive thyroid. Kidney disease can also affect blood calcium. If one of these applies, the team who looks after you should hear about your cramps.',
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
        hint: 'Not if you only had kidney stones in the past.',
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
  },

  calcium_risk: {
    heading: 'Calcium: do any of these apply to you?',
    hint: 'Tick any that apply.',
    why: {
      text: 'Low blood calcium is an uncommon cause of cramps. It is more likely after neck surgery, with a parathyroid problem or lack of vitamin D, or when the gut does not absorb food well. It often brings tingling too. Only a blood test can show it.',
    },
    answers: {
      neck_surgery: {
        label: 'Recent thyroid or parathyroid surgery (an operation on the neck)',
        callHandler: 'recent thyroid or parathyroid surgery',
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
        callHandler: 'tingling around the lips or fingertips that comes and goes',
      },
      taking_calcium: {
        label: 'You take calcium tablets, or are thinking of taking them',
        hint: 'This is not a risk. We ask so we can tell you what is known about calcium tablets.',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to you, or select 'None of these'",
    summaryLabel: 'Calcium',
  },

  timing: {
    heading: 'When do the cramps usually happen?',
    hint: 'Choose the one that fits best.',
    why: {
      text: 'Ordinary cramps mostly come in bed or at rest, often waking you, but they can come in the day too. Cramps during exercise, or during dialysis, have their own causes and advice.',
    },
    answers: {
      night_rest: { label: 'In bed at night, or while resting' },
      during_exercise: { label: 'During or just after exercise or hard work' },
      daytime: { label: 'At other times in the day' },
      during_dialysis: { label: 'During dialysis sessions' },
    },
    errorRequired: 'Select when the cramps usually happen',
    summaryLabel: 'When the cramps happen',
  },

  how_often: {
    heading: 'How often do cramps disturb your sleep or your day?',
    hint: 'Think about the last few weeks, not only tonight.',
    why: {
      text: 'One cramp that wakes you is very common. Cramps that keep disturbing your sleep, or affect your daily life, are worth a visit to your GP.',
    },
    answers: {
      now_and_then: { label: 'Now and then (up to about once a week), or this is the first time' },
      regularly: {
        label: 'Often, for weeks now: on several nights a week, or they leave you tired or unable to do things',
      },
    },
    errorRequired: 'Select how often cramps disturb your sleep or your day',
    summaryLabel: 'How often',
  },

  pattern: {
    heading: 'About your cramps: do any of these apply?',
    hint: 'Tick any that apply.',
    why: {
      text: 'Some of these can make cramps more likely, and some point to something a doctor should check. Knowing them helps us give advice that fits you.',
    },
    answers: {
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
      fluid_loss: {
        label: 'In the last few days you have been sick, had diarrhoea, or drunk much less than usual',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to you, or select 'None of these'",
    summaryLabel: 'About your cramps',
  },

  leg_changes: {
    heading: 'Over the last few weeks, have you noticed any of these in your legs?',
    hint: 'Tick any that apply.',
    why: {
      text: 'Numbness or swelling in both legs, or muscles that waste or twitch, can mean something a doctor should check, whatever the leg trouble is.',
    },
    answers: {
      both_legs_numb_swollen: {
        label: 'Numbness or swelling in both legs, not only in the feet',
        hint: 'This is different from the single hot, swollen or sore calf we asked about earlier.',
      },
      wasting_twitching: {
        label: 'Leg muscles getting thinner or weaker, or twitching under the skin of the legs',
        hint: 'Not a twitch in an eyelid, which is common and harmless.',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any that apply to you, or select 'None of these'",
    summaryLabel: 'Changes in your legs',
  },  last_check: {
    heading: 'One last check: do you have any of these, now or in the last few hours?',
    hint: 'We asked about some of these at the start. Tick any that apply now, even if you did not tick them then.',
    why: {
      text: 'These are the most serious signs that can come with leg cramps. We ask about them again because they are easy to miss, or may have only just started.',
    },
    answers: {
      chest_pain: {
        label: 'Chest pain',
        callHandler: 'chest pain',
      },
      breathless: {
        label: 'New shortness of breath',
        callHandler: 'new shortness of breath',
      },
      cold_pale_leg: {
        label: 'A leg or foot that is suddenly cold, pale or blue',
        callHandler: 'a leg or foot that suddenly went cold, pale or blue',
      },
      saddle_numb: {
        label: 'Numbness around your bottom or genitals',
        callHandler: 'numbness around the bottom or genitals',
      },
      both_legs_weak: {
        label: 'Both legs have suddenly become weak',
        callHandler: 'sudden weakness in both legs',
      },
      dark_urine: {
        label: 'Dark brown pee, with muscle pain or weakness',
        hint: 'Dark brown means the colour of tea or cola.',
        callHandler: 'dark brown pee with muscle pain or weakness',
      },
      heat_collapse: {
        label: 'Very hot to touch and confused, in hot weather or a hot room',
        callHandler: 'confused and very hot in the heat',
      },
      seizure: {
        label: 'A fit (seizure)',
        callHandler: 'a fit (seizure)',
      },
      cramp_over_10_min: {
        label: 'A cramp that lasted more than 10 minutes and would not let go when you stretched or walked',
        hint: 'Unlike the others on this page, tick this if it happened in the last few days, even if it has let go since.',
        callHandler: 'a cramp that lasted more than 10 minutes',
      },
    },
    noneLabel: 'None of these',
    errorRequired: "Select any signs you have, or select 'None of these'",
    summaryLabel: 'Last check for serious signs',
  },

};
