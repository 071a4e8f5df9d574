/**
 * What a set of answers means clinically, read from the flow table's rules:
 * the most urgent level wins, the likely causes (most urgent first), the actions,
 * and the honest calcium answer for this person. Pure: no XState, no words.
 */
import { ADVICE_FROM, FLOW, GENERAL_CAUSES, LEVEL_ACTIONS, type AnswerRule, type AnswersTogether, type FlowQuestion, type FlowTable } from '../content/clinical/flow';
import { TRIAGE_LEVELS, type ActionId, type AnswerId, type CalciumAnswerId, type CauseId, type QuestionId, type TriageLevel } from '../content/ids';

export type { AnswerRule } from '../content/clinical/flow';
export { ADVICE_FROM, LEVEL_ACTIONS } from '../content/clinical/flow';

/** Each answer's rule, by question (a view of the flow table). */
export const ANSWER_RULES = Object.fromEntries(Object.entries(FLOW).map(([q, flow]) => [q, flow.answers])) as unknown as {
  readonly [Q in QuestionId]: Readonly<Record<AnswerId<Q>, AnswerRule>>;
};

/** What "None of these" means, for the tick-any pages where it means more than "nothing to add". */
export const NONE_RULES: Partial<Record<QuestionId, AnswerRule>> = Object.fromEntries(
  Object.entries(FLOW).flatMap(([q, flow]) => ('none' in flow && flow.none ? [[q, flow.none]] : [])),
);

/** Rules for answers that mean more ticked together, by question (only the questions that have them). */
export const TOGETHER_RULES: Partial<Record<QuestionId, readonly AnswersTogether[]>> = Object.fromEntries(
  Object.entries(FLOW).flatMap(([q, flow]) => ('together' in flow && flow.together ? [[q, flow.together]] : [])),
);

/** Lower index = more urgent. */
export const severity = (level: TriageLevel): number => TRIAGE_LEVELS.indexOf(level);
export const moreUrgent = (a: TriageLevel, b: TriageLevel): TriageLevel => (severity(a) <= severity(b) ? a : b);

/** An answer as the machine stores it: one id, or the ids ticked (empty = none of these). */
export type AnswerValue = string | readonly string[];

/** One answered question on the path, in order. */
export interface PathAnswer {
  question: QuestionId;
  value: AnswerValue;
}

export interface TriageOutput {
  triage: TriageLevel;
  causes: CauseId[];
  actions: ActionId[];
}

/** The ids chosen in an answer, as a list (a single answer is a list of one). */
export const chosenIds = (value: AnswerValue): readonly string[] => (typeof value === 'string' ? [value] : value);

/**
 * The rules an answer triggers, read from a flow table (the shipped one unless a
 * test builds a variant). Assumes the answer is valid for the question.
 */
export function rulesFor(question: QuestionId, value: AnswerValue, flow: FlowTable = FLOW): AnswerRule[] {
  const page = flow[question];
  if (!page) return [];
  const ids = chosenIds(value);
  if (ids.length === 0) return page.none ? [page.none] : [];
  return [...ids.map((id) => page.answers[id]).filter((r): r is AnswerRule => r !== undefined), ...ticksTogether(page, ids).map((t) => t.rule)];
}

/** The page's answers-together rules whose answers are all among those ticked. */
export const ticksTogether = (page: Pick<FlowQuestion, 'together'>, ids: readonly string[]): readonly AnswersTogether[] =>
  (page.together ?? []).filter((t) => t.answers.every((a) => ids.includes(a)));

/** An `onPath` condition of the flow table: some answer on the path is one of these (by question). */
export const answeredOnPath = (path: readonly PathAnswer[], answers: Readonly<Record<string, readonly string[]>>): boolean =>
  path.some(({ question, value }) => chosenIds(value).some((id) => answers[question]?.includes(id)));

/** The most urgent level any of these answers calls for. */
export function levelOf(path: readonly PathAnswer[], flow: FlowTable = FLOW): TriageLevel {
  let level: TriageLevel = 'self_care';
  for (const { question, value } of path) {
    for (const r of rulesFor(question, value, flow)) level = moreUrgent(level, r.triage);
  }
  return level;
}

const has = (path: readonly PathAnswer[], question: QuestionId, answer: string): boolean =>
  path.some((p) => p.question === question && chosenIds(p.value).includes(answer));

/**
 * The calcium answer for this person (brief §d and "calcium question routing"):
 * acute low-calcium signs → urgent; risk clues → see a doctor for a blood test;
 * pregnant → follow the midwife; otherwise → unlikely, with the harms of supplements.
 */
