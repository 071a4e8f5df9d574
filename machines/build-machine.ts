/**
 * The triage machine, generated from a flow table (content/clinical/flow.ts).
 *
 * - Each question becomes a state in its stage, with `meta` { question, answers, multiple? }.
 * - Each `next` step becomes an `answer` transition, guarded by its named condition
 *   (or "a valid answer" for the last, otherwise, step), recording the answer; the
 *   transition's `meta.rule` names the condition, so the diagram and tests read the
 *   rule as data.
 * - Back is derived from the forward edges: a state goes Back to whichever of the
 *   questions that lead to it was answered last. No hand-kept lists.
 * - "Check your answers" confirms to the result its answers call for; every result
 *   is a final state whose output is the assessment.
 *
 * Pure: imports only `xstate`, the flow table and the rules.
 */
import { assign, setup } from 'xstate';
import { CONDITIONS, QUESTION_STAGES, REVIEW_NEXT, type ConditionName, type FlowStep, type FlowTable } from '../content/clinical/flow';
import { TRIAGE_LEVELS, type QuestionId, type TriageLevel } from '../content/ids';
import { answeredOnPath, assess, chosenIds, levelOf, normaliseIn, severity, validAnswerIn, type AnswerValue, type PathAnswer, type TriageOutput } from './rules';

export interface TriageContext {
  /** Every answer given, by question. Kept when the person goes back, so the page can show it again. */
  answers: Partial<Record<QuestionId, AnswerValue>>;
  /** The questions answered on the current path, in order. */
  history: QuestionId[];
}

export type TriageEvent = { type: 'answer'; value: AnswerValue } | { type: 'back' } | { type: 'restart' } | { type: 'confirm' };

/** The `meta` every question state carries: what the UI, the diagram and the tests read. */
export interface QuestionMeta {
  question: QuestionId;
  answers: readonly string[];
  multiple?: true;
}

/** The `meta` of the "check your answers" state and of results. */
export type StateMeta = QuestionMeta | { review: true } | { result: TriageLevel };

/** The `meta` of every transition: the named condition that takes it ('otherwise' for the last step, 'back'). */
export interface TransitionMeta {
  rule: ConditionName | 'otherwise' | 'back' | 'restart';
}

/** The answers on the current path, in order. */
export const pathOf = (context: TriageContext): PathAnswer[] =>
  context.history.flatMap((question) => {
    const value = context.answers[question];
    return value === undefined ? [] : [{ question, value }];
  });

const answerValue = (event: TriageEvent): unknown => (event.type === 'answer' ? event.value : undefined);

type QuestionParams = { question: QuestionId };

export function buildTriageMachine(flow: FlowTable) {
  const questions = Object.keys(flow) as QuestionId[];
  const valid = (question: QuestionId, value: unknown): value is AnswerValue => validAnswerIn(flow[question], value);
  /** The path so far plus this event's answer (guards run before it is recorded). */
  const levelWith = (context: TriageContext, question: QuestionId, value: AnswerValue): TriageLevel =>
    levelOf([...pathOf(context), { question, value }], flow);

  /** Each named condition as a guard: the answer must be valid, then the condition must hold. */
  const conditionGuards = Object.fromEntries(
    (Object.keys(CONDITIONS) as ConditionName[]).map((name) => {
      const condition = CONDITIONS[name];
      const guard = ({ context, event }: { context: TriageContext; event: TriageEvent }, params: QuestionParams | undefined) => {
        if (condition.kind === 'pathLevel') return severity(levelOf(pathOf(context), flow)) <= severity(condition.level);
        if (condition.kind === 'onPath') return answeredOnPath(pathOf(context), condition.answers);
        const question = params?.question;
        const value = answerValue(event);
        if (!question || !valid(question, value)) return false;
        if (condition.kind === 'level') return severity(levelWith(context, question, value)) <= severity(condition.level);
        return chosenIds(value).some((id) => (condition.answers as readonly string[]).includes(id));
      };
      return [name, guard];
    }),
  );

  const target = (to: string): string => {
    const page = flow[to];
    return page ? `#triage.${page.stage}.${to}` : `#triage.${to}`;
  };

  /** Back: to whichever of the questions that lead here was answered last (its answer stays remembered). */
  const backTo = (to: string) =>
    questions
      .filter((q) => flow[q]!.next.some((step) => step.to === to))
      .map((question) => ({
        guard: { type: 'previousIs', params: { question } },
        target: target(question),
        actions: 'forgetLastStep',
        meta: { rule: 'back' } satisfies TransitionMeta,
      }));

  const forward = (question: QuestionId | null, steps: readonly FlowStep[]) =>
    steps.map((step) => ({
      guard: step.when
        ? { type: step.when, params: question ? { question } : undefined }
        : question
          ? { type: 'validAnswer', params: { question } }
          : undefined,
      target: target(step.to),
      ...(question ? { actions: { type: 'record', params: { question } } } : {}),
      meta: { rule: step.when ?? 'otherwise' } satisfies TransitionMeta,
    }));

  const questionState = (question: QuestionId) => {
    const page = flow[question]!;
    const back = backTo(question);
    const meta: QuestionMeta = page.multiple
      ? { question, answers: Object.keys(page.answers), multiple: true }
      : { question, answers: Object.keys(page.answers) };
    return { meta, on: { ...(back.length > 0 ? { back } : {}), answer: forward(question, page.next) } };
  };

  const stages = Object.fromEntries(
    QUESTION_STAGES.map((stage) => {
      const inStage = questions.filter((q) => flow[q]!.stage === stage);
      return [stage, { initial: inStage[0], states: Object.fromEntries(inStage.map((q) => [q, questionState(q)])) }];
    }).filter(([, node]) => (node as { initial?: string }).initial !== undefined),
  );

  const first = questions[0]!;
  return setup({
    types: {
      context: {} as TriageContext,
      events: {} as TriageEvent,
      meta: {} as StateMeta,
      transitionMeta: {} as TransitionMeta,
      output: {} as TriageOutput,
    },
    guards: {
      ...conditionGuards,
      /** The answer is well-formed for this question (the "otherwise" step). */
      validAnswer: ({ event }, { question }: QuestionParams) => valid(question, answerValue(event)),
      /** The question answered last on the path is `question` (where Back goes). */
      previousIs: ({ context }, { question }: QuestionParams) => context.history.at(-1) === question,
    },
    actions: {
      record: assign(({ context, event }, { question }: QuestionParams) => {
        if (event.type !== 'answer') return {};
        return {
          answers: { ...context.answers, [question]: normaliseIn(flow[question]!, event.value) },
          history: [...context.history, question],
        };
      }),
      /** Step back one question; its answer stays in `answers` to be shown again. */
      forgetLastStep: assign(({ context }) => ({ history: context.history.slice(0, -1) })),
      clear: assign(() => ({ answers: {}, history: [] })),
    },
  }).createMachine({
    id: 'triage',
    initial: flow[first]!.stage,
    context: { answers: {}, history: [] },
    output: ({ context }) => assess(pathOf(context), flow),
    on: {
      restart: { target: target(first), actions: 'clear', meta: { rule: 'restart' } },
    },
    states: {
      ...stages,
      review: {
        meta: { review: true },
        on: { back: backTo('review'), confirm: forward(null, REVIEW_NEXT) },
      },
      ...Object.fromEntries(TRIAGE_LEVELS.map((level) => [level, { type: 'final', meta: { result: level } }])),
    } as never,
  });
}
