import type { ResultForOther } from '../types';

/**
 * Translation of content/en/result-for-other.ts: the result's words when someone answers
 * for another person. Where content/es/actions.ts and triage.ts speak to the person with
 * the leg trouble as "tú", these speak about "esa persona" (su/sus, la/le), so the one
 * reading knows what to do for them; "tú" stays where it means the reader (calling,
 * waiting, telling the doctor). Not yet reviewed by a clinician who speaks Spanish.
 */
export const resultForOther: ResultForOther = {
  triage: {
    urgent: {
      summary: 'Llama para pedir cita hoy: algunas de tus respuestas necesitan que un médico revise a esa persona, y no es seguro esperar a ver qué pasa.',
    },
    self_care: {
      heading: 'Esa persona puede cuidarse de esto en casa',
    },
  },
  actions: {
    dont_drive: {
      title: 'No dejes que esa persona conduzca',
      short: ['Si tiene una pierna débil o adormecida, esa persona no debe conducir.'],
      body: ['Lleva tú a esa persona si es seguro hacerlo, pide a alguien más que la lleve, o espera a la ambulancia.'],
    },
    get_seen_today: {
      body: [
        'Pide una cita urgente para hoy al médico de familia o de atención primaria de esa persona. O llévala a un centro de atención urgente, o llama a tu línea telefónica local de consejo urgente (por ejemplo, NHS 111 en Inglaterra).',
        'Si esa persona está embarazada o dio a luz en las últimas 6 semanas, contacta con su unidad de maternidad.',
        'Si tiene dolor en el pecho o le empieza a faltar el aire, llama a tu número de emergencias local.',
        'Cuéntale al médico también cualquier otro problema que tenga en las piernas: este cuestionario dejó de preguntar en cuanto encontró un motivo para que la atiendan hoy.',
      ],
    },
    heat_first_aid: {
      title: 'Mientras esperas: aleja a esa persona del calor',
      short: ['Mientras esperas, ayúdala a ir a un lugar fresco, fuera del sol, y a descansar.'],
      body: ['Esa persona debe dejar cualquier actividad y seguir descansando en un lugar fresco hasta que llegue la ayuda.'],
    },
    stretch_during_cramp: {
      short: [
        'Ayúdala a estirar la pierna y a tirar de los dedos del pie hacia la espinilla, con una mano o con una toalla alrededor del pie.',
        'Mantén el estiramiento de forma constante hasta que el músculo se suelte.',
      ],
      body: [
        'Pon la rodilla recta.',
        'Tira de los dedos y del pie hacia la espinilla, con la mano o con una toalla pasada alrededor del pie.',
        'O esa persona puede ponerse de pie, con el pie del calambre detrás y el talón apoyado en el suelo, e inclinarse hacia adelante.',
        'Tira de forma constante. No des tirones a los dedos. Mantenlo hasta que el músculo se suelte.',
      ],
    },
    quinine_warning_signs: {
      title: 'Si esa persona toma quinina: señales de alarma',
      when: {
        emergency: ['Esa persona toma quinina y tiene un sangrado abundante, se desmaya o tiene dolor en el pecho.'],
        urgent: [
          'Esa persona toma quinina y nota moretones con facilidad, sangrado de nariz o de encías, o sangre en la orina o en las heces. O puntitos rojos, morados o marrones en la piel, zumbido en los oídos, cambios en la audición o la vista, o el corazón acelerado o irregular.',
        ],
      },
    },
  },
};
