import type { QuestionStage } from './clinical/flow';
import type {
  ActionId,
  ActionKind,
  AnswerId,
  CauseId,
  EvidenceLabel,
  QuestionId,
  TriageLevel,
} from './ids';
import type { MythId } from './clinical/myths';
import type { Likelihood, Severity } from './clinical/hazards';
import type { RegionId } from '../lib/emergency';

export interface AnswerContent {
  label: string;
  /** Short extra line under the label. */
  hint?: string;
  /**
   * For the warning signs (the red-flag pages): the words to tell a call handler or the
   * doctor today, when this answer is ticked (a content test checks every warning answer has them).
   */
  callHandler?: string;
}

/** The words for a question page; the sources of its `why` and the reviewers' notes are in content/clinical/questions.ts. */
export interface QuestionContent<Q extends QuestionId> {
  /** The page heading: the question itself. */
  heading: string;
  /** One line under the heading (e.g. "Tick any that apply."). */
  hint?: string;
  /** "Why we ask this": plain words (its sources are clinical facts). */
  why: { text: string };
  answers: Record<AnswerId<Q>, AnswerContent>;
  /** Label of the "None of these" option on tick-any pages. */
  noneLabel?: string;
  /** Shown when Continue is pressed with nothing chosen. */
  errorRequired: string;
  /** Short label used on the "check your answers" page. */
  summaryLabel: string;
}

export type QuestionsContent = { [Q in QuestionId]: QuestionContent<Q> };

/** The words for a likely cause; its evidence label and sources are in content/clinical/causes.ts. */
export interface CauseContent {
  /** Plain name, e.g. "Possible blood clot in the leg": the heading, so no jargon. */
  name: string;
  /** The medical term, shown under the name, e.g. "DVT". */
  term?: string;
  /** The likely cause in one plain sentence: what the result's summary shows. */
  summary: string;
  /** The rest of what it is and why we think it fits (shown on request); '' when the summary says it all. */
  explanation: string;
}

/** The words for an action; its kind, evidence label and sources are in content/clinical/actions.ts. */
export interface ActionContent {
  title: string;
  /** Paragraphs or steps, in plain words (shown on request). */
  body: readonly string[];
  /**
   * At most two short sentences that the result shows before anything is opened:
   * the "do this now" box for a 'now' action, the short answer for a calcium one.
   * Never a copy of a body line.
   */
  short?: readonly string[];
  /**
   * For 'get_help' actions: the signs, grouped by how fast to get help, as
   * NHS.UK care cards do ("Call … now if", "Get help today if", "See a doctor if").
   */
  when?: Partial<Record<'emergency' | 'urgent' | 'see_doctor', readonly string[]>>;
}

export interface TriageContent {
  /** Care-card heading, e.g. "Call 999 or go to A&E now". */
  heading: string;
  /** One-line summary under the heading. */
  summary: string;
  /** Short name for the level, e.g. "Emergency". */
  label: string;
}

/** The words of one question page that change when someone answers for another person ("they" for "you"). */
export interface QuestionWordsForOther<Q extends QuestionId> {
  heading?: string;
  hint?: string;
  why?: { text: string };
  answers?: Partial<Record<AnswerId<Q>, Partial<AnswerContent>>>;
  noneLabel?: string;
  errorRequired?: string;
  summaryLabel?: string;
}

/** Per question, the words that change for someone answering for another person; the rest are the question's own. */
export type QuestionsForOther = { [Q in QuestionId]?: QuestionWordsForOther<Q> };

/**
 * A result's words when someone answered for another person (`for=other`): the care cards
 * and the actions of emergency and urgent results that speak to the person with the leg
 * trouble. Only the words that change.
 */
export interface ResultForOther {
  triage: Partial<Record<TriageLevel, Partial<Pick<TriageContent, 'heading' | 'summary'>>>>;
  actions: Partial<Record<ActionId, Partial<Pick<ActionContent, 'title' | 'body' | 'short' | 'when'>>>>;
  /** The likely causes of emergency and urgent results. */
  causes: Partial<Record<CauseId, Partial<Pick<CauseContent, 'summary' | 'explanation'>>>>;
  /** The result page's own words about the person's doctor. */
  result: Partial<Pick<UiContent['result'], 'stoppedEarly' | 'printButton' | 'showSummary'>>;
  /** The summary for the doctor's own words about the doctor. */
  handover: Partial<Pick<UiContent['result']['handover'], 'open'>>;
}

