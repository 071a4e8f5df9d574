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
      short: ['If a leg is weak or numb, they should not drive.'],
      body: ['Take them yourself if it is safe to, ask someone else, or wait for the ambulance.'],
    },
    get_seen_today: {
      body: [
        'Ask their GP or primary-care doctor for an urgent appointment today. Or take them to an urgent care centre, or call your local urgent advice line (for example, NHS 111 in England).',
        'If they are pregnant or gave birth in the last 6 weeks, contact their maternity unit.',
        'If they get chest pain or become short of breath, call your local emergency number.',
        'Tell the doctor about any other leg trouble they have too: this check stopped asking once it found a reason to be seen today.',
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
};
