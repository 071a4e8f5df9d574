// Spanish translation of content/en/questions.ts; not yet reviewed by a clinician who speaks Spanish.
import type { QuestionsContent } from '../types';

const childWarningSigns = {
  one_side: { label: 'Dolor solo en una pierna' },
  daytime_pain: { label: 'Dolor durante el día, no solo al final de la tarde o por la noche' },
  limp: { label: 'Cojera', hint: 'Caminar de forma desigual.' },
  unwell: { label: 'Fiebre, o sentirse mal', hint: 'Fiebre quiere decir temperatura alta.' },
};

export const questions: QuestionsContent = {
  screen_leg: {
    heading: '¿Tienes alguna de estas cosas en las piernas o los pies, ahora o en los últimos días?',
    hint: 'Mira las dos piernas y los dos pies y compáralos. Marca todo lo que corresponda. Si respondes por otra persona, responde sobre ella.',
    why: {
      text: 'Estas señales pueden indicar un coágulo de sangre, una arteria obstruida en la pierna o presión sobre los nervios de la espalda, no un calambre normal. Necesitan ayuda rápida, por eso las preguntamos primero.',
    },
    answers: {
      cold_pale_leg: {
        label: 'Una pierna o un pie que de repente está frío, pálido o azul, con un dolor intenso',
        hint: 'O se ve blanco o con manchas comparado con el otro, lo notas adormecido, o no puedes mover los dedos o el pie. El dolor empezó de repente y está ahí incluso en reposo.',
        callHandler: 'una pierna o un pie que de repente se ha puesto frío, pálido o azul, con un dolor intenso',
      },
      calf_swollen: {
        label: 'Una pantorrilla está hinchada, caliente, roja o más oscura que la otra',
        hint: 'Hinchada quiere decir que se ve más grande o más gruesa que la otra. Suele ser una sola pantorrilla, pero rara vez pueden ser las dos.',
        callHandler: 'una pantorrilla hinchada, caliente, roja o más oscura',
      },
      calf_sore: {
        label: 'Una pantorrilla que duele al tocarla, o que tiene un dolor que no se va en ningún momento, incluso entre calambres',
        hint: 'Estirar no alivia el dolor. Una pantorrilla puede notarse como magullada hasta un día después de un calambre: marca esto si el dolor dura más.',
        callHandler: 'una pantorrilla que duele al tocarla o con un dolor que no se va',
      },
      cramp_over_10_min: {
        label: 'Un calambre que duró más de 10 minutos y no cedía al estirar o al caminar',
        hint: 'Marca esto si pasó en los últimos días, aunque ya haya cedido.',
        callHandler: 'un calambre que duró más de 10 minutos',
      },
      rest_pain_sores: {
        label: 'Dolor en el pie en reposo, llagas que no se curan o dedos del pie negros, con mala circulación en las piernas ya diagnosticada (EAP)',
        hint: 'El dolor del pie suele aparecer por la noche y puede aliviarse al dejar colgar la pierna por el borde de la cama. Los dedos pueden verse negros o cambiar de color.',
        callHandler: 'mala circulación en las piernas ya diagnosticada, con dolor en el pie en reposo o llagas que no se curan',
      },
      one_leg_weak: {
        label: 'Un pie que se arrastra, cae de golpe contra el suelo o tropieza cuando caminas, o una pierna que se ha debilitado, a lo largo de horas o días',
        hint: 'Solo una pierna. Con o sin dolor de espalda, o dolor que baja por la pierna como una descarga. La debilidad en las dos piernas está en la página siguiente.',
        callHandler: 'una pierna se ha debilitado a lo largo de horas o días',
      },
    },
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona las señales que tengas, o selecciona 'Nada de esto'",
    summaryLabel: 'Señales de alarma en piernas y pies',
  },

  screen_body: {
    heading: '¿Tienes alguna de estas cosas, ahora o en las últimas horas?',
    hint: 'Pueden estar en cualquier parte del cuerpo, no solo en las piernas. Marca todo lo que corresponda.',
    why: {
      text: 'De vez en cuando, los calambres aparecen junto con un problema grave en otra parte del cuerpo. Podría ser un coágulo de sangre en el pulmón, una descomposición del músculo, un golpe de calor o presión sobre los nervios de la base de la columna. Estas señales necesitan ayuda de emergencia de inmediato.',
    },
    answers: {
      chest_pain: {
        label: 'Dolor en el pecho',
        hint: 'Dolor, opresión o presión en el pecho que es nuevo.',
        callHandler: 'dolor en el pecho',
      },
      breathless: {
        label: 'Falta de aire nueva, que antes no había',
        hint: 'Respirar cuesta más de lo normal, incluso en reposo o con poco esfuerzo.',
        callHandler: 'falta de aire que antes no tenía',
      },
      coughing_blood: {
        label: 'Tos con sangre',
        callHandler: 'tos con sangre',
      },
      fainted: {
        label: 'Desmayarse o perder el conocimiento',
        hint: 'Aunque sea solo un momento.',
        callHandler: 'desmayo',
      },
      saddle_numb: {
        label: 'Adormecimiento alrededor del trasero o los genitales',
        hint: 'O una sensación rara entre las piernas, como al limpiarte, o adormecimiento nuevo durante las relaciones sexuales.',
        callHandler: 'adormecimiento alrededor del trasero o los genitales',
      },
      bladder_bowel: {
        label: 'Problemas nuevos para controlar la orina o las heces',
        hint: 'Por ejemplo, problemas para empezar o parar de orinar, escapes de orina o de heces, o no notar cuándo tienes la vejiga llena.',
        callHandler: 'problemas nuevos para controlar la orina o las heces',
      },
      dark_urine: {
        label: 'Orina de color marrón oscuro, o mucha menos orina de lo normal, con dolor muscular fuerte, debilidad o músculos hinchados',
        hint: 'Marrón oscura quiere decir del color del té o de un refresco de cola.',
        callHandler: 'orina de color marrón oscuro con dolor o debilidad muscular',
      },
      both_legs_weak: {
        label: 'Las dos piernas se han debilitado de repente',
        hint: 'Por ejemplo, las piernas te fallan, o no puedes ponerte de pie o subir escaleras como sueles hacerlo.',
        callHandler: 'debilidad repentina en las dos piernas',
      },
      heat_collapse: {
        label: 'El cuerpo está muy caliente al tacto, hay confusión o la persona se ha desplomado, con tiempo caluroso o en una habitación calurosa',
        hint: 'O después de trabajar duro o hacer ejercicio con calor. Puede ser tu caso o el de la persona a la que ayudas.',
        callHandler: 'confusión, cuerpo muy caliente o desplome, con el calor',
      },
      locked_spasm: {
        label: 'Las manos o los pies agarrotados en un espasmo, con dificultad para respirar o el corazón acelerado',
        hint: 'Agarrotados quiere decir que se quedan rígidos y no se relajan. El latido puede notarse rápido, o desigual e irregular.',
        callHandler: 'manos o pies agarrotados en un espasmo',
      },
      seizure: {
        label: 'Un ataque (convulsión)',
        callHandler: 'un ataque (convulsión)',
      },
      jaw_stiff_wound: {
        label: 'La mandíbula rígida o dificultad para tragar después de un corte o una herida',
        callHandler: 'mandíbula rígida o dificultad para tragar después de una herida',
      },
    },
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona las señales que tengas, o selecciona 'Nada de esto'",
    summaryLabel: 'Otras señales de alarma',
  },

  screen_medical: {
    heading: 'Medicamentos, heridas y otras señales: ¿te pasa alguna de estas cosas?',
    hint: 'Señales de ahora o de las últimas horas, con un medicamento que tomas o después de una herida reciente. Marca todo lo que corresponda.',
    why: {
      text: 'Algunos medicamentos y hechos recientes pueden causar problemas graves, como efectos secundarios de la quinina, calcio o magnesio bajos en la sangre, o el tétanos. Estos necesitan un médico hoy, y unos pocos necesitan ayuda de emergencia.',
    },
    answers: {
      quinine_heavy_bleeding: {
        label: 'Un sangrado abundante que cuesta parar, mientras se toma quinina',
        hint: 'Aquí, quinina quiere decir cualquier medicamento o producto que la contenga. Un sangrado de nariz o de encías que se para solo va en la siguiente respuesta.',
        callHandler: 'sangrado abundante tomando quinina',
      },
      quinine_bruising: {
        label: 'Moretones o sangrados con facilidad, o puntitos en la piel, mientras se toma quinina',
        hint: 'Por ejemplo, sangrado de nariz o de encías, sangre en la orina o en las heces, o puntitos morados, rojos o marrones.',
        callHandler: 'moretones o sangrados con facilidad tomando quinina',
      },
      quinine_hearing_sight: {
        label: 'Zumbido en los oídos, o cambios en la audición o la vista, mientras se toma quinina',
        callHandler: 'zumbido en los oídos o cambios en la audición o la vista tomando quinina',
      },
      quinine_heartbeat: {
        label: 'Latidos fuertes o como un aleteo, mientras se toma quinina',
        hint: 'Esto se llama palpitaciones.',
        callHandler: 'latidos fuertes o como un aleteo tomando quinina',
      },
      tingling_mouth: {
        label: 'Hormigueo o adormecimiento alrededor de los labios o en las yemas de los dedos, junto con los calambres',
        hint: 'Esto importa sobre todo si hace poco te han operado de la tiroides o las paratiroides (una operación en el cuello).',
        callHandler: 'hormigueo alrededor de los labios o en las yemas de los dedos, con calambres',
      },
      ppi_palpitations: {
        label: 'Espasmos musculares con el corazón acelerado o temblores, después de tomar una pastilla para el ácido del estómago cada día durante más de un año',
        hint: 'Estas pastillas se llaman IBP, por ejemplo el omeprazol. El latido puede notarse rápido o desigual. Temblores quiere decir temblar sin poder parar.',
        callHandler: 'espasmos musculares con el corazón acelerado o temblores, tomando cada día una pastilla para el ácido del estómago',
      },
      statin_severe_pain: {
        label: 'Dolor muscular fuerte o debilidad que no puedes explicar, mientras tomas una estatina',
        hint: 'Una estatina es un medicamento que baja el colesterol. Si además tu orina es de color marrón oscuro, como el té o un refresco de cola, es una emergencia: llama a tu número de emergencias local.',
        callHandler: 'dolor muscular fuerte o debilidad tomando una estatina',
      },
      dirty_wound: {
        label: 'Calambres o espasmos después de una herida reciente que pudo tener suciedad o tierra',
        hint: 'Esto importa sobre todo si no tienes al día las vacunas del tétanos.',
        callHandler: 'calambres o espasmos después de una herida sucia',
      },
    },
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona lo que te pase, o selecciona 'Nada de esto'",
    summaryLabel: 'Señales de alarma con medicamentos o heridas',
  },

  age: {
    heading: '¿Cuántos años tiene la persona con el problema en las piernas?',
    hint: 'Si respondes por otra persona, por ejemplo un niño, responde sobre ella.',
    why: {
      text: 'El dolor de piernas en los niños puede tener causas distintas a los calambres de los adultos, como los dolores de crecimiento. Lo preguntamos para darte consejos que encajen.',
    },
    answers: {
      under_16: { label: 'Menos de 16' },
      age_16_plus: { label: '16 o más' },
    },
    errorRequired: 'Selecciona la edad de la persona con el problema en las piernas',
    summaryLabel: 'Edad',
  },

  child_kind: {
    heading: '¿Qué se parece más al problema en las piernas del niño?',
    hint: 'Elige la opción que mejor encaje.',
    why: {
      text: 'Un calambre es un calambre a cualquier edad: un músculo se pone duro y duele, y estirarlo lo alivia. Los dolores de crecimiento son distintos: un dolor en las dos piernas, al final del día o por la noche, sin un nudo duro.',
    },
    answers: {
      child_cramp: {
        label: 'Un músculo se pone de repente duro y doloroso, como un nudo, y estirar la pierna lo alivia',
        hint: 'Por ejemplo, en la pantorrilla o el pie, por la noche, o durante o después del deporte.',
      },
      child_ache: {
        label: 'Un dolor en las dos piernas, al final del día o por la noche, sin un nudo duro',
      },
      child_other: {
        label: 'Otra cosa, o no lo sabes',
        hint: 'Después te mostramos los otros tipos de problemas en las piernas para elegir.',
      },
    },
    errorRequired: 'Selecciona lo que más se parezca al problema en las piernas del niño',
    summaryLabel: 'Problema en las piernas del niño',
  },

  child_pattern: {
    heading: '¿Tiene el niño alguna de estas cosas?',
    hint: 'Marca todo lo que corresponda.',
    why: {
      text: 'Los dolores de crecimiento suelen doler en las dos piernas al final del día o por la noche, desaparecen por la mañana y no hacen cojear. Si el dolor no encaja con ese patrón, un médico debería revisarlo.',
    },
    answers: childWarningSigns,
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona lo que le pase al niño, o selecciona 'Nada de esto'",
    summaryLabel: 'Dolor de piernas del niño',
  },

  child_signs: {
    heading: 'Primero, ¿tiene el niño alguna de estas cosas junto con el problema en las piernas?',
    hint: 'Marca todo lo que corresponda. Después preguntamos a qué se parece más el problema en las piernas.',
    why: {
      text: 'En un niño, un médico debería revisar el dolor en una sola pierna, durante el día, con cojera o con sentirse mal, aunque haya otras cosas a la vez.',
    },
    answers: childWarningSigns,
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona lo que le pase al niño, o selecciona 'Nada de esto'",
    summaryLabel: 'Señales de alarma en un niño',
  },

  kind: {
    heading: '¿Cuáles de estas cosas te pasan?',
    hint: 'Marca todas las que correspondan. Mucha gente tiene más de una.',
    why: {
      text: 'Varias cosas pueden sentirse como un calambre. Por ejemplo, las piernas inquietas, los sobresaltos al dormirse, la mala circulación al caminar, un nervio pinzado en la espalda o el daño en los nervios de los pies. Puedes tener más de una, y cada una necesita consejos distintos.',
    },
    answers: {
      cramp: {
        label: 'Un músculo se pone de repente duro y muy doloroso',
        hint: 'Normalmente en la pantorrilla o el pie. Dura de segundos a minutos y se alivia al estirarlo.',
      },
      urge_to_move: {
        label: 'Ganas de mover las piernas, con una sensación incómoda o como de hormigas caminando por dentro',
        hint: 'Aparece al final de la tarde o cuando estás en reposo, y mejora mientras te mueves.',
      },
      sleep_start: {
        label: 'Una sola sacudida o sobresalto repentino justo al dormirte',
        hint: 'Puedes sentir como si te cayeras. No te deja dolor.',
      },
      partner_kicks: {
        label: 'Alguien ha visto que tus piernas dan patadas o sacudidas una y otra vez mientras duermes',
        hint: 'Puede que también tengas mucho sueño durante el día.',
      },
      walking_pain: {
        label: 'Dolor en la pierna, como un calambre o un dolor sordo, cuando caminas cierta distancia',
        hint: 'Por ejemplo, en la pantorrilla al subir una cuesta.',
      },
      shooting_pain: {
        label: 'Dolor que baja desde la espalda o la nalga por la pierna',
        hint: 'Tanto si aparece al caminar como si no. Puede haber también dolor de espalda o adormecimiento en la pierna.',
      },
      burning_feet: {
        label: 'Te arden los dos pies, te hormiguean, notas pinchazos o los tienes adormecidos',
      },
    },
    noneLabel: 'Nada de esto, o no lo sabes',
    errorRequired: 'Selecciona lo que te pasa, o selecciona «Nada de esto, o no lo sabes»',
    summaryLabel: 'Lo que te pasa',
  },

  walking_relief: {
    heading: '¿Qué describe mejor tu dolor al caminar?',
    hint: 'Piensa en qué hace que se vaya. Elige la opción que mejor encaje.',
    why: {
      text: 'El dolor de piernas al caminar puede venir de la mala circulación o de un estrechamiento en la parte baja de la columna. También puede venir de un nervio de la parte baja de la espalda (ciática). Lo que lo alivia ayuda a distinguirlos.',
    },
    answers: {
      stand_still: {
        label: 'Se va después de estar de pie sin moverte unos minutos',
      },
      sit_or_bend: {
        label: 'Solo mejora cuando te sientas o te inclinas hacia adelante',
        hint: 'Por ejemplo, al apoyarte en un carrito del supermercado.',
      },
      shoots_from_back: {
        label: 'El dolor baja como una descarga desde la espalda o la nalga por la pierna',
      },
      not_sure_walking: {
        label: 'No lo sé',
      },
    },
    errorRequired: 'Selecciona lo que mejor describa tu dolor al caminar',
    summaryLabel: 'Dolor al caminar',
  },

  medicines: {
    heading: '¿Tomas alguno de estos medicamentos?',
    hint: 'Marca todo lo que corresponda. Puede ayudarte mirar las cajas de tus medicamentos.',
    why: {
      text: 'Algunos medicamentos se relacionan con los calambres, y la quinina tiene efectos secundarios que hay que vigilar. Si un medicamento podría estar influyendo, un médico o farmacéutico puede revisarlo contigo. No dejes de tomar un medicamento recetado sin consultarlo.',
    },
    answers: {
      diuretic: {
        label: 'Pastillas para orinar (diuréticos)',
        hint: "Por ejemplo, espironolactona, amilorida, triamtereno, furosemida, o una pastilla para orinar de tipo 'tiazida'.",
      },
      statin: {
        label: 'Una estatina, para bajar el colesterol',
      },
      laba_inhaler: {
        label: 'Un inhalador de acción prolongada para el asma o la EPOC (una enfermedad de los pulmones de larga duración)',
        hint: 'Por ejemplo, salmeterol o formoterol, solo o combinado con un corticoide.',
      },
      quinine: {
        label: 'Quinina',
        hint: 'O cualquier otro producto que contenga quinina.',
      },
      ppi_long_term: {
        label: 'Una pastilla para el ácido del estómago cada día durante más de un año',
        hint: 'Se llaman IBP, por ejemplo el omeprazol.',
      },
      other_linked_medicine: {
        label: 'Raloxifeno, naproxeno, teriparatida, hierro puesto por goteo en la vena, o un tratamiento hormonal que contenga estrógenos',
      },
      new_medicine: {
        label: 'Tus calambres empezaron en las semanas o meses después de empezar o cambiar un medicamento',
        hint: 'Puede ser cualquier medicamento, no solo los de arriba.',
      },
    },
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona los medicamentos que tomes, o selecciona 'Nada de esto'",
    summaryLabel: 'Medicamentos',
  },

  health: {
    heading: '¿Te pasa alguna de estas cosas?',
    hint: 'Marca todo lo que corresponda.',
    why: {
      text: 'Los calambres son frecuentes en el embarazo y con la cirrosis del hígado o la diálisis, y se relacionan con la diabetes y con una tiroides que funciona poco. La enfermedad de los riñones también puede afectar al calcio en la sangre. Si te pasa algo de esto, el equipo que te atiende debería saber lo de tus calambres.',
    },
    answers: {
      pregnant: {
        label: 'Estás embarazada, o diste a luz en las últimas 6 semanas',
      },
      cirrhosis: {
        label: 'Cirrosis del hígado',
        hint: 'Cicatrices en el hígado, de larga duración.',
      },
      kidney_disease: {
        label: 'Enfermedad de los riñones, o te hacen diálisis',
        hint: 'No marques esto si solo has tenido piedras en el riñón en el pasado.',
      },
      diabetes: {
        label: 'Diabetes',
      },
      thyroid: {
        label: 'Una tiroides que funciona poco, o últimamente un cansancio poco habitual, tener siempre frío o ganar peso',
        hint: 'Ganar peso sin comer más de lo normal.',
      },
    },
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona lo que te pase, o selecciona 'Nada de esto'",
    summaryLabel: 'Salud',
  },

  calcium_risk: {
    heading: 'Calcio: ¿te pasa alguna de estas cosas?',
    hint: 'Marca todo lo que corresponda.',
    why: {
      text: 'El calcio bajo en la sangre es una causa poco frecuente de calambres. Es más probable después de una operación en el cuello, con un problema de las paratiroides o falta de vitamina D, o cuando el intestino no absorbe bien los alimentos. A menudo también causa hormigueo. Solo un análisis de sangre puede mostrarlo.',
    },
    answers: {
      neck_surgery: {
        label: 'Una operación reciente de tiroides o paratiroides (una operación en el cuello)',
        callHandler: 'una operación reciente de tiroides o paratiroides',
      },
      parathyroid_vitamin_d: {
        label: 'Te han dicho que tienes un problema de las paratiroides o falta de vitamina D',
        hint: 'Las paratiroides son unas glándulas pequeñas del cuello.',
      },
      poor_absorption: {
        label: 'Una enfermedad u operación del intestino que hace que tu cuerpo no absorba bien los alimentos',
      },
      tingling_comes_goes: {
        label: 'Hormigueo alrededor de los labios o en las yemas de los dedos que va y viene',
        callHandler: 'hormigueo alrededor de los labios o en las yemas de los dedos que va y viene',
      },
      taking_calcium: {
        label: 'Tomas pastillas de calcio, o estás pensando en tomarlas',
        hint: 'Esto no es un riesgo. Lo preguntamos para contarte lo que se sabe sobre las pastillas de calcio.',
      },
    },
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona lo que te pase, o selecciona 'Nada de esto'",
    summaryLabel: 'Calcio',
  },

  timing: {
    heading: '¿Cuándo suelen aparecer los calambres?',
    hint: 'Elige la opción que mejor encaje.',
    why: {
      text: 'Los calambres normales aparecen sobre todo en la cama o en reposo, y a menudo te despiertan, pero también pueden aparecer de día. Los calambres durante el ejercicio, o durante la diálisis, tienen sus propias causas y consejos.',
    },
    answers: {
      night_rest: { label: 'En la cama por la noche, o en reposo' },
      during_exercise: { label: 'Durante o justo después del ejercicio o de un trabajo duro' },
      daytime: { label: 'En otros momentos del día' },
      during_dialysis: { label: 'Durante las sesiones de diálisis' },
    },
    errorRequired: 'Selecciona cuándo suelen aparecer los calambres',
    summaryLabel: 'Cuándo aparecen los calambres',
  },

  how_often: {
    heading: '¿Con qué frecuencia los calambres alteran tu sueño o tu día?',
    hint: 'Piensa en las últimas semanas, no solo en esta noche.',
    why: {
      text: 'Un calambre que te despierta es muy frecuente. Los calambres que siguen alterando tu sueño, o que afectan a tu vida diaria, merecen una visita a tu médico de familia.',
    },
    answers: {
      now_and_then: { label: 'De vez en cuando (hasta una vez a la semana, más o menos), o es la primera vez' },
      regularly: {
        label: 'A menudo, desde hace semanas: varias noches por semana, o te causan cansancio o te impiden hacer cosas',
      },
    },
    errorRequired: 'Selecciona con qué frecuencia los calambres alteran tu sueño o tu día',
    summaryLabel: 'Frecuencia',
  },

  pattern: {
    heading: 'Sobre tus calambres: ¿te pasa alguna de estas cosas?',
    hint: 'Marca todo lo que corresponda.',
    why: {
      text: 'Algunas de estas cosas pueden hacer más probables los calambres, y otras apuntan a algo que un médico debería revisar. Conocerlas nos ayuda a darte consejos que encajen contigo.',
    },
    answers: {
      hard_exercise: {
        label: 'Ejercicio mucho más duro o largo de lo normal en los últimos 2 días',
      },
      heat_sweating: {
        label: 'Sudar mucho, o trabajar o hacer ejercicio con calor',
      },
      toes_pointed: {
        label: 'Dormir con la punta de los pies hacia abajo, boca abajo, o bajo sábanas o mantas apretadas y remetidas',
      },
      long_sitting_standing: {
        label: 'Pasar mucho rato sentado o de pie sin moverte durante el día',
      },
      fluid_loss: {
        label: 'En los últimos días has vomitado, has tenido diarrea o has bebido mucho menos de lo normal',
      },
    },
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona lo que te pase, o selecciona 'Nada de esto'",
    summaryLabel: 'Sobre tus calambres',
  },

  leg_changes: {
    heading: 'En las últimas semanas, ¿has notado alguna de estas cosas en las piernas?',
    hint: 'Marca todo lo que corresponda.',
    why: {
      text: 'El adormecimiento o la hinchazón en las dos piernas, o los músculos que adelgazan o dan pequeños tirones, pueden indicar algo que un médico debería revisar. Esto vale sea cual sea el problema en las piernas.',
    },
    answers: {
      both_legs_numb_swollen: {
        label: 'Adormecimiento o hinchazón en las dos piernas, no solo en los pies',
        hint: 'Esto es distinto de la pantorrilla caliente, hinchada o dolorida en una sola pierna, por la que preguntamos antes.',
      },
      wasting_twitching: {
        label: 'Músculos de las piernas que se vuelven más delgados o más débiles, o pequeños tirones bajo la piel de las piernas',
        hint: 'No cuenta el temblor del párpado, que es frecuente e inofensivo.',
      },
    },
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona lo que te pase, o selecciona 'Nada de esto'",
    summaryLabel: 'Cambios en tus piernas',
  },

  last_check: {
    heading: 'Una última comprobación: ¿tienes alguna de estas cosas, ahora o en las últimas horas?',
    hint: 'Al principio preguntamos por algunas de estas cosas. Marca todo lo que corresponda ahora, aunque entonces no lo marcaras.',
    why: {
      text: 'Estas son las señales más graves que pueden aparecer con los calambres en las piernas. Volvemos a preguntar por ellas porque es fácil pasarlas por alto, o puede que acaben de empezar.',
    },
    answers: {
      chest_pain: {
        label: 'Dolor en el pecho',
        callHandler: 'dolor en el pecho',
      },
      breathless: {
        label: 'Falta de aire nueva, que antes no había',
        callHandler: 'falta de aire que antes no tenía',
      },
      cold_pale_leg: {
        label: 'Una pierna o un pie que de repente está frío, pálido o azul',
        callHandler: 'una pierna o un pie que de repente se ha puesto frío, pálido o azul',
      },
      saddle_numb: {
        label: 'Adormecimiento alrededor del trasero o los genitales',
        callHandler: 'adormecimiento alrededor del trasero o los genitales',
      },
      both_legs_weak: {
        label: 'Las dos piernas se han debilitado de repente',
        callHandler: 'debilidad repentina en las dos piernas',
      },
      dark_urine: {
        label: 'Orina de color marrón oscuro, con dolor o debilidad muscular',
        hint: 'Marrón oscura quiere decir del color del té o de un refresco de cola.',
        callHandler: 'orina de color marrón oscuro con dolor o debilidad muscular',
      },
      heat_collapse: {
        label: 'El cuerpo está muy caliente al tacto y hay confusión, con tiempo caluroso o en una habitación calurosa',
        callHandler: 'confusión y cuerpo muy caliente, con el calor',
      },
      seizure: {
        label: 'Un ataque (convulsión)',
        callHandler: 'un ataque (convulsión)',
      },
      cramp_over_10_min: {
        label: 'Un calambre que duró más de 10 minutos y no cedía al estirar o al caminar',
        hint: 'A diferencia de las demás de esta página, marca esto si pasó en los últimos días, aunque ya haya cedido.',
        callHandler: 'un calambre que duró más de 10 minutos',
      },
    },
    noneLabel: 'Nada de esto',
    errorRequired: "Selecciona las señales que tengas, o selecciona 'Nada de esto'",
    summaryLabel: 'Última comprobación de señales graves',
  },
};
