/**
 * The check as FHIR R4, for a clinic's record system: the questions as a
 * Questionnaire, generated from the flow table, and one person's answers as a
 * QuestionnaireResponse carrying the outcome. Pure: words come from a language
 * pack, the rules from the flow table, nothing is stored or sent anywhere.
 *
 * How the outcome is carried (our choice; FHIR has no standard place for it):
 * a contained RiskAssessment, referring back to the response (`basis: '#'`), with
 *  - `prediction[0]`: the triage level (code = our level id), its rationale the
 *    answers that set it ("because you answered", machines/rules.ts `reasonsFor`);
 *  - one further `prediction` per likely cause, most urgent first, each with the
 *    answers behind it;
 *  - `mitigation`: the level's advice in the person's words; `note`: not a diagnosis.
 */
import type { Coding, Questionnaire, QuestionnaireItem, QuestionnaireItemEnableWhen, QuestionnaireResponse, RiskAssessment } from '@medplum/fhirtypes';
import type { ContentPack } from '../content/types';
import { QUESTION_IDS, type CauseId, type QuestionId } from '../content/ids';
import { CONDITIONS, FLOW, type FlowStep } from '../content/clinical/flow';
import { review } from '../content/review';
import { NONE } from './address';
import { assess, chosenIds, reasonsFor, type GivenAnswer, type PathAnswer } from './rules';
import { answerLabels } from './answer-labels';

/** The Questionnaire's id and file name. */
export const QUESTIONNAIRE_ID = 'leg-cramp-check';

/** Where the deployment serves its Questionnaire: its canonical `url` (and the base of our code systems). */
export const questionnaireUrl = (origin: string) => `${origin}/fhir/Questionnaire`;

/** The code system of one question's answers (answer ids repeat across questions, e.g. "none"). */
const answerSystem = (canonical: string, question: QuestionId) => `${canonical}/answers/${question}`;

type Page = { multiple: boolean; answers: Readonly<Record<string, unknown>>; next: readonly FlowStep[] };
const page = (question: QuestionId): Page => FLOW[question] as unknown as Page;

/** Question ids that steer the flow ('picked' and 'onPath' conditions): the only answers enableWhen can refer to. */
function branchingQuestions(): Set<QuestionId> {
  const found = new Set<QuestionId>();
  for (const question of QUESTION_IDS) {
    for (const step of page(question).next) {
      const condition = step.when ? CONDITIONS[step.when] : undefined;
      if (condition?.kind === 'picked') found.add(question);
      if (condition?.kind === 'onPath') for (const q of Object.keys(condition.answers)) found.add(q as QuestionId);
    }
  }
  return found;
}

/** One way through the questions when no warning sign ends them early: the steering answers given, and the questions asked. */
interface Walk {
  picked: ReadonlyMap<QuestionId, string>;
  asked: ReadonlySet<QuestionId>;
}

/**
 * Every way through the questions, branching on each steering answer. Warning
 * signs end the check early (`level` and `pathLevel` conditions): that is a stop,
 * not a different question, so the walks leave them out and a response that stops
 * early simply has fewer items.
 */
export function questionWalks(): Walk[] {
  const branching = branchingQuestions();
  const walks: Walk[] = [];
  const holds = (step: FlowStep, question: QuestionId, picked: ReadonlyMap<QuestionId, string>) => {
    if (!step.when) return true;
    const condition = CONDITIONS[step.when];
    if (condition.kind === 'picked') return (condition.answers as readonly string[]).includes(picked.get(question) ?? '');
    if (condition.kind === 'onPath') return Object.entries(condition.answers).some(([q, ids]) => (ids as readonly string[]).includes(picked.get(q as QuestionId) ?? ''));
    return false;
  };
  const visit = (question: string, picked: Map<QuestionId, string>, asked: Set<QuestionId>) => {
    if (!(question in FLOW)) {
      walks.push({ picked, asked });
      return;
    }
    const q = question as QuestionId;
    const choices = branching.has(q) ? Object.keys(page(q).answers) : [null];
    for (const choice of choices) {
      const nextPicked = new Map(picked);
      if (choice !== null) nextPicked.set(q, choice);
      const step = page(q).next.find((s) => holds(s, q, nextPicked));
      if (step) visit(step.to, nextPicked, new Set([...asked, q]));
    }
  };
  visit(QUESTION_IDS[0]!, new Map(), new Set());
  return walks;
}

interface Atom {
  question: QuestionId;
  answer: string;
}
const atomHolds = (atom: Atom, walk: Walk) => walk.asked.has(atom.question) && walk.picked.get(atom.question) === atom.answer;

/**
 * When a question is asked, as FHIR enableWhen, found by checking every walk: a
 * list of "earlier question = answer" that holds in exactly the walks that ask it,
 * either any of them ('any') or all of them ('all'). `null`: always asked (modulo
 * warning signs). `'not-expressible'`: no such list exists (none in today's flow;
 * the unit test keeps it so).
 */
