// Spanish translation of content/en/causes.ts; not yet reviewed by a clinician who speaks Spanish.
import type { CauseId } from '../ids';
import type { CauseContent } from '../types';

export const causes: Record<CauseId, CauseContent> = {
  pulmonary_embolism: {
    name: 'Posible coágulo de sangre en el pulmón',
    term: 'embolia pulmonar',
    summary: 'Un coágulo de sangre en una vena de la pierna puede soltarse y viajar a los pulmones.',
    explanation:
      'El dolor en el pecho o la falta de aire, sobre todo con una pantorrilla hinchada o dolorida, pueden ser una señal de esto. Necesita tratamiento de emergencia, así que busca ayuda ahora.',
  },
  acute_limb_ischaemia: {
    name: 'Posible arteria obstruida en la pierna',
    term: 'isquemia aguda de la extremidad',
    summary: 'Una arteria puede obstruirse de repente y cortar el paso de la sangre a la pierna.',
    explanation:
      'Un dolor fuerte y repentino con la pierna o el pie frío, pálido o azul, adormecido o difícil de mover es una señal de alarma. Necesita tratamiento en el hospital de inmediato.',
  },
  cauda_equina: {
    name: 'Posible presión sobre los nervios de la base de la columna',
    term: 'síndrome de la cola de caballo',
    summary: 'El adormecimiento entre las piernas, problemas nuevos para orinar o defecar, o debilidad en ambas piernas pueden indicar que los nervios de la base de tu columna están comprimidos.',
    explanation:
      'Estos nervios se encargan de las piernas, la vejiga, el intestino y la piel de entre las piernas. Esto necesita atención de emergencia.',
  },
  rhabdomyolysis: {
    name: 'Posible descomposición del músculo',
    term: 'rabdomiólisis',
    summary: 'El músculo puede descomponerse después de un ejercicio muy duro o poco habitual, el calor, una caída o, a veces, con los medicamentos llamados estatinas.',
    explanation:
      'Una orina que se vuelve de color marrón oscuro, como el té o un refresco de cola, con dolor o debilidad muscular, es una señal de alarma. Necesita pruebas y tratamiento de emergencia.',
  },
  heat_stroke: {
    name: 'Posible golpe de calor',
    summary: 'Pasar demasiado calor, con tiempo caluroso, en una habitación calurosa o al trabajar duro o hacer ejercicio con calor, puede llevar a agotamiento por calor y golpe de calor.',
    explanation:
      'La confusión, la piel muy caliente o desplomarse son señales de alarma. Esto es una emergencia.',
  },
  severe_low_calcium: {
    name: 'Posible calcio muy bajo en la sangre',
    term: 'hipocalcemia grave',
    summary: 'Cuando el calcio en la sangre baja mucho, las manos o los pies pueden agarrotarse en un espasmo, y pueden afectarse la respiración o el latido del corazón.',
    explanation:
      'Es más probable en los días después de una operación de tiroides o paratiroides (en el cuello). Necesita tratamiento de emergencia.',
  },
  tetanus: {
    name: 'Posible tétanos',
    summary: 'El tétanos es una infección rara pero grave que puede entrar por una herida, sobre todo si está sucia de tierra.',
    explanation:
      'Causa espasmos musculares y es más probable si no tienes al día las vacunas del tétanos. Un médico tiene que verte hoy; la mandíbula rígida o la dificultad para tragar lo convierten en una emergencia.',
  },
  fainting: {
    name: 'Desmayo o pérdida del conocimiento',
    summary: 'Desmayarse junto con calambres o una pierna dolorida puede tener una causa grave, como un coágulo de sangre en el pulmón, o una reacción a un medicamento como la quinina.',
    explanation: 'Los médicos tienen que averiguar la causa de inmediato, así que esto es una emergencia.',
  },
  quinine_toxicity: {
    name: 'Posible reacción grave a la quinina',
    summary: 'La quinina puede causar, aunque rara vez, daños graves, como sangrados, daño en los riñones, un latido irregular o cambios en la audición o la vista.',
    explanation:
      'Nos has hablado de señales que podrían indicar esto. Contacta hoy con un médico; un sangrado abundante o un desmayo es una emergencia.',
  },

  dvt: {
    name: 'Posible coágulo de sangre en la pierna',
    term: 'TVP',
    summary: 'Se puede formar un coágulo de sangre en una vena profunda, normalmente en una pantorrilla.',
    explanation:
      'Una pantorrilla hinchada, caliente, roja o más oscura, o un dolor que sigue entre calambres y no mejora al estirar, puede ser una señal. Hay que revisarlo hoy, porque un coágulo puede viajar a los pulmones.',
  },
  prolonged_cramp: {
    name: 'Un calambre que no cede',
    summary: 'Un calambre normal se alivia en unos 10 minutos, sobre todo si lo estiras.',
    explanation:
      'Si dura más y no cede, un médico tiene que revisarte hoy.',
  },
  severe_limb_ischaemia: {
    name: 'Mala circulación grave en la pierna',
    term: 'enfermedad arterial periférica grave',
    summary: 'Cuando las arterias estrechadas no pueden llevar suficiente sangre, el pie puede doler en reposo o por la noche, y a menudo mejora si dejas colgar la pierna.',
    explanation:
      'Las llagas que no se curan o los dedos del pie oscuros son otras señales. Un médico tiene que revisarte hoy o muy pronto.',
  },
  nerve_root_compression: {
    name: 'Una pierna que se ha debilitado',
    term: 'posiblemente un nervio pinzado en la parte baja de la espalda (compresión de una raíz nerviosa)',
    summary: 'Si una pierna se debilita a lo largo de horas o días, un médico tiene que revisarte hoy.',
    explanation:
      'Una causa frecuente es un nervio presionado a su salida de la parte baja de la columna, por ejemplo por una hernia de disco. Esto también puede causar un dolor que baja por la pierna como una descarga. El adormecimiento entre las piernas, o los problemas de vejiga o de intestino, lo convertirían en una emergencia.',
  },
  both_legs_weakness: {
    name: 'Debilidad repentina en las dos piernas',
    summary: 'Una debilidad nueva en las dos piernas necesita atención de emergencia.',
    explanation:
      'Puede deberse a presión sobre los nervios de la base de la columna. También puede deberse a una descomposición del músculo, sobre todo con orina de color marrón oscuro y dolor en los músculos.',
  },
  low_calcium: {
    name: 'Posible calcio bajo en la sangre',
    term: 'hipocalcemia',
    summary: 'El hormigueo alrededor de los labios o en las yemas de los dedos junto con calambres puede ser una señal de calcio bajo en la sangre.',
    explanation:
      'Suele tener una causa, como una operación reciente en el cuello, problemas de las paratiroides o de los riñones, o falta de vitamina D. Un análisis de sangre lo mostrará, así que pide que te atiendan hoy en lugar de tomar pastillas por tu cuenta.',
  },
  low_magnesium_ppi: {
    name: 'Posible magnesio bajo por un medicamento para el ácido del estómago',
    term: 'IBP',
    summary: 'Un medicamento para el ácido del estómago, como el omeprazol, tomado durante mucho tiempo, puede bajar el magnesio en tu sangre.',
    explanation:
      'Los espasmos musculares con el corazón acelerado o irregular, o con temblores, pueden ser señales. Un médico debería revisarte hoy; un ataque (convulsión) o un desmayo es una emergencia.',
  },
  statin_muscle: {
    name: 'Posible problema muscular por una estatina',
    summary: 'Las estatinas (medicamentos para el colesterol) a veces pueden dañar los músculos, más a menudo en dosis altas.',
    explanation:
      'Un médico debería revisar hoy un dolor muscular fuerte o una debilidad que no puedas explicar. Si tu orina se vuelve de color marrón oscuro, llama a tu número de emergencias local.',
  },

  night_cramp: {
    name: 'Calambres nocturnos normales',
    term: 'calambres nocturnos idiopáticos en las piernas',
    summary: 'Son muy frecuentes, sobre todo a medida que las personas se hacen mayores, y no son señal de una enfermedad.',
    explanation:
      'Parecen deberse a nervios demasiado excitados y músculos cansados. La falta de calcio u otros minerales rara vez es la causa. Tus respuestas encajan con esto: un nudo duro y doloroso que se alivia al estirar. Los pasos de abajo pueden ayudar.',
  },
  day_cramps: {
    name: 'Calambres durante el día',
    summary: 'Los calambres normales pueden aparecer de día además de por la noche, y no son señal de una enfermedad.',
    explanation:
      'Parecen deberse a nervios demasiado excitados y músculos cansados, no a la falta de calcio u otros minerales. Los mismos estiramientos ayudan.',
  },
  restless_legs: {
    name: 'Piernas inquietas',
    term: 'síndrome de piernas inquietas',
    summary: 'Las piernas inquietas son unas ganas de mover las piernas, a menudo con una sensación como de hormigas caminando por dentro o de dolor sordo.',
    explanation:
      'Aparecen al estar sentado o acostado sin moverte, empeoran al final de la tarde y por la noche, y se alivian mientras te mueves. No hay un nudo duro como en un calambre, y tienen tratamiento.',
  },
  sleep_starts: {
    name: 'Sobresaltos al dormirse',
    term: 'mioclonías hípnicas',
    summary: 'Un sobresalto al dormirse es una sola sacudida repentina de las piernas o el cuerpo justo cuando te estás durmiendo, a veces con sensación de caer.',
    explanation:
      'Se considera una parte normal del sueño, no una enfermedad, y no deja dolor duradero.',
  },
  plmd: {
    name: 'Movimientos de las piernas durante el sueño',
    term: 'trastorno de movimientos periódicos de las extremidades',
    summary: 'En este trastorno, las piernas dan patadas o sacudidas una y otra vez durante el sueño.',
    explanation:
      'Normalmente lo nota la persona que duerme contigo, no tú, pero puedes despertarte sin haber descansado o tener sueño durante el día. No duele, y hace falta un estudio del sueño para saberlo con seguridad.',
  },
  pad: {
    name: 'Mala circulación al caminar',
    term: 'enfermedad arterial periférica',
    summary: 'Las arterias estrechadas pueden impedir que llegue suficiente sangre a los músculos de las piernas cuando trabajan.',
    explanation:
      'Esto causa un dolor como de calambre en la pantorrilla, el muslo o la nalga después de caminar cierta distancia, que se va tras unos minutos de descanso. Es más probable si fumas o tienes diabetes o una enfermedad del corazón, y un médico debería revisarlo.',
  },
  spinal_stenosis: {
    name: 'Estrechamiento en la parte baja de la columna',
    term: 'estenosis de canal lumbar',
    summary: 'Si se estrecha el espacio de los nervios en la parte baja de la espalda, estar de pie y caminar puede causar piernas pesadas, débiles, con hormigueo o con calambres.',
    explanation:
      'Sentarte o inclinarte hacia adelante, como al apoyarte en un carrito del supermercado, lo alivia. Un médico puede revisarte la espalda.',
  },
  sciatica: {
    name: 'Nervio pinzado en la espalda',
    term: 'ciática',
    summary: 'Un nervio de la parte baja de la espalda puede quedar presionado, por ejemplo por una hernia de disco.',
    explanation:
      'Esto causa un dolor que baja como una descarga desde la espalda o la nalga por la pierna, a veces con adormecimiento. Un médico puede revisarlo; una debilidad nueva, o el adormecimiento entre las piernas, necesita ayuda urgente.',
  },
  neuropathy: {
    name: 'Daño en los nervios de los pies',
    term: 'neuropatía periférica',
    summary: 'Los nervios dañados pueden hacer que los dos pies ardan, hormigueen, sientan pinchazos o se adormezcan, a menudo peor por la noche.',
    explanation:
      'Esto es distinto de un calambre: no hay un nudo duro. Un médico debería revisarlo, sobre todo si tienes diabetes.',
  },
  unclear_leg_symptoms: {
    name: 'Síntomas en las piernas que hay que mirar más de cerca',
    summary: 'Tus respuestas no encajaron claramente con un calambre normal ni con los otros patrones frecuentes.',
    explanation:
      'Eso no quiere decir que algo vaya mal, pero un médico puede examinarte la pierna y hacerte más preguntas. Mientras tanto, vigila las señales de alarma de abajo.',
  },
  growing_pains: {
    name: 'Dolores de crecimiento',
    summary: 'Los dolores de crecimiento son dolores en las dos piernas al final del día o por la noche, sobre todo en niños antes de la adolescencia.',
    explanation:
      'Desaparecen por la mañana y no hacen cojear. Los médicos discuten qué los causa, pero este patrón típico no suele ser preocupante.',
  },
  child_needs_check: {
    name: 'Dolor de piernas en un niño que necesita que lo revise un médico',
    summary: 'El dolor que está en una sola pierna, aparece durante el día, hace cojear o viene con sentirse mal no encaja con los dolores de crecimiento.',
    explanation:
      'Un médico debería examinar a tu hijo para encontrar la causa.',
  },

  medicine_effect: {
    name: 'Un medicamento puede estar influyendo',
    summary: 'Algunos medicamentos se relacionan con los calambres, como las pastillas para orinar, las estatinas y los inhaladores de acción prolongada para el asma o la EPOC.',
    explanation:
      'Los estudios no se ponen de acuerdo, así que tu medicamento puede ser la causa o no serlo. Pide a tu médico o farmacéutico que lo revise, y no lo dejes por tu cuenta.',
  },
  quinine_use: {
    name: 'Tomar quinina',
    summary: 'La quinina ayuda solo un poco con los calambres, y puede causar daños raros pero graves, como problemas de sangrado y cambios en el ritmo del corazón.',
    explanation:
      'Las agencias que regulan los medicamentos advierten contra usarla de forma habitual para los calambres. Habla con quien te la recetó sobre si todavía la necesitas, y conoce las señales de alarma de abajo.',
  },
  ppi_magnesium: {
    name: 'Medicamento para el ácido del estómago durante mucho tiempo',
    term: 'IBP',
    summary: 'Tomar un IBP, como el omeprazol, cada día durante mucho tiempo, sobre todo más de un año, puede bajar tu nivel de magnesio.',
    explanation:
      'El magnesio bajo puede causar espasmos musculares. Un análisis de sangre puede comprobarlo.',
  },
  pregnancy_cramps: {
    name: 'Embarazo',
    summary: 'Los calambres en las piernas son frecuentes en el embarazo, sobre todo en el segundo y el tercer trimestre y a menudo por la noche.',
    explanation:
      'Nadie sabe exactamente por qué. Se espera que mejoren después del parto. Una pantorrilla roja o hinchada es distinto: haz que la revisen el mismo día.',
  },
  cirrhosis_cramps: {
    name: 'Enfermedad del hígado',
    term: 'cirrosis',
    summary: 'Los calambres son frecuentes con la cirrosis: los tiene alrededor de la mitad de las personas, o más.',
    explanation:
      'Se relacionan con lo avanzada que está la enfermedad del hígado y con cambios de líquidos en el cuerpo, no con "toxinas" que un detox pudiera eliminar. Tu equipo médico del hígado tiene tratamientos que han ayudado en ensayos.',
  },
  kidney_cramps: {
    name: 'Enfermedad de los riñones o diálisis',
    summary: 'Los calambres son frecuentes con la diálisis, sobre todo durante las sesiones, y se relacionan con el líquido que se extrae.',
    explanation:
      'También figuran como un problema en la enfermedad de los riñones. Tu equipo médico de los riñones puede ayudarte a controlarlos.',
  },
  diabetes: {
    name: 'Diabetes',
    summary: 'Los calambres son más frecuentes en las personas con diabetes, y se han relacionado con un azúcar en sangre más alto a largo plazo.',
    explanation:
      'El daño en los nervios de los pies también puede influir. Cuéntale lo de tus calambres a tu equipo de diabetes o a tu médico de familia.',
  },
  thyroid: {
    name: 'Tiroides que funciona poco',
    term: 'hipotiroidismo',
    summary: 'Una tiroides que funciona poco puede causar calambres musculares, rigidez y dolores.',
    explanation:
      'Otras señales son el cansancio, tener siempre frío y ganar peso. Si esto se parece a lo que te pasa, o ya tienes un problema de tiroides, cuéntale lo de tus calambres a tu médico.',
  },
  low_calcium_risk: {
    name: 'Motivos por los que el calcio bajo en la sangre es más probable en tu caso',
    summary: 'El calcio bajo en la sangre es poco frecuente, pero algunas de tus respuestas lo hacen más probable.',
    explanation:
      'Son una operación en el cuello (de tiroides o paratiroides) y problemas de paratiroides o de vitamina D. También la mala absorción en el intestino, la enfermedad de los riñones y el hormigueo que va y viene. Un análisis de sangre puede comprobarlo. No empieces a tomar pastillas de calcio por tu cuenta: el tratamiento adecuado puede ser vitamina D o magnesio en su lugar.',
  },
  sleep_disruption: {
    name: 'Calambres que alteran tu sueño',
    summary: 'Los calambres que te despiertan a menudo, o que afectan a tu vida diaria, merecen una visita a tu médico de familia.',
    explanation:
      'Puede buscar una causa y hablar de lo que podría ayudar.',
  },
  nerve_or_muscle_disease: {
    name: 'Posible enfermedad de los nervios o los músculos',
    summary: 'Músculos que adelgazan, pequeños tirones bajo la piel o una debilidad que avanza poco a poco durante semanas pueden indicar una enfermedad de los nervios o los músculos.',
    explanation:
      'Los calambres normales no hacen esto, así que un médico debería revisarte.',
  },
  leg_numbness_swelling: {
    name: 'Adormecimiento o hinchazón en las piernas',
    summary: 'Un médico de familia debería revisar los calambres que vienen con adormecimiento o hinchazón en las piernas, porque puede haber otra cosa detrás.',
    explanation:
      'Una sola pantorrilla hinchada, caliente o roja es distinto: eso hay que revisarlo hoy.',
  },
  exercise_cramps: {
    name: 'Calambres que vienen con el ejercicio',
    summary: 'El ejercicio, sobre todo si es más duro o largo de lo que acostumbras, puede provocar calambres, durante el ejercicio o más tarde por la noche.',
    explanation:
      'El cansancio de los músculos parece importar más que la falta de agua o de sal. Si tu orina se vuelve de color marrón oscuro después del ejercicio, llama a tu número de emergencias local.',
  },
  heat_cramps: {
    name: 'Sudar mucho o el calor',
    term: 'calambres por calor',
    summary: 'Pueden aparecer calambres durante un trabajo duro o el ejercicio cuando sudas mucho con calor.',
    explanation:
      'Los expertos no se ponen de acuerdo sobre si el calor en sí es la causa, pero el consejo es el mismo. La confusión, la piel muy caliente o desplomarse es una emergencia.',
  },
  foot_position: {
    name: 'Punta de los pies hacia abajo en la cama',
    summary: 'Acostarte con la punta de los pies hacia abajo, bajo sábanas apretadas o boca abajo, mantiene la pantorrilla acortada durante horas y puede hacer más probable un calambre.',
    explanation:
      'Tiene sentido, pero no se ha probado en ensayos.',
  },
  long_sitting_standing: {
    name: 'Ratos largos sentado o de pie sin moverte',
    summary: 'Estar mucho tiempo sentado o de pie sin moverte aparece a menudo como desencadenante de calambres, pero no se ha probado en ensayos.',
    explanation:
      'Mover las piernas durante el día puede ayudar.',
  },
  fluid_loss: {
    name: 'Pérdida de líquidos y sales',
    summary: 'Vomitar, tener diarrea o beber mucho menos de lo normal puede alterar las sales de tu sangre.',
    explanation:
      'Sales como el potasio y el magnesio pueden bajar. Los niveles bajos son una causa poco frecuente de calambres. Si los calambres continúan, un médico de familia puede comprobarlo con un análisis de sangre.',
  },
};
