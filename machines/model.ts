/**
 * Paths for testing, generated from the machine with XState's graph utilities
 * (`xstate/graph`), so that when a clinician adds a question the tests grow by
 * themselves.
 *
 * "Tick any that apply" pages make the full set of paths far too large, so the
 * events tried at each question are: every single answer on its own, and
 * "none of these" (every red-flag answer is thereby tried alone), and on a page
 * whose ticks steer the flow (e.g. cramps and walking pain, each with its own
 * follow-up questions) every pair of those steering ticks together, and the answers
 * a rule takes ticked together (e.g. neck surgery with tingling); plus Back,
 * Start again and confirming "check your answers". States are told apart by
 * where the machine is, the most urgent level so far, the question it would go
 * Back to, and which earlier answers later branches look at: everything its next
 * transitions depend on. Other combinations of ticks are covered separately by a
 * seeded random sample.
 */
import { initialTransition, transition, type AnyTransitionDefinition } from 'xstate';
import { getAdjacencyMap, getShortestPaths, type StatePath } from 'xstate/graph';
import { QUESTIONS, type QuestionId } from '../content/ids';
import { CONDITIONS } from '../content/clinical/flow';
import { answeredOnPath, levelOf, pathOf, TOGETHER_RULES, triageMachine, type AnswerValue, type StateMeta, type TriageEvent } from './triage';
import { currentQuestion, leafStateId, stepOf, type TriageSnapshot } from './replay';
import { allStateNodes, landing } from './state-nodes';

/** Any machine built from a flow table (the shipped one, or a variant a test builds). */
type TriageMachine = typeof triageMachine;

type Path = StatePath<TriageSnapshot, TriageEvent>;

/**
 * The ticks on a page that steer the flow: those a `picked` condition names (where the
 * page goes next) or an `onPath` condition names for this page (where a later page goes).
 */
export function steeringAnswers(question: QuestionId, answers: readonly string[]): string[] {
  const named = new Set(
    Object.values(CONDITIONS).flatMap((c): readonly string[] =>
      c.kind === 'picked' ? c.answers : c.kind === 'onPath' ? ((c.answers as Readonly<Record<string, readonly string[]>>)[question] ?? []) : [],
    ),
  );
  return answers.filter((a) => named.has(a));
}

/** Every pair of steering ticks on a page, in the page's order: each follow-up must be reachable together. */
const steeringPairs = (question: QuestionId, answers: readonly string[]): string[][] => {
  const steering = steeringAnswers(question, answers);
  return steering.flatMap((a, i) => steering.slice(i + 1).map((b) => [a, b]));
};

/** The events tried from a snapshot. */
export function modelEvents(snapshot: TriageSnapshot): TriageEvent[] {
  if (snapshot.status === 'done') return [];
  const events: TriageEvent[] = [];
  const metas = Object.values(snapshot.getMeta()) as StateMeta[];
  for (const meta of metas) {
    if ('question' in meta) {
      const answers = meta.answers;
      const together = (TOGETHER_RULES[meta.question] ?? []).map((t) => [...t.answers]);
      const values: AnswerValue[] = meta.multiple ? [[], ...answers.map((a) => [a]), ...steeringPairs(meta.question, answers), ...together] : [...answers];
      events.push(...values.map((value) => ({ type: 'answer', value }) as const));
    }
    if ('review' in meta) events.push({ type: 'confirm' });
  }
  if (snapshot.context.history.length > 0) events.push({ type: 'back' }, { type: 'restart' });
  return events;
}

/** The flow table's `onPath` conditions (e.g. "cramps on the path"): later branches depend on them. */
const ON_PATH = Object.values(CONDITIONS).filter((c) => c.kind === 'onPath');

/**
 * What the machine's next moves depend on: where it is, the level so far, where
 * Back goes, and which of the flow's `onPath` conditions hold.
 */
export function serializeModelState(snapshot: TriageSnapshot): string {
  const path = pathOf(snapshot.context);
  const onPath = ON_PATH.map((c) => answeredOnPath(path, c.answers));
  return JSON.stringify([snapshot.value, levelOf(path), snapshot.context.history.at(-1) ?? null, onPath]);
}