export function enableRule(question: QuestionId, walks: readonly Walk[] = questionWalks()): { behavior: 'any' | 'all'; atoms: Atom[] } | null | 'not-expressible' {
  const asking = walks.filter((w) => w.asked.has(question));
  if (asking.length === walks.length) return null;
  const earlier = QUESTION_IDS.slice(0, QUESTION_IDS.indexOf(question));
  const atoms = earlier.flatMap((q) => [...new Set(walks.flatMap((w) => (w.picked.has(q) ? [w.picked.get(q)!] : [])))].map((answer) => ({ question: q, answer })));
  const exactly = (holds: (w: Walk) => boolean) => walks.every((w) => holds(w) === w.asked.has(question));

  // 'any': atoms that each imply the question, chosen greedily to cover every walk that asks it.
  const implying = atoms.filter((a) => walks.every((w) => !atomHolds(a, w) || w.asked.has(question)));
  const chosen: Atom[] = [];
  let uncovered = asking;
  while (uncovered.length > 0) {
    const best = implying
      .map((a) => ({ a, covers: uncovered.filter((w) => atomHolds(a, w)).length }))
      .sort((x, y) => y.covers - x.covers)[0];
    if (!best || best.covers === 0) break;
    chosen.push(best.a);
    uncovered = uncovered.filter((w) => !atomHolds(best.a, w));
  }
  if (uncovered.length === 0 && exactly((w) => chosen.some((a) => atomHolds(a, w)))) return { behavior: 'any', atoms: chosen };

  // 'all': atoms true in every walk that asks it.
  const always = atoms.filter((a) => asking.every((w) => atomHolds(a, w)));
  if (always.length > 0 && exactly((w) => always.every((a) => atomHolds(a, w)))) return { behavior: 'all', atoms: always };
  return 'not-expressible';
}

const answerIds = (question: QuestionId): string[] => [...Object.keys(page(question).answers), ...(page(question).multiple ? [NONE] : [])];

const answerDisplay = (content: ContentPack, question: QuestionId, id: string): string => answerLabels(content, { question, value: id === NONE ? [] : [id] })[0]!;

const coding = (content: ContentPack, canonical: string, question: QuestionId, id: string): Coding => ({
  system: answerSystem(canonical, question),
  code: id,
  display: answerDisplay(content, question, id),
});

/** The check's questions as a FHIR R4 Questionnaire, in one language, for this content version. */
export function questionnaire(content: ContentPack, origin: string, reviewed: boolean): Questionnaire {
  const canonical = questionnaireUrl(origin);
  const walks = questionWalks();
  const items: QuestionnaireItem[] = QUESTION_IDS.map((question) => {
    const rule = enableRule(question, walks);
    const when = rule && rule !== 'not-expressible' ? rule : null;
    const enableWhen: QuestionnaireItemEnableWhen[] | undefined = when?.atoms.map((a) => ({ question: a.question, operator: '=', answerCoding: coding(content, canonical, a.question, a.answer) }));
    return {
      linkId: question,
      text: content.questions[question].heading,
      type: 'choice',
      repeats: page(question).multiple,
      answerOption: answerIds(question).map((id) => ({ valueCoding: coding(content, canonical, question, id) })),
      ...(when ? { enableWhen, ...(when.atoms.length > 1 ? { enableBehavior: when.behavior } : {}) } : {}),
    };
  });
  return {
    resourceType: 'Questionnaire',
    id: QUESTIONNAIRE_ID,
    url: canonical,
    version: review.version,
    name: 'LegCrampCheck',
    title: content.ui.appName,
    // Draft until clinicians have signed this content version off (lib/sign-off.ts).
    status: reviewed ? 'active' : 'draft',
    language: content.lang,
    description: content.ui.fhir.questionnaireDescription,
    subjectType: ['Patient'],
    item: items,
  };
}

const givenText = (content: ContentPack, given: readonly GivenAnswer[]) =>
  given.map(({ question, answer }) => `${content.questions[question].summaryLabel}: ${answerDisplay(content, question, answer)}`).join('; ');

/**
 * One person's answers as a completed QuestionnaireResponse (every answer given,
 * in order), with the outcome in a contained RiskAssessment (see the file's comment).
 */
export function questionnaireResponse(content: ContentPack, origin: string, path: readonly PathAnswer[], authored: string): QuestionnaireResponse {
  const canonical = questionnaireUrl(origin);
  const output = assess(path);
  const reasons = reasonsFor(path);
  const card = content.triage[output.triage];
  const because = content.ui.result.because;
  const outcome: RiskAssessment = {
    resourceType: 'RiskAssessment',
    id: 'outcome',
    status: 'final',
    code: { coding: [{ system: `${canonical}/assessment`, code: QUESTIONNAIRE_ID, display: content.ui.appName }], text: content.ui.appName },
    // No one is identified: the check stores and knows nobody.
    subject: { display: content.ui.fhir.subject },
    occurrenceDateTime: authored,
    basis: [{ reference: '#' }],
    prediction: [
      {
        outcome: { coding: [{ system: `${canonical}/triage-level`, code: output.triage, display: card.heading }], text: `${card.label}: ${card.heading}` },
        rationale: `${because} ${givenText(content, reasons.level)}`,
      },
      ...output.causes.map((id: CauseId) => ({
        outcome: { coding: [{ system: `${canonical}/cause`, code: id, display: content.causes[id].name }], text: content.causes[id].name },
        rationale: `${because} ${givenText(content, reasons.causes[id] ?? [])}`,
      })),
    ],
    mitigation: card.summary,
    note: [{ text: content.ui.result.disclaimer }],
  };
  return {
    resourceType: 'QuestionnaireResponse',
    contained: [outcome],
    questionnaire: `${canonical}|${review.version}`,
    status: 'completed',
    authored,
    language: content.lang,
    extension: [{ url: `${canonical}/outcome`, valueReference: { reference: '#outcome' } }],
    item: path.map(({ question, value }) => {
      const ids = chosenIds(value);
      return {
        linkId: question,
        text: content.questions[question].heading,
        answer: (ids.length === 0 ? [NONE] : ids).map((id) => ({ valueCoding: coding(content, canonical, question, id) })),
      };
    }),
  };
}