export interface ContentPack {
  lang: string;
  dir: 'ltr' | 'rtl';
  questions: QuestionsContent;
  /** The question words for someone answering for another person (`for=other`): only those that change. */
  questionsForOther: QuestionsForOther;
  /** The result's words for someone answering for another person: only those that change. */
  resultForOther: ResultForOther;
  causes: Record<CauseId, CauseContent>;
  actions: Record<ActionId, ActionContent>;
  triage: Record<TriageLevel, TriageContent>;
  evidenceLabels: Record<EvidenceLabel, string>;
  ui: UiContent;
  diagram: DiagramContent;
}

/**
 * Words for the clinicians' pages: the review of every rule (/review), the
 * changes between versions (/review/changes) and the safety case (/review/safety).
 * A pack of its own (content/clinician.ts), beside the ContentPack, so the words
 * people's pages send to the browser do not carry them. Field names avoid the
 * fact keys (sources, evidence, kind, reviewerNote).
 */
export interface ClinicianContent {
  /** The links between the three pages and the diagram. */
  nav: { review: string; changes: string; safety: string; diagram: string; label: string };
  print: string;
  review: {
    title: string;
    lead: readonly string[];
    statusHeading: string;
    versionLabel: string;
    statusLabel: string;
    /** "sha-256 of content/clinical/spec.json". */
    hashLabel: string;
    signOffsHeading: string;
    noSignOffs: string;
    /** "{date}, version {version}: {reviewers}" */
    signOffLine: string;
    /** How a clinician signs a version off, step by step. */
    howToSignHeading: string;
    howToSign: readonly string[];
    /** A form to print, fill in by hand and sign; `lead` has {version} and {hash}. */
    signOffForm: {
      heading: string;
      lead: string;
      name: string;
      role: string;
      registration: string;
      date: string;
      decision: string;
      decisions: readonly string[];
      changes: string;
      signature: string;
    };
    contentsHeading: string;
    questionsHeading: string;
    questionIdLabel: string;
    stageLabel: string;
    oneAnswer: string;
    tickAny: string;
    whyLabel: string;
    answersCaption: string;
    columns: { answer: string; level: string; causes: string; actions: string; refs: string };
    noCauses: string;
    leadsHeading: string;
    noteLabel: string;
    resultsHeading: string;
    resultsLead: string;
    levelActionsLabel: string;
    /** Before the levels whose answers' advice a result of this level also gives (ADVICE_FROM). */
    adviceFromLabel: string;
    causesHeading: string;
    actionsHeading: string;
    actionPlaceLabel: string;
    /** Where each action is shown on the result, by its kind id. */
    actionPlaces: Record<ActionKind, string>;
    strengthLabel: string;
    mythsHeading: string;
    bibliographyHeading: string;
    briefRefLabel: string;
    hazardsHeading: string;
    hazardsLead: string;
  };
  changes: {
    title: string;
    lead: string;
    fromLabel: string;
    toLabel: string;
    current: string;
    compare: string;
    /** "There is no published version “{version}”." */
    unknownVersion: string;
    listHeading: string;
    /** "{count} changes from {from} to {to}" */
    count: string;
    none: string;
    drawingHeading: string;
    drawingLead: string;
    viewChanged: string;
    viewWhole: string;
    kinds: { added: string; removed: string; changed: string };
    legendHeading: string;
    legend: { added: string; removed: string; changed: string };
    noQuestion: string;
  };
  safety: {
    title: string;
    lead: readonly string[];
    statusHeading: string;
    matrixHeading: string;
    matrixCaption: string;
    likelihoodHeading: string;
    severityHeading: string;
    ratingsHeading: string;
    definitionsHeading: string;
    logHeading: string;
    /** "{count} hazards" */
    count: string;
    causeLabel: string;
    effectLabel: string;
    initialLabel: string;
    controlsLabel: string;
    residualLabel: string;
    noteLabel: string;
    testLabel: string;
    /** "{severity} × {likelihood} = {rating} ({label})" */
    riskLine: string;
    severities: Record<Severity, string>;
    likelihoods: Record<Likelihood, string>;
  };
}

