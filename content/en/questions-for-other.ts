import type { QuestionsForOther } from '../types';

/**
 * The question pages' words when someone answers for another person (a relative, a
 * parent, a partner): every sentence that says "you" about the person with the leg
 * trouble says "they" instead. Only the words that change are here; the rest are
 * those of questions.ts. A content test checks that every English question sentence
 * about "you" has its "they" here, and that every language changes the same ones.
 */
export const questionsForOther: QuestionsForOther = {
  screen_leg: {
    heading: 'Do they have any of these in their legs or feet, now or in the last few days?',
    hint: 'Look at both their legs and feet and compare them. Tick any that apply.',
    answers: {
      cold_pale_leg: {
        hint: 'Or it looks white or blotchy next to the other one, feels numb, or they cannot move their toes or foot. The pain came on suddenly and is there even at rest.',
      },
      cramp_over_10_min: {
        label: 'A cramp that lasted more than 10 minutes and would not let go when they stretched or walked',
      },
      rest_pain_sores: {
        hint: 'The foot pain often comes at night and may ease when they hang their leg down over the side of the bed. Toes may look black or change colour.',
      },
      one_leg_weak: {
        label: 'A foot that drags, slaps down or catches when they walk, or a leg that has become weak, over hours or days',
      },
    },
    errorRequired: "Select any signs they have, or select 'None of these'",
  },
  screen_body: {
    heading: 'Do they have any of these, now or in the last few hours?',
    answers: {
      saddle_numb: {
        label: 'Numbness around their bottom or genitals',
        hint: 'Or an odd feeling between their legs, such as when wiping, or new numbness during sex.',
      },
      bladder_bowel: {
        hint: 'For example, trouble starting or stopping peeing, leaking pee or poo, or not feeling when their bladder is full.',
      },
      both_legs_weak: {
        hint: 'For example, their legs give way, or they cannot stand up or climb stairs as they usually can.',
      },
      heat_collapse: {
        hint: 'Or after hard work or exercise in the heat.',
      },
    },
    errorRequired: "Select any signs they have, or select 'None of these'",
  },
  screen_medical: {
    heading: 'Medicines, wounds and other signs: do any of these apply to them?',
    hint: 'Signs now or in the last few hours, with a medicine they take, or since a recent wound. Tick any that apply.',
    answers: {
      tingling_mouth: {
        label: 'Tingling or numbness around their lips or in their fingertips, along with the cramps',
        hint: 'This matters most if they have recently had thyroid or parathyroid surgery (an operation on the neck).',
      },
      ppi_palpitations: {
        hint: 'These tablets are called PPIs, for example omeprazole. The heartbeat may feel fast or uneven. Shaking means trembling they cannot stop (tremor).',
      },
      statin_severe_pain: {
        label: 'Severe muscle pain or weakness they cannot explain, while taking a statin',
        hint: 'A statin is a medicine that lowers cholesterol. If their pee is also dark brown, like tea or cola, that is an emergency: call your local emergency number.',
      },
      dirty_wound: {
        hint: 'This matters most if their tetanus jabs are not up to date.',
      },
    },
    errorRequired: "Select any that apply to them, or select 'None of these'",
  },
  age: {
    hint: 'Answer about the person with the leg trouble, not about yourself.',
  },
  child_kind: {
    answers: {
      child_other: { label: 'Something else, or you are not sure' },
    },
  },
  kind: {
    heading: 'Which of these happen to them?',
    why: {
      text: 'Several things can feel like a cramp, such as restless legs, sleep starts, poor circulation when walking, a trapped nerve in the back and nerve damage in the feet. They can have more than one, and each needs different advice.',
    },
    answers: {
      cramp: {
        hint: 'Usually in the calf or foot. It lasts seconds to minutes and eases when they stretch it.',
      },
      urge_to_move: {
        label: 'An urge to move their legs, with a creepy-crawly or uncomfortable feeling',
        hint: 'It comes in the evening or when they are resting, and gets better while they move.',
      },
      sleep_start: {
        label: 'One sudden jump or jolt just as they fall asleep',
        hint: 'They may feel as if they are falling. It does not leave them in pain.',
      },
      partner_kicks: {
        label: 'Someone has seen their legs kick or jerk again and again while they sleep',
        hint: 'They may also feel very sleepy in the day.',
      },
      walking_pain: {
        label: 'Cramping or aching pain in their leg when they walk a certain distance',
        hint: 'For example, in the calf when they walk uphill.',
      },
      shooting_pain: {
        label: 'Pain that shoots from their back or buttock down their leg',
      },
    },
  },
  walking_relief: {
    heading: 'Which best describes their walking pain?',
    answers: {
      sit_or_bend: { label: 'It only gets better when they sit down or lean forward' },
      shoots_from_back: { label: 'The pain shoots from their back or buttock down their leg' },
    },
    errorRequired: 'Select what best describes their walking pain',
  },
  medicines: {
    heading: 'Do they take any of these medicines?',
    hint: 'Tick any that apply. It may help to look at their medicine boxes.',
    why: {
      text: 'Some medicines are linked with cramps, and quinine has side effects to watch for. If a medicine might be playing a part, a doctor or pharmacist can review it with them. They should not stop a prescribed medicine on their own.',
    },
    answers: {
      new_medicine: { label: 'Their cramps began in the weeks or months after they started or changed a medicine' },
    },
    errorRequired: "Select any medicines they take, or select 'None of these'",
  },
  health: {
    heading: 'Do any of these apply to them?',
    why: {
      text: 'Cramps are common in pregnancy and with liver cirrhosis or dialysis, and are linked with diabetes and an underactive thyroid. Kidney disease can also affect blood calcium. If one of these applies, the team who looks after them should hear about their cramps.',
    },
    answers: {
      pregnant: { label: 'They are pregnant, or gave birth in the last 6 weeks' },
      kidney_disease: { label: 'Kidney disease, or they have dialysis', hint: 'Not if they only had kidney stones in the past.' },
    },
    errorRequired: "Select any that apply to them, or select 'None of these'",
  },
  calcium_risk: {
    heading: 'Calcium: do any of these apply to them?',
    answers: {
      parathyroid_vitamin_d: { label: 'They have been told they have a parathyroid problem or a lack of vitamin D' },
      poor_absorption: { label: 'A bowel condition or operation that means their body does not absorb food well' },
      tingling_comes_goes: { label: 'Tingling around their lips or in their fingertips that comes and goes' },
      taking_calcium: {
        label: 'They take calcium tablets, or are thinking of taking them',
        hint: 'This is not a risk. We ask so we can tell them what is known about calcium tablets.',
      },
    },
    errorRequired: "Select any that apply to them, or select 'None of these'",
  },
  timing: {
    why: {
      text: 'Ordinary cramps mostly come in bed or at rest, often waking people, but they can come in the day too. Cramps during exercise, or during dialysis, have their own causes and advice.',
    },
  },
  how_often: {
    heading: 'How often do cramps disturb their sleep or their day?',
    why: {
      text: 'One cramp that wakes someone is very common. Cramps that keep disturbing their sleep, or affect their daily life, are worth a visit to their GP.',
    },
    answers: {
      regularly: { label: 'Often, for weeks now: on several nights a week, or they leave them tired or unable to do things' },
    },
    errorRequired: 'Select how often cramps disturb their sleep or their day',
  },
  pattern: {
    heading: 'About their cramps: do any of these apply?',
    why: {
      text: 'Some of these can make cramps more likely, and some point to something a doctor should check. Knowing them helps us give advice that fits them.',
    },
    answers: {
      toes_pointed: { label: 'Sleeping with their toes pointed down, on their front, or under tight tucked-in covers' },
      fluid_loss: { label: 'In the last few days they have been sick, had diarrhoea, or drunk much less than usual' },
    },
    errorRequired: "Select any that apply to them, or select 'None of these'",
    summaryLabel: 'About their cramps',
  },
  leg_changes: {
    heading: 'Over the last few weeks, have they noticed any of these in their legs?',
    errorRequired: "Select any that apply to them, or select 'None of these'",
    summaryLabel: 'Changes in their legs',
  },
  last_check: {
    heading: 'One last check: do they have any of these, now or in the last few hours?',
    hint: 'We asked about some of these at the start. Tick any that apply now, even if you did not tick them then.',
    answers: {
      saddle_numb: { label: 'Numbness around their bottom or genitals' },
      cramp_over_10_min: {
        label: 'A cramp that lasted more than 10 minutes and would not let go when they stretched or walked',
      },
    },
    errorRequired: "Select any signs they have, or select 'None of these'",
  },
};
