/**
 * "Question n of about m": how many questions are left at most from each
 * question, worked out from the machine's own answer transitions (emergency
 * exits end early, so this is the longest way on, never a guess).
 */
import type { AnyStateNode } from 'xstate';
import { triageMachine, type QuestionMeta, type StateMeta } from './triage';
import { allStateNodes, landing } from './state-nodes';
import type { QuestionId } from '../content/ids';


const questionOf = (node: AnyStateNode): QuestionId | null => {
  const meta = node.meta as StateMeta | undefined;
  return meta && 'question' in meta ? (meta as QuestionMeta).question : null;
};


const remaining = new Map<QuestionId, number>();

function longestFrom(node: AnyStateNode, seen: Set<string> = new Set()): number {
  const question = questionOf(node);
  if (question === null || seen.has(node.id)) return 0;
  const cached = remaining.get(question);
  if (cached !== undefined) return cached;
  const next = (node.on.answer ?? []).flatMap((t) => t.target ?? []).map(landing);
  const longest = 1 + Math.max(0, ...next.map((n) => longestFrom(n, new Set([...seen, node.id]))));
  remaining.set(question, longest);
  return longest;
}

for (const node of allStateNodes(triageMachine.root)) longestFrom(node);

/** Questions left, counting this one, on the longest way from `question` to a result. */
export const questionsLeft = (question: QuestionId): number => remaining.get(question) ?? 1;

/** The longest path through the check, in answers. */
export const longestPath = Math.max(...remaining.values());

export interface Progress {
  /** 1-based number of the question shown. */
  current: number;
  /** The most it could take from here. */
  total: number;
}

export const progressAt = (answered: number, question: QuestionId): Progress => ({
  current: answered + 1,
  total: answered + questionsLeft(question),
});
