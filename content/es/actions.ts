// Spanish translation of content/en/actions.ts; not yet reviewed by a clinician who speaks Spanish.
import type { ActionId } from '../ids';
import type { ActionContent } from '../types';

export const actions: Record<ActionId, ActionContent> = {
  call_emergency: {
    title: 'Llama ahora a tu número de emergencias local',
    body: [
      'Llama a tu número de emergencias local, o ve ahora al servicio de urgencias más cercano.',
      'No esperes a ver si mejora.',
    ],
  },
  tell_call_handler: {
    title: 'Cuéntales lo que has notado',
    body: [
      'Dile a la persona que atiende la llamada lo que has notado y cuándo empezó.',
      'Las palabras de esta página pueden ayudarte a explicarlo.',
    ],
  },
  dont_drive: {
    title: 'No conduzcas tú',
    short: ['No conduzcas para ir a buscar ayuda.'],
    body: ['Pide a otra persona que te lleve, o espera a la ambulancia.'],
  },
  get_seen_today: {
    title: 'Ver a un médico hoy',
    body: [
      'Pide a tu médico de familia o de atención primaria una cita urgente para hoy. O ve a un centro de atención urgente, o llama a tu línea telefónica local de consejo urgente (por ejemplo, NHS 111 en Inglaterra).',
      'Si estás embarazada o diste a luz en las últimas 6 semanas, contacta con tu unidad de maternidad.',
      'Si tienes dolor en el pecho o te empieza a faltar el aire, llama a tu número de emergencias local.',
    ],
  },
  book_appointment: {
    title: 'Pide cita con tu médico',
    body: [
      'Pide cita con tu médico de familia o de atención primaria en los próximos días o semanas.',
      'Cuenta lo que encontró este cuestionario: el resumen impreso puede ayudar.',
    ],
  },
  bring_to_appointment: {
    title: 'Lleva una lista de medicamentos y un diario de tus síntomas',
    body: [
      'Apunta todos los medicamentos que tomas, también los que compras tú, como los suplementos.',
      'Anota cuándo te dan los calambres u otros síntomas en las piernas, cuánto duran y cualquier medicamento que hayas empezado o cambiado.',
    ],
  },
  dont_stop_medicines: {
    title: 'No dejes de tomar un medicamento recetado sin consultarlo',
    body: [
      'Algunos medicamentos pueden contribuir a los calambres, pero sigue tomándolos hasta que hayas hablado con tu médico o farmacéutico.',
      'Pueden valorar lo que el medicamento hace por ti y si tiene sentido cambiarlo.',
    ],
  },

  stretch_during_cramp: {
    title: 'Estira el músculo',
    short: [
      'Estira la pierna y tira de los dedos del pie hacia la espinilla, con la mano o con una toalla alrededor del pie.',
      'Mantén el estiramiento de forma constante hasta que el músculo se suelte.',
    ],
    body: [
      'Pon la rodilla recta.',
      'Tira de los dedos y del pie hacia la espinilla. Usa la mano, o una toalla pasada alrededor del pie.',
      'O ponte de pie, con el pie del calambre detrás y el talón apoyado en el suelo, e inclínate hacia adelante.',
      'Tira de forma constante. No des tirones a los dedos. Mantenlo hasta que el músculo se suelte.',
    ],
  },
  walk_it_off: {
    title: 'Camina para que se pase',
    body: ['Ponte de pie, apoya tu peso en la pierna y camina un poco.'],
  },
  massage: {
    title: 'Frota el músculo',
    body: [
      'Frota o amasa con firmeza el músculo tenso.',
      'No lo hagas si una pantorrilla está hinchada, caliente o roja: podría ser un coágulo de sangre.',
    ],
  },
  heat: {
    title: 'Usa calor suave',
    body: ['Un baño templado, una bolsa de agua caliente o una almohadilla térmica sobre el músculo pueden ayudar. Asegúrate de que esté templado, no caliente.'],
  },
  soreness_after: {
    title: 'Es normal notar algo de dolor después',
    body: [
      'El músculo puede quedar dolorido o sensible hasta un día, más o menos. Es normal.',
      'Los analgésicos sencillos pueden aliviar el dolor, pero actúan demasiado despacio para parar un calambre. Lee el folleto del envase, o pregunta a un farmacéutico cuál te conviene. Si estás embarazada, pregunta a tu matrona o a un farmacéutico antes de tomar ninguno.',
      'Si el dolor no se va, o una pantorrilla se hincha o se pone caliente o roja, mira “Cuándo buscar ayuda”.',
    ],
  },

  nightly_stretch: {
    title: 'Estira las piernas antes de acostarte',
    body: [
      'Cada noche antes de acostarte, estira las pantorrillas (la parte de atrás de la pierna, bajo la rodilla) y los isquiotibiales (la parte de atrás del muslo).',
      'Mantén cada estiramiento 10 segundos y hazlo 3 veces, en las dos piernas. Lleva unos 3 minutos.',
      '¿Hasta qué punto estamos seguros? Puede ayudar, pero los ensayos no coinciden: uno encontró menos calambres y más leves después de 6 semanas, y otro no encontró beneficio. Es barato y seguro probarlo.',
    ],
  },
  loosen_covers: {
    title: 'Evita que la punta de los pies quede hacia abajo en la cama',
    body: [
      'Afloja las sábanas y mantas apretadas y remetidas. Una almohada a los pies de la cama puede ayudar a mantener los pies hacia arriba.',
      'Intenta no acostarte boca abajo con la punta de los pies estirada.',
      'Es un consejo de expertos; no se ha probado en ensayos.',
    ],
  },
  move_in_day: {
    title: 'Mueve las piernas durante el día',
    body: ['Usar las piernas durante el día puede hacer que tengas menos calambres por la noche. Intenta no pasar ratos muy largos sentado o de pie sin moverte.'],
  },
  build_up_exercise: {
    title: 'Aumenta el ejercicio poco a poco',
    body: [
      'El ejercicio duro que no sueles hacer puede provocar calambres.',
      'Aumenta poco a poco la intensidad o la duración del ejercicio.',
    ],
  },
  heat_cramp_advice: {
    title: 'Si te dan calambres con calor',
    body: [
      'Si los calambres empiezan mientras haces actividad y sudas mucho: para y descansa en un lugar fresco.',
      'Toma un poco de jugo de frutas o una bebida deportiva, y evita la actividad dura durante unas horas.',
      'Bebe cuando tengas sed. No te obligues a beber mucha agua: beber muchísimo más de la cuenta puede ser peligroso.',
      'Busca ayuda médica si los calambres no se han calmado en una hora, o si tienes una enfermedad del corazón o sigues una dieta baja en sal. La confusión, la piel muy caliente o desplomarse es una emergencia.',
    ],
  },
  cramp_diary: {
    title: 'Lleva un diario de calambres',
    body: [
      'Apunta cuándo aparece cada calambre, dónde es, cuánto dura y cualquier medicamento nuevo o cambiado.',
      'Esto te ayuda a ti y a tu médico a ver patrones.',
    ],
  },
  expect_improvement: {
    title: 'Dale tiempo',
    body: [
      'Los calambres nocturnos a menudo mejoran solos.',
      'En los ensayos, muchas personas mejoran tomen lo que tomen, incluso pastillas falsas. Por eso parece que funcionan tantos remedios, así que piénsalo dos veces antes de pagar por ellos.',
    ],
  },
  avoid_quinine: {
    title: 'No uses quinina ni agua tónica para los calambres',
    body: [
      'La quinina ayuda solo un poco. Rara vez causa daños graves, como sangrados, daño en los riñones, un latido irregular o cambios en la audición o la vista.',
      'La agencia de medicamentos de Estados Unidos advierte que, para los calambres en las piernas, los riesgos superan cualquier beneficio. El agua tónica no se ha probado como remedio para los calambres.',
      'Si un médico te recetó quinina, habla con ese médico sobre ello.',
    ],
  },
  magnesium_not_helpful: {
    title: 'Es poco probable que las pastillas de magnesio ayuden con los calambres normales',
    body: [
      'Los ensayos en personas mayores con calambres nocturnos normales encontraron que el magnesio no suponía una diferencia real.',
      'Puede sentarte mal al estómago o causar diarrea. Si tienes una enfermedad de los riñones, no tomes suplementos de magnesio a menos que tu médico te lo aconseje.',
    ],
  },

  no_massage_calf: {
    title: 'No frotes ni masajees esa pantorrilla',
    short: ['No frotes ni masajees una pantorrilla hinchada, caliente o roja: podría tener un coágulo de sangre.'],
    body: ['Déjala tranquila hasta que la haya revisado un médico.'],
  },
  heat_first_aid: {
    title: 'Mientras esperas: sal del calor',
    short: ['Mientras esperas, ve a un lugar fresco, fuera del sol, y descansa.'],
    body: ['Deja cualquier actividad y sigue descansando en un lugar fresco hasta que llegue la ayuda.'],
  },
  sleep_start_habits: {
    title: 'Los sobresaltos al dormirse son normales',
    short: ['No hay nada que tratar: una sacudida al dormirte es una parte normal del sueño.'],
    body: ['Ocurren más con la cafeína, el estrés y los horarios de sueño irregulares, así que vale la pena revisar estas cosas.'],
  },
  child_when_to_see_doctor: {
    title: 'Cuándo llevar a tu hijo al médico',
    body: [],
    when: {
      see_doctor: [
        'El dolor está en una sola pierna.',
        'Le duele durante el día.',
        'Tu hijo cojea.',
        'Tu hijo parece encontrarse mal.',
      ],
    },
  },
  growing_pains_watch: {
    title: 'Mira cómo está tu hijo por la mañana',
    short: ['Los dolores de crecimiento típicos afectan a las dos piernas al final del día o por la noche, y desaparecen por la mañana.'],
    body: ['Si el dolor sigue ahí por la mañana, o tu hijo cojea, llévalo al médico.'],
  },
  rls_iron_check: {
    title: 'Consulta a tu médico de familia por las piernas inquietas',
    body: [
      'Las piernas inquietas tienen tratamiento, así que pide cita con tu médico de familia.',
      'Es posible que tu médico compruebe tu nivel de hierro con un análisis de sangre.',
    ],
  },
  plmd_sleep_study: {
    title: 'Consulta a tu médico de familia por las patadas de las piernas',
    body: [
      'Cuéntale a tu médico de familia lo que ha visto la persona que duerme contigo, y si tienes sueño durante el día.',
      'Puede que necesites un estudio del sueño (pruebas que se hacen mientras duermes) para saberlo con seguridad.',
    ],
  },
  circulation_check: {
    title: 'Haz que te revisen la circulación',
    body: [
      'Consulta a tu médico de familia. El dolor de pierna que aparece al caminar y se va al quedarte de pie sin moverte puede indicar mala circulación. Esto importa más si fumas, o si tienes diabetes o una enfermedad del corazón.',
      'El dolor en el pie en reposo, un cambio de color en la piel o las llagas que no se curan son más graves: hay que ir al médico hoy.',
      'Una pierna o un pie que de repente se pone frío, pálido o azul es una emergencia.',
    ],
  },
  spine_check: {
    title: 'Haz que te revisen la espalda y los nervios',
    body: [
      'Consulta a tu médico de familia. El dolor de pierna que se alivia al sentarte o inclinarte hacia adelante, o que baja como una descarga desde la espalda por la pierna, puede venir de la columna.',
      'Hay que ir al médico hoy si una pierna se debilita.',
      'Llama de inmediato a tu número de emergencias local si notas adormecimiento entre las piernas o alrededor del trasero. Haz lo mismo si tienes problemas nuevos para orinar o defecar, o debilidad en las dos piernas.',
    ],
  },
  neuropathy_check: {
    title: 'Haz que te revisen los pies',
    body: [
      'Consulta a tu médico de familia si te arden los pies, te hormiguean o los tienes adormecidos. Puede ser daño en los nervios (neuropatía periférica).',
      'Esto es especialmente importante si tienes diabetes.',
    ],
  },
  review_medicines: {
    title: 'Pide una revisión de los medicamentos',
    body: [
      'Algunos medicamentos pueden contribuir a los calambres, como las pastillas para orinar (diuréticos), los inhaladores de acción prolongada para el asma o la EPOC, y las estatinas. La evidencia es contradictoria.',
      'Pide a tu médico o farmacéutico que revise tus medicamentos contigo.',
      'No dejes de tomar un medicamento recetado sin consultarlo.',
    ],
  },
  quinine_review: {
    title: 'Habla sobre la quinina con quien te la recetó',
    body: [
      'La quinina ayuda solo un poco (más o menos un calambre menos a la semana) y puede causar daños raros pero graves.',
      'Pregunta si todavía la necesitas. Las guías del Reino Unido dicen que hay que revisarla con regularidad y dejarla si no está ayudando.',
    ],
  },
  ppi_magnesium_check: {
    title: 'Pide un análisis de sangre del magnesio',
    body: [
      'Algunos medicamentos para el ácido del estómago (IBP), como el omeprazol, pueden bajar tu nivel de magnesio. Esto pasa cuando los tomas cada día durante mucho tiempo.',
      'Pide a tu médico de familia un análisis de sangre para comprobarlo. Sigue tomando tu medicamento hasta que hayas hablado con tu médico.',
      'Pide que te atiendan hoy si tienes espasmos con el corazón acelerado o irregular, o con temblores. Un ataque (convulsión) o un desmayo es una emergencia.',
    ],
  },
  tell_midwife: {
    title: 'Cuéntaselo a tu matrona o a tu médico',
    body: [
      'Habla de tus calambres en tu próxima revisión.',
      'Si una pantorrilla está roja, hinchada, caliente o dolorida, contacta hoy con tu matrona, tu médico o la unidad de maternidad.',
    ],
  },
  tell_specialist_team: {
    title: 'Cuéntaselo a tu equipo médico del hígado o de los riñones',
    body: [
      'Los calambres son frecuentes con la cirrosis, la enfermedad de los riñones y la diálisis. Cuéntaselo a tu equipo especialista; hay tratamientos que pueden ayudar, y ese equipo puede decidir cuáles.',
      'No pruebes un “detox” ni una “limpieza”: no hay buena evidencia de que eliminen toxinas, y algunos no son seguros.',
    ],
  },
  mention_at_diabetes_review: {
    title: 'Habla de los calambres en tu revisión de la diabetes',
    body: [
      'Los calambres son más frecuentes con la diabetes, en parte por el daño en los nervios de los pies.',
      'Coméntalos en tu próxima revisión de la diabetes. Pide antes cita con tu médico de familia si alteran tu sueño, o si te arden los pies, te hormiguean o los tienes adormecidos.',
    ],
  },
  thyroid_check: {
    title: 'Pregunta por tu tiroides',
    body: [
      'Una tiroides que funciona poco puede causar calambres, rigidez y dolores, junto con cansancio, sensación de frío y aumento de peso.',
      'Si eso se parece a lo que te pasa, consulta a tu médico de familia. Si ya tienes un problema de tiroides, cuéntale lo de tus calambres a tu médico.',
    ],
  },

  calcium_unlikely: {
    title: 'Por qué probablemente no es el calcio',
    short: [
      'Probablemente no: la mayoría de los calambres nocturnos no tienen una causa mineral.',
      'No se ha demostrado que las pastillas de calcio los prevengan, y pueden hacer daño.',
    ],
    body: [
      'La mayoría de los calambres nocturnos no tienen una causa mineral. Parecen deberse a nervios demasiado activos y músculos cansados. Normalmente no hacen falta análisis de sangre.',
      'El calcio bajo en la sangre es poco frecuente. Cuando causa calambres, suele haber otras señales, como hormigueo alrededor de la boca o en las yemas de los dedos. Y suele haber un motivo, como una operación en el cuello o una enfermedad de los riñones.',
      'Ningún ensayo ha demostrado que las pastillas de calcio prevengan los calambres nocturnos normales.',
      'Las pastillas de calcio pueden hacer daño. El límite máximo es 2500 mg al día de los 19 a los 50 años y 2000 mg al día desde los 51, sumando comida y pastillas. Las pastillas se relacionan con piedras en el riñón y estreñimiento, su efecto sobre el corazón es discutido y pueden interferir con otros medicamentos (pregunta a un farmacéutico). El calcio de los alimentos no es un problema.',
      'Centrarse en el calcio puede retrasar que se encuentre la causa real, como un medicamento o un problema que debería ver un médico.',
    ],
  },
  calcium_check: {
    title: 'Haz que un médico te revise el calcio',
    short: ['Es posible: algunas de tus respuestas hacen más probable el calcio bajo en la sangre, así que pide un análisis de sangre a tu médico de familia.'],
    body: [
      'Algunas de tus respuestas hacen más probable un calcio bajo en la sangre de verdad.',
      'Pide cita con el médico de familia. Un análisis de sangre es la forma de saberlo.',
      'No empieces a tomar pastillas de calcio por tu cuenta. Si tu nivel es bajo, el tratamiento adecuado depende de la causa: puede ser vitamina D o magnesio en lugar de calcio.',
      'Si notas hormigueo alrededor de los labios o en las yemas de los dedos con calambres, pide que te atiendan hoy.',
    ],
  },
  calcium_urgent: {
    title: 'Esto podría ser calcio bajo en la sangre',
    short: ['Podría serlo: el hormigueo o los espasmos con calambres pueden ser señal de calcio bajo en la sangre, que los médicos comprueban con un análisis de sangre.'],
    body: [
      'El hormigueo alrededor de los labios o en las yemas de los dedos, junto con calambres o espasmos, es la señal que hay que tomarse en serio.',
      'Llama a tu número de emergencias local si las manos o los pies se te agarrotan en un espasmo, o tienes dificultad para respirar o el corazón acelerado o irregular.',
      'No lo trates tú con pastillas de calcio: un análisis de sangre mostrará lo que hace falta.',
    ],
  },
  calcium_pregnancy: {
    title: 'Calcio en el embarazo: no es un tratamiento probado',
    short: ['Probablemente no: el calcio no es un tratamiento probado para los calambres en el embarazo, así que toma solo lo que te recomiende tu matrona o tu médico.'],
    body: [
      'Los calambres en las piernas son frecuentes en el embarazo y suelen mejorar después del parto.',
      'Una revisión antigua de ensayos sugería que el calcio ayudaba. Revisiones más nuevas, con más ensayos, encontraron que la evidencia era demasiado débil para decirlo.',
      'Toma los suplementos que te recomiende tu matrona o tu médico, pero no añadas más calcio por tu cuenta.',
    ],
  },
  calcium_tablets_caution: {
    title: 'Si tomas pastillas de calcio',
    body: [
      'Mantente por debajo del límite máximo: 2500 mg al día de los 19 a los 50 años, o 2000 mg al día desde los 51, sumando comida y pastillas.',
      'Las pastillas (no el calcio de los alimentos) se relacionan con piedras en el riñón y estreñimiento. Se discute si afectan al corazón.',
      'Las pastillas de calcio pueden hacer que algunos medicamentos no funcionen bien, así que pide a un farmacéutico que lo revise. Si tienes una enfermedad de los riñones, habla primero con tu médico.',
      'Si las recetó un médico, sigue tomándolas y hazle cualquier pregunta.',
    ],
  },

  safety_net: {
    title: 'Las señales de alarma generales',
    body: [],
    when: {
      emergency: [
        'Dolor en el pecho o falta de aire.',
        'Una pierna o un pie se pone de repente frío, pálido o azul, o no puedes mover los dedos del pie.',
        'Tu orina se vuelve de color marrón oscuro, como el té o un refresco de cola.',
        'Adormecimiento entre las piernas o alrededor del trasero, o problemas nuevos para orinar o defecar.',
      ],
      urgent: [
        'Una pantorrilla se hincha o se pone caliente, roja o más oscura.',
        'Un calambre dura más de 10 minutos y no cede al estirar.',
        'Una pierna se debilita o se adormece.',
      ],
      see_doctor: ['Tus calambres vuelven una y otra vez, empeoran, o alteran a menudo tu sueño o tu día.'],
    },
  },
  quinine_warning_signs: {
    title: 'Si tomas quinina: señales de alarma',
    body: [],
    when: {
      emergency: ['Tomas quinina y tienes un sangrado abundante, te desmayas o tienes dolor en el pecho.'],
      urgent: [
        'Tomas quinina y notas moretones con facilidad, sangrado de nariz o de encías, o sangre en la orina o en las heces. O puntitos rojos, morados o marrones en la piel, zumbido en los oídos, cambios en la audición o la vista, o el corazón acelerado o irregular.',
      ],
    },
  },
};
