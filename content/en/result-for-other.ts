import type { ResultForOther } from '../types';

/**
 * The result's words when someone answers for another person (a relative, a parent, a
 * partner): the care cards and the emergency and urgent actions, where "you" means the
 * person with the leg trouble, say "they" instead, so the one reading knows what to do
 * for them. "You" stays where it means the reader: calling, waiting, telling the call
 * handler. Only the words that change are here; a content test checks every language
 * changes the same ones, and that none of these still says "you" about the person.
 */
export const resultForOther: ResultForOther = {
  triage: {
    urgent: {
      summary: 'Call for an appointment today: some of your answers need a doctor to check them, and it isn’t safe to wait and see.',
    },
    self_care: {
      heading: 'They can look after this at home',
    },
  },
  actions: {
    dont_drive: {
      title: 'Don’t let them drive',
      short: ['They should not drive themselves to get help.'],
      body: ['Take them yourself if it is safe to, ask someone else, or wait for the ambulance.'],
    },
    get_seen_today: {
      body: [
        'Ask their GP or primary-care doctor for an urgent appointment today. Or take them to an urgent care centre, or call your local urgent advice line (for example, NHS 111 in England).',
        'If they are pregnant or gave birth in the last 6 weeks, contact their maternity unit.',
        'If they get chest pain or become short of breath, call your local emergency number.',
      ],
    },
    heat_first_aid: {
      title: 'While you wait: get them out of the heat',
      short: ['While you wait, help them move somewhere cool, out of the sun, and rest.'],
      body: ['They should stop any activity and keep resting somewhere cool until help comes.'],
    },
    stretch_during_cramp: {
      short: [
        'Help them straighten the leg and pull the toes up towards the shin, with a hand or a towel round the foot.',
        'Hold the stretch steadily until the muscle lets go.',
      ],
      body: [
        'Straighten the knee.',
        'Pull the toes and foot up toward the shin, by hand or with a towel looped round the foot.',
        'Or they can stand up, with the cramping foot behind them and its heel flat on the floor, and lean forward.',
        'Pull steadily. Don’t yank the toes. Hold until the muscle lets go.',
      ],
    },
    safety_net: {
      when: {
        emergency: [
          'Chest pain or shortness of breath.',
          'A leg or foot suddenly turns cold, pale or blue, or they can’t move their toes.',
          'Their pee turns dark brown, like tea or cola.',
          'Numbness between their legs or around their bottom, or new trouble peeing or pooing.',
        ],
        urgent: [
          'One calf becomes swollen, warm, red or darker.',
          'A cramp lasts more than 10 minutes and won’t let go when they stretch.',
          'A leg becomes weak or numb.',
        ],
        see_doctor: ['Their cramps keep coming back, get worse, or often disturb their sleep or their day.'],
      },
    },
    calcium_urgent: {
      body: [
        'Tingling around their lips or in their fingertips, together with cramps or spasms, is the sign to take seriously.',
        'Call your local emergency number if their hands or feet lock in spasm, or they have trouble breathing or a racing or uneven heartbeat.',
        'They should not treat this with calcium tablets on their own: a blood test will show what is needed.',
      ],
    },
    quinine_warning_signs: {
      title: 'If they take quinine: warning signs',
      when: {
        emergency: ['They take quinine and have heavy bleeding, faint, or get chest pain.'],
        urgent: [
          'They take quinine and notice easy bruising, nosebleeds or bleeding gums, blood in their pee or poo, tiny red, purple or brown spots on their skin, ringing ears or changes in hearing or sight, or a racing or uneven heartbeat.',
        ],
      },
    },
  },
  causes: {
    prolonged_cramp: {
      summary: 'An ordinary cramp eases within about 10 minutes, especially when it is stretched.',
      explanation: 'One that lasts longer and won’t let go needs a doctor to check them today.',
    },
    severe_limb_ischaemia: {
      summary: 'When narrowed arteries can’t bring enough blood, the foot can hurt at rest or at night, often easing when the leg hangs down.',
      explanation: 'Sores that won’t heal or dark toes are other signs. A doctor needs to check them today or very soon.',
    },
    nerve_root_compression: {
      summary: 'A leg that becomes weak over hours or days needs a doctor to check them today.',
    },
    cauda_equina: {
      summary: 'Numbness between their legs, new trouble peeing or pooing, or weakness in both legs can mean the nerves at the bottom of their spine are squashed.',
      explanation: 'These nerves serve the legs, bladder, bowel and the skin between the legs. This needs emergency care.',
    },
    tetanus: {
      explanation: 'It causes muscle spasms and is more likely if their tetanus jabs are not up to date. A doctor needs to see them today; a stiff jaw or trouble swallowing makes it an emergency.',
    },
    quinine_toxicity: {
      explanation: 'Your answers include signs that could mean this. Contact a doctor today; heavy bleeding or fainting is an emergency.',
    },
    low_calcium: {
      explanation: 'It usually has a cause, such as recent neck surgery, parathyroid or kidney problems, or lack of vitamin D. A blood test will show it, so they should get seen today rather than take tablets on their own.',
    },
    low_magnesium_ppi: {
      summary: 'A stomach-acid medicine such as omeprazole, taken for a long time, can lower the magnesium in the blood.',
      explanation: 'Muscle spasms with a racing or uneven heartbeat or shaking can be signs. A doctor should check them today; a fit (seizure) or fainting is an emergency.',
    },
    statin_muscle: {
      explanation: 'Severe muscle pain or weakness that they can’t explain should be checked by a doctor today. If their pee turns dark brown, call your local emergency number.',
    },
  },
  result: {
    stoppedEarly: 'Tell the doctor about any other leg trouble they have too: this check stopped asking once it found a reason for them to be seen today.',
    printButton: 'Print or save for their doctor',
    showSummary: 'Show a summary for their doctor',
  },
  handover: {
    open: 'Your answers, and a summary for their doctor',
  },
};
