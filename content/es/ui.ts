// Spanish translation of content/en/ui.ts; not yet reviewed by a clinician who speaks Spanish.
import type { UiContent } from '../types';

export const ui: UiContent = {
  appName: 'Cuestionario de calambres en las piernas',
  tagline: 'Un cuestionario rápido sobre los calambres en las piernas, basado en la evidencia médica publicada.',
  regions: { uk: 'Reino Unido', us_canada: 'EE. UU., Canadá', europe: 'Europa', nhs_uk: 'NHS, Reino Unido' },

  emergencyNotice: {
    heading: '¿Es una emergencia?',
    line: 'Dolor en el pecho, falta de aire, o una pierna que se ha quedado fría y pálida: llama ahora.',
    call: 'Llama al {number}',
    signsSummary: 'Otras señales',
    signs: [
      'Adormecimiento entre las piernas o alrededor del trasero, o problemas nuevos para controlar la orina o las heces.',
      'Orina de color marrón oscuro, como el té o un refresco de cola, con dolor muscular.',
      'Una persona con confusión, muy caliente al tacto o que se ha desplomado después de estar con calor.',
      'Manos o pies agarrotados en un espasmo, o espasmos con la mandíbula rígida después de una herida.',
      'Sangrado abundante o desmayo mientras se toma quinina.',
    ],
  },

  start: {
    heading: 'Revisa tus calambres en las piernas',
    lead: '¿Es falta de calcio? ¿Es peligroso? Unas pocas preguntas cortas te dicen qué es lo más probable que esté pasando y qué hacer ahora.',
    inCrampNow: {
      heading: '¿Tienes un calambre ahora mismo?',
      text: 'Estira la pierna y tira de los dedos del pie hacia la espinilla hasta que el músculo se suelte.',
    },
    whatItIs: [
      'Un cuestionario breve basado en la evidencia médica publicada.',
      'Primero pregunta por las señales de alarma, para descartar los pocos problemas graves que pueden parecer un calambre, como un coágulo de sangre.',
      'Te dice con qué urgencia necesitas ayuda, si la necesitas, y qué es lo que más probablemente ayudará con tus calambres.',
      'Cada consejo muestra de dónde viene.',
    ],
    whatItIsNot: [
      'No es un diagnóstico. Solo un profesional de la salud que te examine puede decir con seguridad qué te pasa.',
      'No sustituye a un médico. Si algo te preocupa, contacta con uno, diga lo que diga tu resultado.',
      'No vende nada: ni suplementos, ni productos, ni anuncios.',
    ],
    whoFor: [
      'Adultos y adolescentes de 16 años o más.',
      'Para un niño menor de 16 años, su madre, su padre o quien lo cuide debería responder junto con el niño. El cuestionario pregunta la edad del niño y luego por las señales que indican que el dolor de piernas de un niño necesita un médico.',
      'Las preguntas sobre señales de alarma del principio son para todos, sea cual sea su edad.',
    ],
    privacy:
      'Tus respuestas se quedan en la barra de direcciones de tu navegador: no las guardamos, no las compartimos ni te rastreamos, y no usamos cookies.',
    startButton: 'Empezar ahora',
    startForOther: '¿Respondes por otra persona? Empieza aquí',
    timeNeeded: 'Lleva unos 2 minutos: como mucho {longest} preguntas cortas, a menudo menos.',
    whatItIsHeading: 'Qué hace este cuestionario',
    whatItIsNotHeading: 'Lo que no es',
    whoForHeading: 'Para quién es',
  },

  skipLink: 'Saltar al contenido principal',
  languageNav: 'Idioma',
  errorPrefix: 'Error: ',

  step: {
    continueButton: 'Continuar',
    backLink: 'Atrás',
    restartLink: 'Volver a empezar',
    forOtherLink: '¿Respondes por otra persona?',
    forOtherNow: 'Estás respondiendo por otra persona: las preguntas tratan sobre esa persona.',
    forSelfLink: 'Responder por ti, no por otra persona',
    progress: 'Pregunta {n} de unas {total}',
    whyWeAsk: 'Por qué lo preguntamos',
    sourcesLabel: 'Fuentes',
    errorSummaryTitle: 'Hay un problema',
    noneDivider: 'o',
    noneBothError: "Selecciona lo que corresponda, o 'Nada de esto', pero no las dos cosas",
    stageNames: {
      red_flags: 'Señales de alarma',
      leg_trouble: 'Qué tipo de problema en las piernas',
      contributors: 'Cosas que pueden contribuir a los calambres',
      last_check: 'Última comprobación',
    },
  },

  review: {
    heading: 'Revisa tus respuestas',
    lead: 'Comprueba que son correctas antes de ver tu resultado.',
    change: 'Cambiar',
    none: 'Nada de esto',
    confirmButton: 'Ver mi resultado',
  },

  result: {
    pageTitle: 'Tu resultado',
    doNowHeading: 'Haz esto ahora',
    causesHeading: 'Qué es lo más probable que esté pasando',
    causeMore: 'Más sobre esto',
    calciumMore: 'Más sobre el calcio',
    whenEmergency: 'Llama ahora al {number} si:',
    whenEmergencyNoNumber: 'Llama ahora a tu número de emergencias local si:',
    whenUrgent: 'Busca ayuda hoy si:',
    whenSeeDoctor: 'Consulta a un médico si:',
    urgentCall: 'Llama al {number}',
    urgentElsewhere: 'En otros lugares, llama al servicio de fuera de horario de tu médico o ve a un centro de atención urgente.',
    stoppedEarly: 'Cuéntale también al médico cualquier otro problema en las piernas: este cuestionario dejó de hacer preguntas en cuanto encontró un motivo para ir al médico hoy.',
    showSummary: 'Mostrar un resumen para tu médico',
    handover: {
      open: 'Tus respuestas y un resumen para tu médico',
      heading: 'Cuestionario de calambres en las piernas: resumen para un profesional de la salud',
      made: 'Creado',
      version: 'Versión del contenido',
      level: 'Resultado',
      causes: 'Causas probables',
      answers: 'Respuestas dadas',
      negatives: 'Respondió que no a',
      advice: 'Consejos dados',
      codeLabel: 'Código QR que abre este resultado',
      codeNote: 'Escanéalo para abrir este resultado en otra pantalla. Tus respuestas están dentro de este código: cualquiera que lo escanee puede leerlas.',
    },
    nowHeading: 'Qué hacer ahora',
    preventHeading: 'Cómo prevenir los calambres',
    getHelpHeading: 'Cuándo buscar ayuda',
    calciumHeading: '¿Es falta de calcio?',
    sourcesHeading: 'De dónde vienen estos consejos',
    answersHeading: 'Tus respuestas',
    evidenceLabel: 'Evidencia:',
    printButton: 'Imprimir o guardar para tu médico',
    changeAnswers: 'Cambiar tus respuestas',
    because: 'Porque respondiste:',
    becauseLevel: 'Por qué este resultado',
    startAgain: 'Volver a empezar',
    callButton: 'Llama al {number}',
    clinicHeading: 'Contacta con {clinic}',
    clinicCall: 'Llama al {phone}',
    disclaimer:
      'Este cuestionario da información general basada en la evidencia médica publicada. No es un diagnóstico. Si te preocupa tu salud, contacta con un médico.',
    mythsHeading: 'Cosas que quizá hayas leído',
    getHelpSources: 'De dónde vienen las señales de alarma',
    getHelpSourcesLead: 'Las señales de “Cuándo buscar ayuda” vienen de estas fuentes.',
    myths: {
      calcium: {
        claim: '"Los calambres nocturnos suelen deberse a la falta de calcio."',
        answer:
          'La mayoría de los calambres nocturnos no tienen una causa oculta: los expertos creen que empiezan en nervios demasiado activos y músculos cansados, no por falta de calcio. ' +
          'El calcio bajo en la sangre es poco frecuente, suele tener un motivo claro y viene con otras señales, como hormigueo alrededor de los labios. ' +
          'Las pastillas de calcio no son un tratamiento probado para los calambres, ni siquiera en el embarazo, y pueden causar efectos secundarios como piedras en el riñón.',
      },
      liver_detox: {
        claim: '"Tu hígado está sobrecargado de toxinas, y un detox del hígado acabará con tus calambres."',
        answer:
          'Los calambres son frecuentes en personas con una enfermedad grave del hígado (cirrosis). Pero los estudios los relacionan con la gravedad de la enfermedad, no con toxinas que una limpieza pudiera eliminar. ' +
          'No hay buenas investigaciones que muestren que las dietas o los productos detox eliminen toxinas, y algunos no son seguros. ' +
          'Si tienes una enfermedad del hígado y calambres, habla con tu equipo médico.',
      },
      red_light: {
        claim: '"La terapia de luz roja mejora tu circulación y previene los calambres nocturnos."',
        answer:
          'No encontramos estudios sobre la terapia de luz roja para los calambres nocturnos, solo anuncios, y la mayoría de los calambres nocturnos no se deben a la mala circulación. ' +
          'Si crees que tienes mala circulación en las piernas, por ejemplo te duele la pantorrilla al caminar, consulta a un médico. Una pierna que de repente se pone fría y pálida es una emergencia.',
      },
      lactic_acid: {
        claim: '"La acumulación de ácido láctico causa los calambres nocturnos."',
        answer:
          'Los calambres nocturnos empiezan mientras descansas o duermes, cuando tus músculos no están trabajando duro. ' +
          'La investigación apunta a nervios demasiado activos como desencadenante, y no encontramos buena evidencia de que el ácido láctico sea la causa.',
      },
      water_magnesium: {
        claim: '"Bebe mucha agua, o toma magnesio o bebidas con electrolitos, para acabar con los calambres nocturnos."',
        answer:
          'En una gran revisión de ensayos en personas mayores, el magnesio no supuso una diferencia real en los calambres nocturnos normales. ' +
          'No encontramos ensayos que muestren que el agua extra o las bebidas con electrolitos prevengan los calambres nocturnos, y beber muchísima agua de más puede ser peligroso. ' +
          'Si sudas mucho, bebe cuando tengas sed.',
      },
      quinine_tonic: {
        claim: '"El agua tónica o la quinina son un remedio seguro y natural para los calambres."',
        answer:
          'La quinina puede causar efectos secundarios graves, como sangrados peligrosos, daño en los riñones y problemas del ritmo del corazón. ' +
          'La agencia de medicamentos de Estados Unidos advierte que, para los calambres en las piernas, sus riesgos superan cualquier beneficio. ' +
          'No encontramos estudios sobre el agua tónica para los calambres, así que tampoco la recomendamos.',
      },
    },
  },

  restoreError: {
    heading: 'No hemos podido recuperar tus respuestas',
    body:
      'No hay ningún problema contigo ni con tu dispositivo. Puede que el enlace que usaste sea antiguo, haya cambiado o esté incompleto. ' +
      'Tus respuestas nunca se guardaron en ningún sitio, así que no podemos buscarlas. Vuelve a empezar, por favor: lleva unos 2 minutos.',
    startAgain: 'Volver a empezar',
  },
  versionChanged: {
    heading: 'Este cuestionario se ha actualizado desde que se creó este enlace',
    body:
      'Desde entonces hemos cambiado algunas preguntas o consejos, así que no calcularemos un resultado con estas respuestas. ' +
      'Vuelve a responder, por favor: lleva unos 2 minutos. Tus respuestas anteriores están abajo por si te sirven.',
    answersHeading: 'Tus respuestas anteriores',
    notShown: '{count} respuestas anteriores ya no corresponden a ninguna pregunta y no se muestran.',
    noAnswers: 'Ninguna de las respuestas anteriores corresponde a una pregunta que podamos mostrar.',
    startAgain: 'Volver a empezar',
  },

  notFound: {
    heading: 'Página no encontrada',
    body: 'No encontramos esa página. Puede que la dirección esté mal escrita o que la página se haya movido.',
    home: 'Ir a la página de inicio',
  },

  fhir: {
    questionnaireDescription: 'Las preguntas de Leg Cramp Check, una comprobación de los calambres nocturnos en las piernas que pregunta primero por las señales de alarma de problemas graves que se les parecen. Una señal de alarma termina las preguntas antes, así que una respuesta puede acabar antes de la última pregunta. El resultado lo dan las reglas de la propia comprobación; este formulario solo enumera las preguntas.',
    subject: 'La persona que respondió (sin identificar: Leg Cramp Check no guarda datos de nadie)',
    download: 'Descargar para el sistema de historias clínicas de una consulta (FHIR)',
    downloadHint: 'Un archivo en FHIR, el formato que leen los sistemas de historias clínicas, con tus respuestas y este resultado. Se crea cuando lo pides y no se guarda en ningún sitio.',
  },

  footer: {
    notAdvice: 'Este cuestionario da información general. No es consejo médico ni un diagnóstico.',
    privacy: 'Sin cookies y sin rastreo. No guardamos tus respuestas.',
    openSource: 'Código abierto con licencia MIT.',
    howItDecides: 'Cómo decide el cuestionario, pregunta por pregunta, y la evidencia en la que se basa (para profesionales de la salud)',
    contentVersion: 'Versión del contenido {version}: {status}',
    draft: 'Borrador, aún no revisado por un profesional de la salud',
    reviewed: 'Revisado el {date} por {reviewers}',
  },

  embed: {
    poweredBy: 'Cuestionario de calambres en las piernas: un cuestionario de código abierto basado en la evidencia publicada',
    frameTitle: 'Cuestionario de calambres en las piernas',
  },
};