/** Words for the clinicians' diagram (/diagram) and its outline. */
export interface DiagramContent {
  pageTitle: string;
  lead: readonly string[];
  stageNames: Record<QuestionStage | 'results', string>;
  /** Plain descriptions of the rules (guards) that decide an edge when no single answer does. */
  guards: {
    emergencySign: string;
    urgentSignSoFar: string;
    urgentOnPath: string;
    seeDoctorOnPath: string;
    otherwise: string;
    anyAnswer: string;
    anyOtherAnswer: string;
    anyTicked: string;
    /** On a warning-sign page, the way on when no emergency sign is ticked. */
    noEmergencySign: string;
    /** The same, where a same-day sign also ends the questions. */
    noUrgentSign: string;
    /** Before the answer an earlier page gave that decides this step, e.g. "Earlier answer". */
    earlier: string;
    back: string;
    startAgain: string;
  };
  startAgainNode: string;
  /** The heading of a rule box in the drawing, e.g. "These call for: {level}" ({level} is the level's label). */
  ruleCallsFor: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  fit: string;
  showNavigation: string;
  panHint: string;
  loading: string;
  renderFailed: string;
  /** Shown instead of the drawing when JavaScript is off. */
  noScript: string;
  downloadMermaid: string;
  downloadSvg: string;
  downloadQuestionnaire: string;
  outlineHeading: string;
  outlineLead: string;
  leadsTo: string;
  showInDiagram: string;
  panelClose: string;
  answersHeading: string;
  /** Before answers whose rule applies only when they are ticked together, e.g. 'Ticked together: A + B'. */
  together: string;
  whyHeading: string;
  sourcesHeading: string;
  resultCausesHeading: string;
  resultActionsHeading: string;
  resultReachedBy: string;
  /** The word before an evidence label, e.g. "Evidence" in "(Evidence: Strong evidence)". */
  evidenceLabel: string;
  reviewNotesHeading: string;
  versionHeading: string;
  version: string;
  reviewedOn: string;
  notReviewed: string;
  reviewers: string;
  pathHeading: string;
  pathLead: string;
  pathNone: string;
  /** Beside the answer that set the level: "← this answer set the level: {level}". */
  pathSetLevel: string;
  /** Under the path's answers: "The check ended at: {result}". */
  pathEnded: string;
  /** When no answer raised the level above self-care. */
  pathNoSetter: string;
  /** A link from the path view back to the result it explains. */
  backToResult: string;
  /** The button for the drawing of the whole check (beside one per stage). */
  viewWhole: string;
  /** The name of the group of view buttons. */
  viewsLabel: string;
  seeHowWeGotHere: string;
}