export function calciumAnswer(path: readonly PathAnswer[], flow: FlowTable = FLOW): CalciumAnswerId {
  const causes = new Set(path.flatMap((p) => rulesFor(p.question, p.value, flow).flatMap((r) => r.causes)));
  if (causes.has('low_calcium') || causes.has('severe_low_calcium')) return 'calcium_urgent';
  if (causes.has('low_calcium_risk')) return 'calcium_check';
  if (has(path, 'health', 'pregnant')) return 'calcium_pregnancy';
  return 'calcium_unlikely';
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * The result for a completed path: the most urgent level wins whatever came
 * after it; causes are listed most urgent first; actions are the level's own,
 * then those of the answers whose level this result takes advice from
 * (ADVICE_FROM), then the calcium answer (on an emergency result only when it
 * is about the emergency), then the safety net.
 */
export function assess(path: readonly PathAnswer[], flow: FlowTable = FLOW): TriageOutput {
  const triage = levelOf(path, flow);
  const fired = path.flatMap((p) => rulesFor(p.question, p.value, flow));
  // Most urgent first; within a level, the specific causes before the general ones.
  const general = (cause: CauseId) => (GENERAL_CAUSES.includes(cause) ? 1 : 0);
  const causes = [...fired]
    .sort((a, b) => severity(a.triage) - severity(b.triage))
    .flatMap((r) => r.causes.map((cause) => ({ cause, level: r.triage })))
    .sort((a, b) => severity(a.level) - severity(b.level) || general(a.cause) - general(b.cause))
    .map(({ cause }) => cause);
  const calcium = calciumAnswer(path, flow);
  const actions: ActionId[] = [
    ...LEVEL_ACTIONS[triage],
    ...fired.filter((r) => ADVICE_FROM[triage].includes(r.triage)).flatMap((r) => r.actions),
    ...(triage !== 'emergency' || calcium === 'calcium_urgent' ? [calcium] : []),
  ];
  if (triage !== 'emergency') actions.push('safety_net');
  return { triage, causes: unique(causes), actions: unique(actions) };
}

/** One answer on the path: the id chosen or ticked, or "none" where "None of these" carries a rule. */
export interface GivenAnswer {
  question: QuestionId;
  answer: string;
}

/** Every answer on the path that carries a rule, one by one, in the order asked, with its rule. */
function givenWithRules(path: readonly PathAnswer[], flow: FlowTable): (GivenAnswer & { rule: AnswerRule })[] {
  return path.flatMap(({ question, value }) => {
    const page = flow[question];
    const ids = chosenIds(value);
    if (ids.length === 0) return page?.none ? [{ question, answer: 'none', rule: page.none }] : [];
    const own = ids.flatMap((id) => (page?.answers[id] ? [{ question, answer: id, rule: page.answers[id] }] : []));
    // Answers that mean more together: each of them is behind that rule too.
    const together = page ? ticksTogether(page, ids).flatMap((t) => t.answers.map((answer) => ({ question, answer, rule: t.rule }))) : [];
    return [...own, ...together];
  });
}

/** The answers that produced a result: those that set its level, and those behind each likely cause. */
export interface Reasons {
  level: GivenAnswer[];
  causes: Partial<Record<CauseId, GivenAnswer[]>>;
}

/**
 * Which answers produced the result, read from the same rules as `assess` (exact,
 * never worded freely): the level comes from every answer whose rule calls for it
 * (for self-care, those whose rule names a cause, since an answer with no weight
 * produces nothing), and each cause from every answer whose rule names it.
 */
export function reasonsFor(path: readonly PathAnswer[], flow: FlowTable = FLOW): Reasons {
  const triage = levelOf(path, flow);
  const given = givenWithRules(path, flow);
  const causes: Partial<Record<CauseId, GivenAnswer[]>> = {};
  const once = (list: GivenAnswer[], g: GivenAnswer) => (list.some((l) => l.question === g.question && l.answer === g.answer) ? list : [...list, g]);
  for (const { question, answer, rule } of given) {
    for (const cause of rule.causes) causes[cause] = once(causes[cause] ?? [], { question, answer });
  }
  // An answer can carry its own rule and one it shares with answers ticked together: named once.
  const level = given
    .filter(({ rule }) => rule.triage === triage && (triage !== 'self_care' || rule.causes.length > 0))
    .reduce<GivenAnswer[]>((list, { question, answer }) => once(list, { question, answer }), []);
  return { level, causes };
}

/**
 * The warning signs ticked: every answer whose rule calls for urgent care or more (they are
 * asked on the warning-sign pages and the last check), most urgent first, in the order asked.
 * What the person tells a call handler comes from these, each in its own words, never from a
 * cause's worst case.
 */
export function warningSignsGiven(path: readonly PathAnswer[], flow: FlowTable = FLOW): GivenAnswer[] {
  return givenWithRules(path, flow)
    .filter(({ rule }) => severity(rule.triage) <= severity('urgent'))
    .sort((a, b) => severity(a.rule.triage) - severity(b.rule.triage))
    .map(({ question, answer }) => ({ question, answer }));
}

/** The pages of warning signs: the three at the start and the last check (which a same-day sign goes on to). */
const WARNING_STAGES: readonly string[] = ['red_flags', 'last_check'];

/**
 * Did the questions stop at the warning-sign pages (a same-day or emergency sign ends them
 * there, after the last check for a same-day one)? Then nothing was asked about other leg
 * trouble, and the result says to mention it.
 */
export const endedAtWarningSigns = (path: readonly PathAnswer[], flow: FlowTable = FLOW): boolean =>
  path.length > 0 && path.every((p) => WARNING_STAGES.includes(flow[p.question]?.stage ?? ''));

/** Is `value` a well-formed answer to this page of a flow table? (known ids, right shape, no repeats) */
export function validAnswerIn(page: Pick<FlowQuestion, 'multiple' | 'answers'> | undefined, value: unknown): value is AnswerValue {
  if (!page) return false;
  const known = Object.keys(page.answers);
  if (page.multiple) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string' && known.includes(v)) && new Set(value).size === value.length;
  }
  return typeof value === 'string' && known.includes(value);
}

/** Put ticked ids in the page's own order, so equal answers compare equal. */
export function normaliseIn(page: Pick<FlowQuestion, 'answers'>, value: AnswerValue): AnswerValue {
  if (typeof value === 'string') return value;
  const order = Object.keys(page.answers);
  return [...value].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Is `value` a well-formed answer to `question`? */
export const isValidAnswer = (question: QuestionId, value: unknown): value is AnswerValue => validAnswerIn(FLOW[question], value);

export const normaliseAnswer = (question: QuestionId, value: AnswerValue): AnswerValue => normaliseIn(FLOW[question], value);
