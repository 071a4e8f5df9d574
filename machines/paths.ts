/**
 * The routes through the machine: every distinct sequence of states from the
 * first question to a result that real answers can produce. Found by driving
 * the machine itself (guards included) with the model tests' representative
 * answers: each single answer, and for tick-any pages "none", each box alone, and
 * each pair of the boxes that steer the flow (what happens next depends only on
 * where the machine is, the most urgent level so far and the steering answers
 * given, so other combinations add no new routes).
 *
 * Used by the budget test and the benchmark: longest path and median path
 * length, in answers.
 */
import { initialTransition, transition } from 'xstate';
import type { TriageLevel } from '../content/ids';
import { triageMachine, type PathAnswer, type StateMeta } from './triage';
import { modelEvents, serializeModelState } from './model';
import { leafStateId, type TriageSnapshot } from './replay';

export interface Route {
  /** State ids passed through, ending in a result. */
  states: string[];
  /** The answers given on the way (one representative set). */
  answers: PathAnswer[];
  result: TriageLevel;
}


export function allRoutes(): Route[] {
  const routes = new Map<string, Route>();
  const walk = (snapshot: TriageSnapshot, states: string[], answers: Route['answers']) => {
    const here = [...states, leafStateId(snapshot)];
    const meta = Object.values(snapshot.getMeta())[0] as StateMeta | undefined;
    if (snapshot.status === 'done' && meta && 'result' in meta) {
      const key = here.join('>');
      if (!routes.has(key)) routes.set(key, { states: here, answers, result: meta.result });
      return;
    }
    const seen = new Set<string>();
    // Forward moves only: the same representative answers the model tests use, and confirming.
    for (const event of modelEvents(snapshot).filter((e) => e.type === 'answer' || e.type === 'confirm')) {
      const next = transition(triageMachine, snapshot, event)[0];
      const key = serializeModelState(next);
      if (seen.has(key)) continue;
      seen.add(key);
      const question = meta && 'question' in meta ? meta.question : null;
      walk(next, here, event.type === 'answer' && question ? [...answers, { question, value: event.value }] : answers);
    }
  };
  walk(initialTransition(triageMachine)[0], [], []);
  return [...routes.values()];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function pathBudget() {
  const lengths = allRoutes().map((r) => r.answers.length);
  return { routes: lengths.length, longest: Math.max(...lengths), median: median(lengths) };
}

/**
 * Budgets: median answers to a result ≤ 13, longest ≤ 16. The median was 10 until content
 * 0.2.0 added, deliberately, when and how often cramps happen (asked only of cramps), the
 * changes in the legs (asked of everyone) and the child's own kind-of-trouble page. Content
 * 0.4.0 made the kind page tick-any, so cramps and walking pain are both followed up: the
 * child who ticks both is the longest way (15), and the median over routes is 11. Content 0.5.0
 * added, deliberately, the last check for the worst signs before "check your answers" (issue 16),
 * one more answer on every route that does not end at a same-day sign, and its own emergency
 * exits (30 routes, median 12.5, longest 16): budgets 13 and 16.
 */
export const PATH_BUDGET = { median: 13, longest: 16 } as const;