const options = { events: modelEvents, serializeState: serializeModelState };

/** Every state that is a page: the questions, "check your answers" and the results. */
export const leafStateIds = (machine: TriageMachine = triageMachine): string[] =>
  allStateNodes(machine.root).filter((n) => n.meta !== undefined).map((n) => n.id);

/** Every transition of the machine, named "from -event-> to" (one per target), in the diagram's order. */
export function machineTransitions(machine: TriageMachine = triageMachine): { name: string; transition: AnyTransitionDefinition }[] {
  const sources = [...allStateNodes(machine.root).filter((n) => n.meta !== undefined), machine.root];
  return sources.flatMap((source) =>
    [...source.transitions.values()].flat().flatMap((t) =>
      (t.target ?? []).map((target) => ({
        name: `${source === machine.root ? 'start_again' : source.key} -${t.eventType}-> ${landing(target).key}`,
        transition: t,
      })),
    ),
  );
}


export interface ModelCoverage {
  states: { covered: number; total: number; missing: string[] };
  transitions: { covered: number; total: number; missing: string[] };
  paths: number;
}

export interface ModelPaths {
  /** The shortest path to every model state. */
  statePaths: Path[];
  /** For every transition of the machine: the shortest path to a state where it is taken, plus that step. */
  transitionPaths: { edge: string; events: TriageEvent[] }[];
  coverage: ModelCoverage;
}

/** Shortest paths to every state, and one path through every transition, with the coverage they reach. */
export function modelPaths(machine: TriageMachine = triageMachine): ModelPaths {
  const statePaths = getShortestPaths(machine, options) as Path[];
  const adjacency = getAdjacencyMap(machine, options);
  const pathTo = new Map(statePaths.map((p) => [serializeModelState(p.state), p.steps.map((s) => s.event)]));
  const edges = machineTransitions(machine);

  const transitionPaths: ModelPaths['transitionPaths'] = [];
  const covered = new Set<number>();
  for (const [key, { state, transitions }] of Object.entries(adjacency)) {
    const prefix = pathTo.get(key);
    if (!prefix) continue;
    for (const { event } of Object.values(transitions) as { event: TriageEvent }[]) {
      // The transition this step takes (the first enabled one, as XState picks it).
      const taken = machine.getTransitionData(state as TriageSnapshot, event)[0];
      const index = edges.findIndex((e) => e.transition === taken);
      if (index < 0 || covered.has(index)) continue;
      covered.add(index);
      transitionPaths.push({ edge: edges[index]!.name, events: [...(prefix as TriageEvent[]), event] });
    }
  }

  const visited = new Set(statePaths.flatMap((p) => [leafStateId(p.state), ...p.steps.map((s) => leafStateId(s.state))]));
  const allStates = leafStateIds(machine);
  return {
    statePaths,
    transitionPaths,
    coverage: {
      states: { covered: allStates.filter((s) => visited.has(s)).length, total: allStates.length, missing: allStates.filter((s) => !visited.has(s)) },
      transitions: {
        covered: covered.size,
        total: edges.length,
        missing: edges.filter((_, i) => !covered.has(i)).map((e) => e.name),
      },
      paths: statePaths.length + transitionPaths.length,
    },
  };
}

/** Run events from the start; returns every snapshot on the way. */
export function runEvents(events: readonly TriageEvent[]): TriageSnapshot[] {
  let snapshot = initialTransition(triageMachine)[0];
  const seen = [snapshot];
  for (const event of events) {
    snapshot = transition(triageMachine, snapshot, event)[0];
    seen.push(snapshot);
  }
  return seen;
}

/** A small seeded PRNG (mulberry32), so random samples are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random walk to a result: at each question a random answer (tick-any pages:
 * a random combination, often none), optionally forcing chosen answers in.
 */
