import type { UiContent } from '../types';

/**
 * Every word on the pages other than questions, causes, actions and triage cards.
 *
 * Notes for the reviewing clinicians (UiContent has no reviewerNote field, so they live here):
 * - emergencyNotice lists the brief's §g level-1 signs in short form. It names chest pain or
 *   breathlessness on their own (the brief's level 1.1 pairs them with clot signs in the leg):
 *   the safer reading for a notice shown before any question is answered. It says "suddenly"
 *   for the cold, pale or blue leg, as in §b RF2 / §g 1.2. Locked spasms, tetanus and quinine
 *   bleeding are left to the screening questions to keep the notice to two sentences.
 * - start.privacy says answers are not stored, shared or tracked rather than "not sent": if
 *   answers live in the query string, the browser does send them to the server with each page
 *   request, so "never sent" could be untrue. Reword if the app keeps them in the #fragment.
 * - result.myths: the words only; the sources behind each answer and the reviewers' notes on
 *   them are in content/clinical/myths.ts, by the same ids.
 */
export const ui: UiContent = {
  appName: 'Leg Cramp Check',
  tagline: 'A quick check for leg cramps, based on published medical evidence.',
  regions: { uk: 'UK', us_canada: 'US, Canada', europe: 'Europe', nhs_uk: 'NHS, UK' },

  emergencyNotice: {
    heading: 'Emergency?',
    line: 'Chest pain, breathlessness, or a leg gone cold and pale: call now.',
    call: 'Call {number}',
    signsSummary: 'Other signs',
    signs: [
      'Numbness between your legs or around your bottom, or new trouble controlling your bladder or bowels.',
      'Dark brown pee, like tea or cola, with muscle pain.',
      'Someone confused, very hot to touch or collapsed after being in the heat.',
      'Hands or feet locked in spasm, or spasms with a stiff jaw after a wound.',
      'Heavy bleeding or fainting while taking quinine.',
    ],
  },

  start: {
    heading: 'Check your leg cramps',
    lead: 'Is it calcium deficiency? Is it dangerous? A few short questions tell you what is most likely going on and what to do now.',
    inCrampNow: {
      heading: 'In a cramp right now?',
      text: 'Straighten your leg and pull your toes up towards your shin until the muscle lets go.',
    },
    whatItIs: [
      'A short check built on published medical evidence.',
      'It asks about warning signs first, to rule out the few serious problems that can feel like a cramp, such as a blood clot.',
      'It tells you how urgently you need help, if you do, and what is most likely to help your cramps.',
      'Every piece of advice shows where it comes from.',
    ],
    whatItIsNot: [
      'It is not a diagnosis. Only a health professional who examines you can say for sure what is wrong.',
      'It does not replace a doctor. If you are worried, contact one, whatever your result says.',
      'It does not sell anything: no supplements, no products and no adverts.',
    ],
    whoFor: [
      'Adults and teenagers aged 16 and over.',
      "For a child under 16, a parent or carer should answer with the child. The check asks the child's age, then asks about the signs that mean a child's leg pain needs a doctor.",
      'The warning-sign questions at the start are for everyone, whatever their age.',
    ],
    privacy:
      "Your answers stay in your browser's address bar: we don't store them, share them or track you, and we use no cookies.",
    startButton: 'Start now',
    startForOther: 'Answering for someone else? Start here',
    timeNeeded: 'It takes about 2 minutes: up to {longest} short questions, often fewer.',
    whatItIsHeading: 'What this check does',
    whatItIsNotHeading: 'What it is not',
    whoForHeading: 'Who it is for',
  },

  skipLink: 'Skip to main content',
  languageNav: 'Language',
  errorPrefix: 'Error: ',

  step: {
    continueButton: 'Continue',
    backLink: 'Back',
    restartLink: 'Start again',
    forOtherLink: 'Answering for someone else?',
    forOtherNow: 'You are answering for someone else: the questions ask about them.',
    forSelfLink: 'Answer for yourself instead',
    progress: 'Question {n} of about {total}',
    whyWeAsk: 'Why we ask this',
    sourcesLabel: 'Sources',
    errorSummaryTitle: 'There is a problem',
    noneDivider: 'or',
    noneBothError: "Select the ones that apply, or 'None of these', not both",
    stageNames: {
      red_flags: 'Warning signs',
      leg_trouble: 'What kind of leg trouble',
      contributors: 'Things that can add to cramps',
      last_check: 'Last check',
    },
  },

  review: {
    heading: 'Check your answers',
    lead: 'Check these are right before you see your result.',
    change: 'Change',
    none: 'None of these',
    confirmButton: 'See my result',
  },

  result: {
    pageTitle: 'Your result',
    doNowHeading: 'Do this now',
    causesHeading: 'What is likely going on',
    causeMore: 'More about this',
    calciumMore: 'More about calcium',
    whenEmergency: 'Call {number} now if:',
    whenEmergencyNoNumber: 'Call your local emergency number now if:',
    whenUrgent: 'Get help today if:',
    whenSeeDoctor: 'See a doctor if:',
    urgentCall: 'Call {number}',
    urgentElsewhere: 'Elsewhere, call your doctor’s out-of-hours service or go to an urgent care centre.',
    stoppedEarly: 'Tell the doctor about any other leg trouble too: this check stopped asking once it found a reason to be seen today.',
    showSummary: 'Show a summary for your doctor',
    handover: {
      open: 'Your answers, and a summary for your doctor',
      heading: 'Leg Cramp Check: summary for a health professional',
      made: 'Made',
      version: 'Content version',
      level: 'Result',
      causes: 'Likely causes',
      answers: 'Answers given',
      negatives: 'Answered no to',
      advice: 'Advice given',
      codeLabel: 'QR code that opens this result',
      codeNote: 'Scan to open this result on another screen. Your answers are inside this code: anyone who scans it can read them.',
    },
    nowHeading: 'What to do now',
    preventHeading: 'How to prevent cramps',
    getHelpHeading: 'When to get help',
    calciumHeading: 'Is it calcium deficiency?',
    sourcesHeading: 'Where this advice comes from',
    answersHeading: 'Your answers',
    evidenceLabel: 'Evidence:',
    printButton: 'Print or save for your doctor',
    changeAnswers: 'Change your answers',
    because: 'Because you answered:',
    becauseLevel: 'Why this result',
    startAgain: 'Start again',
    callButton: 'Call {number}',
    clinicHeading: 'Contact {clinic}',
    clinicCall: 'Call {phone}',
    disclaimer:
      'This check gives general information based on published medical evidence. It is not a diagnosis. If you are worried about your health, contact a doctor.',
    mythsHeading: 'Things you may have read',
    getHelpSources: 'Where the warning signs come from',
    getHelpSourcesLead: 'The signs under “When to get help” come from these sources.',
    myths: {
      calcium: {
        claim: '"Night cramps are usually caused by a lack of calcium."',
        answer:
          'Most night cramps have no hidden cause: experts think they start in over-active nerves and tired muscles, not from a lack of calcium. ' +
          'Low blood calcium is uncommon, usually has a clear reason and comes with other signs, such as tingling around the lips. ' +
          'Calcium tablets are not a proven treatment for cramps, even in pregnancy, and they can cause side effects such as kidney stones.',
      },
      liver_detox: {
        claim: '"Your liver is overloaded with toxins, and a liver detox will stop your cramps."',
        answer:
          'Cramps are common in people with serious liver disease (cirrhosis), but studies link them to how severe the disease is, not to toxins that a cleanse could remove. ' +
          'There is no good research showing that detox diets or products remove toxins, and some of them are unsafe. ' +
          'If you have liver disease and cramps, talk to your medical team.',
      },
      red_light: {
        claim: '"Red-light therapy improves your circulation and prevents night cramps."',
        answer:
          'We found no studies of red-light therapy for night cramps, only adverts, and most night cramps are not caused by poor circulation. ' +
          'If you think the circulation in your legs is poor, for example your calf hurts when you walk, see a doctor. A leg that suddenly goes cold and pale is an emergency.',
      },
      lactic_acid: {
        claim: '"A build-up of lactic acid causes night cramps."',
        answer:
          'Night cramps start while you are resting or asleep, when your muscles are not working hard. ' +
          'Research points to over-active nerves as the trigger, and we found no good evidence that lactic acid is the cause.',
      },
      water_magnesium: {
        claim: '"Drink lots of water, or take magnesium or electrolyte drinks, to stop night cramps."',
        answer:
          'In a large review of trials in older adults, magnesium made no real difference to ordinary night cramps. ' +
          'We found no trials showing that extra water or electrolyte drinks prevent night cramps, and drinking far too much water can be dangerous. ' +
          'If you are sweating a lot, drink when you feel thirsty.',
      },
      quinine_tonic: {
        claim: '"Tonic water or quinine is a safe, natural fix for cramps."',
        answer:
          'Quinine can cause serious side effects, including dangerous bleeding, kidney damage and heart rhythm problems. ' +
          'The US medicines regulator warns that for leg cramps its risks outweigh any benefit. ' +
          'We found no studies of tonic water for cramps, so we do not recommend it either.',
      },
    },
  },

  restoreError: {
    heading: "We couldn't restore your answers",
    body:
      'Nothing is wrong with you or your device. The link you used may be old, changed or incomplete. ' +
      "Your answers were never saved anywhere, so we can't look them up. Please start again: it takes about 2 minutes.",
    startAgain: 'Start again',
  },  versionChanged: {
    heading: 'This check has been updated since this link was made',
    body:
      'We have changed some questions or advice since then, so we will not work out a result from these answers. ' +
      'Please answer again: it takes about 2 minutes. Your earlier answers are below if they help.',
    answersHeading: 'Your earlier answers',
    notShown: '{count} earlier answers no longer match a question and are not shown.',
    noAnswers: 'None of the earlier answers match a question we can show.',
    startAgain: 'Start again',
  },


  notFound: {
    heading: 'Page not found',
    body: "We can't find that page. The address may be mistyped, or the page may have moved.",
    home: 'Go to the start page',
  },

  fhir: {
    questionnaireDescription: 'The questions of Leg Cramp Check, a check for night-time leg cramps that asks about the warning signs of serious look-alikes first. A warning sign ends the questions early, so a response may stop before the last question. The check\'s own rules give the result; this form only lists the questions.',
    subject: 'The person who answered (not identified: Leg Cramp Check keeps no one\'s details)',
    download: 'Download for a clinic\'s record system (FHIR)',
    downloadHint: 'A file in FHIR, the format clinic record systems read, with your answers and this result. It is made when you ask for it and is not kept anywhere.',
  },

  footer: {
    notAdvice: 'This check gives general information. It is not medical advice or a diagnosis.',
    privacy: "No cookies and no tracking. We don't keep your answers.",
    openSource: 'Open source under the MIT licence.',
    howItDecides: 'How the check decides, question by question, and the evidence behind it (for clinicians)',
    contentVersion: 'Content version {version}: {status}',
    draft: 'Draft, not yet reviewed by a clinician',
    reviewed: 'Reviewed on {date} by {reviewers}',
  },

  embed: {
    poweredBy: 'Leg Cramp Check: an open-source check based on published evidence',
    frameTitle: 'Leg cramp check',
  },
};