/** Every other word on the pages. */
export interface UiContent {
  appName: string;
  tagline: string;
  /** Where each default phone number applies, shown beside it: "999 (UK)". */
  regions: Record<RegionId, string>;
  /** The language switcher's name for screen readers: "Language". */
  languageNav: string;
  /** On every page: a heading, one line and a call action; the full list of signs behind a disclosure. */
  emergencyNotice: {
    heading: string;
    line: string;
    /** "Call {number}". */
    call: string;
    signsSummary: string;
    signs: readonly string[];
  };
  start: {
    heading: string;
    lead: string;
    /** One line before Start for someone in a cramp right now. */
    inCrampNow: { heading: string; text: string };
    whatItIs: readonly string[];
    whatItIsNot: readonly string[];
    whoFor: readonly string[];
    privacy: string;
    startButton: string;
    /** A link beside Start for someone answering for another person (the questions then say "they"). */
    startForOther: string;
    timeNeeded: string;
    whatItIsHeading: string;
    whatItIsNotHeading: string;
    whoForHeading: string;
  };
  /** The skip link at the top of every site page. */
  skipLink: string;
  /** Prefix for error messages read by screen readers and in the page title, e.g. "Error: ". */
  errorPrefix: string;
  step: {
    continueButton: string;
    backLink: string;
    restartLink: string;
    /** On the first question: the switch to answering for another person. */
    forOtherLink: string;
    /** On the first question, when answering for another person: what the questions now do, and the switch back. */
    forOtherNow: string;
    forSelfLink: string;
    progress: string; // "Question {n} of about {total}"
    whyWeAsk: string;
    sourcesLabel: string;
    errorSummaryTitle: string;
    noneDivider: string;
    noneBothError: string;
    stageNames: Record<QuestionStage, string>;
  };
  review: {
    heading: string;
    lead: string;
    change: string;
    none: string;
    confirmButton: string;
  };
  result: {
    pageTitle: string;
    /** The "do this now" box on the care card or just under it. */
    doNowHeading: string;
    causesHeading: string;
    /** Under each likely cause: the disclosure with its explanation, evidence and sources. */
    causeMore: string;
    /** Link from the short calcium answer to its detail. */
    calciumMore: string;
    /** "When to get help", split by urgency: "Call {number} now if:" (or the words for no set number). */
    whenEmergency: string;
    whenEmergencyNoNumber: string;
    whenUrgent: string;
    whenSeeDoctor: string;
    /** Urgent results: "Call {number}" for the urgent line; words for anywhere else. */
    urgentCall: string;
    urgentElsewhere: string;
    /** On an urgent result the questions stopped at: tell the doctor about other leg trouble. */
    stoppedEarly: string;
    /** See-a-doctor results with no clinic phone and no JavaScript: a link to the summary for the doctor. */
    showSummary: string;
    /** The printed handover for a doctor. */
    handover: {
      /** The on-screen disclosure that holds it. */
      open: string;
      heading: string;
      made: string;
      version: string;
      level: string;
      causes: string;
      answers: string;
      negatives: string;
      advice: string;
      /** The QR code that reopens this result, as a screen reader names the image. */
      codeLabel: string;
      /** Beside the code: what scanning it does, and that the answers are inside it for anyone who scans it. */
      codeNote: string;
    };
    nowHeading: string;
    preventHeading: string;
    getHelpHeading: string;
    calciumHeading: string;
    sourcesHeading: string;
    answersHeading: string;
    evidenceLabel: string;
    printButton: string;
    changeAnswers: string;
    /** Before the answers that produced a level or a cause: "Because you answered:". */
    because: string;
    /** The disclosure that holds the answers that produced the level: "Why this result". */
    becauseLevel: string;
    startAgain: string;
    callButton: string;
    /** See-a-doctor results in a clinic's embed: "Contact {clinic}". */
    clinicHeading: string;
    /** "Call {phone}". */
    clinicCall: string;
    disclaimer: string;
    mythsHeading: string;
    /** The collapsed section with the evidence and sources behind "When to get help". */
    getHelpSources: string;
    /** One line at the top of that section. */
    getHelpSourcesLead: string;
    /** "Things you may have read": each myth's claim and our answer, by id (shown in MYTH_IDS order; sources in content/clinical/myths.ts). */
    myths: Record<MythId, { claim: string; answer: string }>;
  };
  restoreError: {
    heading: string;
    body: string;
    startAgain: string;
  };
  /** A link made under another content version: not replayed, its answers shown as text. */
  versionChanged: {
    heading: string;
    body: string;
    answersHeading: string;
    /** Under the list: "{count}" answers that no longer match a question. */
    notShown: string;
    noAnswers: string;
    startAgain: string;
  };
  notFound: { heading: string; body: string; home: string };
  /** The FHIR files for a clinic's record system (machines/fhir.ts). */
  fhir: {
    /** The Questionnaire's description. */
    questionnaireDescription: string;
    /** Who the outcome is about: nobody identified. */
    subject: string;
    /** The result's download link, and the line under it. */
    download: string;
    downloadHint: string;
  };
  footer: {
    notAdvice: string;
    privacy: string;
    openSource: string;
    howItDecides: string;
    /** "Content version {version}: {status}". */
    contentVersion: string;
    draft: string;
    /** "Reviewed by a clinician on {date}". */
    reviewed: string;
  };
  embed: {
    /** Shown in a clinic's frame: "A check by Leg Cramp Check, open source". */
    poweredBy: string;
    frameTitle: string;
  };
}