export function randomWalk(
  random: () => number,
  force: Partial<Record<QuestionId, readonly string[]>> = {},
): { events: TriageEvent[]; final: TriageSnapshot } {
  let snapshot = initialTransition(triageMachine)[0];
  const events: TriageEvent[] = [];
  for (let guard = 0; guard < 50 && snapshot.status !== 'done'; guard++) {
    const step = stepOf(snapshot);
    let event: TriageEvent;
    if (step.kind === 'review') event = { type: 'confirm' };
    else if (step.kind === 'question') {
      const { question } = step.meta;
      const answers = QUESTIONS[question].answers as readonly string[];
      if (QUESTIONS[question].multiple) {
        const ticked = random() < 0.5 ? [] : answers.filter(() => random() < 0.25);
        const forced = force[question] ?? [];
        event = { type: 'answer', value: answers.filter((a) => ticked.includes(a) || forced.includes(a)) };
      } else {
        const forced = force[question]?.[0];
        event = { type: 'answer', value: forced ?? answers[Math.floor(random() * answers.length)]! };
      }
    } else break;
    events.push(event);
    snapshot = transition(triageMachine, snapshot, event)[0];
  }
  return { events, final: snapshot };
}

/**
 * Every red-flag answer on its own: the warning-sign pages answered "none of
 * these" except for that one sign, then on to the result.
 */
export function redFlagAlonePaths(): { question: QuestionId; answer: string; events: TriageEvent[]; final: TriageSnapshot }[] {
  const screening = (Object.keys(QUESTIONS) as QuestionId[]).filter((q) => QUESTIONS[q].stage === 'red_flags');
  return screening.flatMap((question) =>
    (QUESTIONS[question].answers as readonly string[]).map((answer) => {
      let snapshot = initialTransition(triageMachine)[0];
      const events: TriageEvent[] = [];
      for (const q of screening) {
        if (snapshot.status === 'done') break;
        const event: TriageEvent = { type: 'answer', value: q === question ? [answer] : [] };
        events.push(event);
        snapshot = transition(triageMachine, snapshot, event)[0];
      }
      // A same-day sign goes on to the last check (content 0.7.0): nothing more ticked there.
      if (snapshot.status !== 'done' && currentQuestion(snapshot) === 'last_check') {
        const none: TriageEvent = { type: 'answer', value: [] };
        events.push(none);
        snapshot = transition(triageMachine, snapshot, none)[0];
      }
      if (snapshot.status !== 'done' && stepOf(snapshot).kind === 'review') {
        events.push({ type: 'confirm' });
        snapshot = transition(triageMachine, snapshot, { type: 'confirm' })[0];
      }
      return { question, answer, events, final: snapshot };
    }),
  );
}

/**
 * The answers a walk gives, page by page, driven by the machine itself: the
 * overrides where given, else a neutral answer ("none of these"; the first
 * answer, or one that leads on to the overridden pages). Tests describe a walk by
 * what matters to it, and the pages in between follow the flow table.
 */
export function answersFor(overrides: Partial<Record<QuestionId, AnswerValue>>): { question: QuestionId; value: AnswerValue }[] {
  const child = overrides.child_kind !== undefined || overrides.child_pattern !== undefined || overrides.child_signs !== undefined;
  const leadsOn: Partial<Record<QuestionId, AnswerValue>> = {
    age: child ? 'under_16' : 'age_16_plus',
    child_kind: overrides.child_pattern !== undefined ? 'child_ache' : overrides.child_signs !== undefined ? 'child_other' : 'child_cramp',
    kind: overrides.walking_relief !== undefined ? ['walking_pain'] : ['cramp'],
  };
  let snapshot = initialTransition(triageMachine)[0];
  const answers: { question: QuestionId; value: AnswerValue }[] = [];
  for (let guard = 0; guard < 50; guard++) {
    const step = stepOf(snapshot);
    if (step.kind !== 'question') break;
    const { question, answers: ids, multiple } = step.meta;
    const value = overrides[question] ?? leadsOn[question] ?? (multiple ? [] : ids[0]!);
    answers.push({ question, value });
    const next = transition(triageMachine, snapshot, { type: 'answer', value })[0];
    if (next.context.history.length !== snapshot.context.history.length + 1) throw new Error(`the machine refused ${JSON.stringify(value)} at ${question}`);
    snapshot = next;
  }
  return answers;
}
