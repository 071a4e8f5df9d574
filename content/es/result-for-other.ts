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
      short: ['Esa persona no debe conducir para ir a buscar ayuda.'],
      body: ['Lleva tú a esa persona si es seguro hacerlo, pide a alguien más que lo haga, o espera a la ambulancia.'],
    },
    get_seen_today: {
      body: [
        'Pide una cita urgente para hoy al médico de familia o de atención primaria de esa persona. O lleva a esa persona a un centro de atención urgente, o llama a tu línea telefónica local de consejo urgente (por ejemplo, NHS 111 en Inglaterra).',
        'Si esa persona está embarazada o dio a luz en las últimas 6 semanas, contacta con su unidad de maternidad.',
        'Si tiene dolor en el pecho o le empieza a faltar el aire, llama a tu número de emergencias local.',
      ],
    },
    heat_first_aid: {
      title: 'Mientras esperas: aleja a esa persona del calor',
      short: ['Mientras esperas, ayuda a esa persona a ir a un lugar fresco, fuera del sol, y a descansar.'],
      body: ['Esa persona debe dejar cualquier actividad y seguir descansando en un lugar fresco hasta que llegue la ayuda.'],
    },
    stretch_during_cramp: {
      short: [
        'Ayuda a esa persona a estirar la pierna y a tirar de los dedos del pie hacia la espinilla, con una mano o con una toalla alrededor del pie.',
        'Mantén el estiramiento de forma constante hasta que el músculo se suelte.',
      ],
      body: [
        'Pon la rodilla recta.',
        'Tira de los dedos y del pie hacia la espinilla, con la mano o con una toalla pasada alrededor del pie.',
        'O esa persona puede ponerse de pie, con el pie del calambre detrás y el talón apoyado en el suelo, e inclinarse hacia adelante.',
        'Tira de forma constante. No des tirones a los dedos. Mantenlo hasta que el músculo se suelte.',
      ],
    },
    safety_net: {
      when: {
        emergency: [
          'Dolor en el pecho o falta de aire.',
          'Una pierna o un pie se pone de repente frío, pálido o azul, o esa persona no puede mover los dedos del pie.',
          'Su orina se vuelve de color marrón oscuro, como el té o un refresco de cola.',
          'Adormecimiento entre las piernas o alrededor del trasero de esa persona, o problemas nuevos para orinar o defecar.',
        ],
        urgent: [
          'Una de sus pantorrillas se hincha o se pone caliente, roja o más oscura.',
          'Un calambre dura más de 10 minutos y no cede cuando esa persona lo estira.',
          'Una de sus piernas se debilita o se adormece.',
        ],
        see_doctor: ['Sus calambres vuelven una y otra vez, empeoran, o alteran a menudo su sueño o su día.'],
      },
    },
    calcium_urgent: {
      body: [
        'El hormigueo alrededor de los labios o en las yemas de los dedos de esa persona, junto con calambres o espasmos, es la señal que hay que tomarse en serio.',
        'Llama a tu número de emergencias local si a esa persona se le agarrotan las manos o los pies en un espasmo, o tiene dificultad para respirar o el corazón acelerado o irregular.',
        'Esa persona no debe tratarlo por su cuenta con pastillas de calcio: un análisis de sangre mostrará lo que hace falta.',
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
  causes: {
    prolonged_cramp: {
      summary: 'Un calambre normal se alivia en unos 10 minutos, sobre todo si se estira el músculo.',
      explanation: 'Si dura más y no cede, un médico tiene que revisar hoy a esa persona.',
    },
    severe_limb_ischaemia: {
      summary: 'Cuando las arterias estrechadas no pueden llevar suficiente sangre, el pie puede doler en reposo o por la noche, y a menudo mejora si se deja colgar la pierna.',
      explanation: 'Las llagas que no se curan o los dedos del pie oscuros son otras señales. Un médico tiene que revisar a esa persona hoy o muy pronto.',
    },
    nerve_root_compression: {
      summary: 'Si una pierna se debilita a lo largo de horas o días, un médico tiene que revisar hoy a esa persona.',
    },
    cauda_equina: {
      summary: 'El adormecimiento entre las piernas, problemas nuevos para orinar o defecar, o debilidad en ambas piernas pueden indicar que los nervios de la base de su columna están comprimidos.',
      explanation: 'Estos nervios se encargan de las piernas, la vejiga, el intestino y la piel de entre las piernas. Esto necesita atención de emergencia.',
    },
    tetanus: {
      explanation: 'Causa espasmos musculares y es más probable si esa persona no tiene al día las vacunas del tétanos. Un médico tiene que ver hoy a esa persona; la mandíbula rígida o la dificultad para tragar lo convierten en una emergencia.',
    },
    quinine_toxicity: {
      explanation: 'Tus respuestas incluyen señales que podrían indicar esto. Contacta hoy con un médico; un sangrado abundante o un desmayo es una emergencia.',
    },
    low_calcium: {
      explanation: 'Suele tener una causa, como una operación reciente en el cuello, problemas de las paratiroides o de los riñones, o falta de vitamina D. Un análisis de sangre lo mostrará, así que esa persona debería ir hoy al médico en lugar de tomar pastillas por su cuenta.',
    },
    low_magnesium_ppi: {
      summary: 'Un medicamento para el ácido del estómago, como el omeprazol, tomado durante mucho tiempo, puede bajar el magnesio en la sangre.',
      explanation: 'Los espasmos musculares con el corazón acelerado o irregular, o con temblores, pueden ser señales. Un médico debería revisar hoy a esa persona; un ataque (convulsión) o un desmayo es una emergencia.',
    },
    statin_muscle: {
      explanation: 'Un médico debería revisar hoy un dolor muscular fuerte o una debilidad que esa persona no pueda explicar. Si su orina se vuelve de color marrón oscuro, llama a tu número de emergencias local.',
    },
  },
  result: {
    stoppedEarly: 'Cuéntale también al médico cualquier otro problema que esa persona tenga en las piernas: este cuestionario dejó de hacer preguntas en cuanto encontró un motivo para que un médico vea hoy a esa persona.',
    printButton: 'Imprimir o guardar para el médico de esa persona',
    showSummary: 'Mostrar un resumen para el médico de esa persona',
  },
  handover: {
    open: 'Tus respuestas y un resumen para el médico de esa persona',
  },
};
