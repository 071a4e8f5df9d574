import type { QuestionsForOther } from '../types';

/**
 * Translation of content/en/questions-for-other.ts: the question words for someone
 * answering for another person. Each entry is the sentence of content/es/questions.ts
 * rewritten about "esa persona" (third person, su/sus, le), in forms that do not
 * assume the person's sex. Where the Spanish of questions.ts has no "tú" to change
 * (an impersonal form), the entry repeats it, so every language changes the same keys.
 * Not yet reviewed by a clinician who speaks Spanish.
 */
export const questionsForOther: QuestionsForOther = {
  screen_leg: {
    heading: '¿Tiene esa persona alguna de estas cosas en las piernas o los pies, ahora o en los últimos días?',
    hint: 'Mira las dos piernas y los dos pies de esa persona y compáralos. Marca todo lo que corresponda.',
    answers: {
      cold_pale_leg: {
        hint: 'O se ve blanco o con manchas comparado con el otro, esa persona lo nota adormecido, o no puede mover los dedos o el pie. El dolor empezó de repente y está ahí incluso en reposo.',
      },
      cramp_over_10_min: {
        label: 'Un calambre que duró más de 10 minutos y no cedía al estirar o al caminar',
      },
      rest_pain_sores: {
        hint: 'El dolor del pie suele aparecer por la noche y puede aliviarse al dejar colgar la pierna por el borde de la cama. Los dedos pueden verse negros o cambiar de color.',
      },
      one_leg_weak: {
        label: 'Un pie que se arrastra, cae de golpe contra el suelo o tropieza cuando camina, o una pierna que se ha debilitado, a lo largo de horas o días',
      },
    },
    errorRequired: "Selecciona las señales que tenga esa persona, o selecciona 'Nada de esto'",
  },
  screen_body: {
    heading: '¿Tiene esa persona alguna de estas cosas, ahora o en las últimas horas?',
    answers: {
      saddle_numb: {
        label: 'Adormecimiento alrededor del trasero o los genitales',
        hint: 'O una sensación rara entre las piernas, como al limpiarse, o adormecimiento nuevo durante las relaciones sexuales.',
      },
      bladder_bowel: {
        hint: 'Por ejemplo, problemas para empezar o parar de orinar, escapes de orina o de heces, o no notar cuándo tiene la vejiga llena.',
      },
      both_legs_weak: {
        hint: 'Por ejemplo, las piernas le fallan, o no puede ponerse de pie o subir escaleras como suele hacerlo.',
      },
      heat_collapse: {
        hint: 'O después de trabajar duro o hacer ejercicio con calor.',
      },
    },
    errorRequired: "Selecciona las señales que tenga esa persona, o selecciona 'Nada de esto'",
  },
  screen_medical: {
    heading: 'Medicamentos, heridas y otras señales: ¿le pasa a esa persona alguna de estas cosas?',
    hint: 'Señales de ahora o de las últimas horas, con un medicamento que toma esa persona o después de una herida reciente. Marca todo lo que corresponda.',
    answers: {
      tingling_mouth: {
        label: 'Hormigueo o adormecimiento alrededor de los labios o en las yemas de los dedos, junto con los calambres',
        hint: 'Esto importa sobre todo si hace poco se ha operado de la tiroides o las paratiroides (una operación en el cuello).',
      },
      ppi_palpitations: {
        hint: 'Estas pastillas se llaman IBP, por ejemplo el omeprazol. El latido puede notarse rápido o desigual. Temblores quiere decir temblar sin poder parar.',
      },
      statin_severe_pain: {
        label: 'Dolor muscular fuerte o debilidad que no puede explicar, mientras toma una estatina',
        hint: 'Una estatina es un medicamento que baja el colesterol. Si además su orina es de color marrón oscuro, como el té o un refresco de cola, es una emergencia: llama a tu número de emergencias local.',
      },
      dirty_wound: {
        hint: 'Esto importa sobre todo si no tiene al día las vacunas del tétanos.',
      },
    },
    errorRequired: "Selecciona lo que le pase a esa persona, o selecciona 'Nada de esto'",
  },
  age: {
    hint: 'Responde sobre la persona con el problema en las piernas, no sobre ti.',
  },
  child_kind: {
    answers: {
      child_other: { label: 'Otra cosa, o no lo sabes' },
    },
  },
  kind: {
    heading: '¿Cuáles de estas cosas le pasan a esa persona?',
    why: {
      text: 'Varias cosas pueden sentirse como un calambre. Por ejemplo, las piernas inquietas, los sobresaltos al dormirse, la mala circulación al caminar, un nervio pinzado en la espalda o el daño en los nervios de los pies. Esa persona puede tener más de una, y cada una necesita consejos distintos.',
    },
    answers: {
      cramp: {
        hint: 'Normalmente en la pantorrilla o el pie. Dura de segundos a minutos y se alivia al estirarlo.',
      },
      urge_to_move: {
        label: 'Ganas de mover las piernas, con una sensación incómoda o como de hormigas caminando por dentro',
        hint: 'Aparece al final de la tarde o cuando esa persona está en reposo, y mejora mientras se mueve.',
      },
      sleep_start: {
        label: 'Una sola sacudida o sobresalto repentino justo al dormirse',
        hint: 'Esa persona puede sentir como si se cayera. No le deja dolor.',
      },
      partner_kicks: {
        label: 'Alguien ha visto que las piernas de esa persona dan patadas o sacudidas una y otra vez mientras duerme',
        hint: 'Puede que también tenga mucho sueño durante el día.',
      },
      walking_pain: {
        label: 'Dolor en la pierna, como un calambre o un dolor sordo, cuando camina cierta distancia',
        hint: 'Por ejemplo, en la pantorrilla al subir una cuesta.',
      },
      shooting_pain: {
        label: 'Dolor que baja desde la espalda o la nalga por la pierna',
      },
    },
  },
  walking_relief: {
    heading: '¿Qué describe mejor el dolor de esa persona al caminar?',
    answers: {
      sit_or_bend: { label: 'Solo mejora cuando se sienta o se inclina hacia adelante' },
      shoots_from_back: { label: 'El dolor baja como una descarga desde la espalda o la nalga por la pierna' },
    },
    errorRequired: 'Selecciona lo que mejor describa el dolor de esa persona al caminar',
  },
  medicines: {
    heading: '¿Toma esa persona alguno de estos medicamentos?',
    hint: 'Marca todo lo que corresponda. Puede ayudarte mirar las cajas de sus medicamentos.',
    why: {
      text: 'Algunos medicamentos se relacionan con los calambres, y la quinina tiene efectos secundarios que hay que vigilar. Si un medicamento podría estar influyendo, un médico o farmacéutico puede revisarlo con esa persona. No debe dejar de tomar un medicamento recetado sin consultarlo.',
    },
    answers: {
      new_medicine: { label: 'Sus calambres empezaron en las semanas o meses después de empezar o cambiar un medicamento' },
    },
    errorRequired: "Selecciona los medicamentos que tome esa persona, o selecciona 'Nada de esto'",
  },
  health: {
    heading: '¿Le pasa a esa persona alguna de estas cosas?',
    why: {
      text: 'Los calambres son frecuentes en el embarazo y con la cirrosis del hígado o la diálisis, y se relacionan con la diabetes y con una tiroides que funciona poco. La enfermedad de los riñones también puede afectar al calcio en la sangre. Si a esa persona le pasa algo de esto, su equipo médico debería saber lo de sus calambres.',
    },
    answers: {
      pregnant: { label: 'Está embarazada, o dio a luz en las últimas 6 semanas' },
      kidney_disease: { label: 'Enfermedad de los riñones, o le hacen diálisis', hint: 'No marques esto si solo ha tenido piedras en el riñón en el pasado.' },
    },
    errorRequired: "Selecciona lo que le pase a esa persona, o selecciona 'Nada de esto'",
  },
  calcium_risk: {
    heading: 'Calcio: ¿le pasa a esa persona alguna de estas cosas?',
    answers: {
      parathyroid_vitamin_d: { label: 'Le han dicho que tiene un problema de las paratiroides o falta de vitamina D' },
      poor_absorption: { label: 'Una enfermedad u operación del intestino que hace que su cuerpo no absorba bien los alimentos' },
      tingling_comes_goes: { label: 'Hormigueo alrededor de los labios o en las yemas de los dedos que va y viene' },
      taking_calcium: {
        label: 'Toma pastillas de calcio, o está pensando en tomarlas',
        hint: 'Esto no es un riesgo. Lo preguntamos para contarle a esa persona lo que se sabe sobre las pastillas de calcio.',
      },
    },
    errorRequired: "Selecciona lo que le pase a esa persona, o selecciona 'Nada de esto'",
  },
  timing: {
    why: {
      text: 'Los calambres normales aparecen sobre todo en la cama o en reposo, y a menudo despiertan a quien los tiene, pero también pueden aparecer de día. Los calambres durante el ejercicio, o durante la diálisis, tienen sus propias causas y consejos.',
    },
  },
  how_often: {
    heading: '¿Con qué frecuencia los calambres alteran el sueño o el día de esa persona?',
    why: {
      text: 'Un calambre que despierta a alguien es muy frecuente. Los calambres que siguen alterando su sueño, o que afectan a su vida diaria, merecen una visita a su médico de familia.',
    },
    answers: {
      regularly: { label: 'A menudo, desde hace semanas: varias noches por semana, o le causan cansancio o le impiden hacer cosas' },
    },
    errorRequired: 'Selecciona con qué frecuencia los calambres alteran el sueño o el día de esa persona',
  },
  pattern: {
    heading: 'Sobre sus calambres: ¿le pasa a esa persona alguna de estas cosas?',
    why: {
      text: 'Algunas de estas cosas pueden hacer más probables los calambres, y otras apuntan a algo que un médico debería revisar. Conocerlas nos ayuda a dar consejos que encajen con esa persona.',
    },
    answers: {
      toes_pointed: { label: 'Dormir con la punta de los pies hacia abajo, boca abajo, o bajo sábanas o mantas apretadas y remetidas' },
      fluid_loss: { label: 'En los últimos días ha vomitado, ha tenido diarrea o ha bebido mucho menos de lo normal' },
    },
    errorRequired: "Selecciona lo que le pase a esa persona, o selecciona 'Nada de esto'",
    summaryLabel: 'Sobre sus calambres',
  },
  leg_changes: {
    heading: 'En las últimas semanas, ¿ha notado esa persona alguna de estas cosas en las piernas?',
    errorRequired: "Selecciona lo que le pase a esa persona, o selecciona 'Nada de esto'",
    summaryLabel: 'Cambios en sus piernas',
  },
  last_check: {
    heading: 'Una última comprobación: ¿tiene esa persona alguna de estas cosas, ahora o en las últimas horas?',
    hint: 'Al principio preguntamos por algunas de estas cosas. Marca todo lo que corresponda ahora, aunque entonces no lo marcaras.',
    answers: {
      saddle_numb: { label: 'Adormecimiento alrededor del trasero o los genitales' },
      cramp_over_10_min: {
        label: 'Un calambre que duró más de 10 minutos y no cedía al estirar o al caminar',
      },
    },
    errorRequired: "Selecciona las señales que tenga esa persona, o selecciona 'Nada de esto'",
  },
};
