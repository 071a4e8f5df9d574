/**
 * One person's path through the diagram: the nodes passed and the edges
 * (transitions) taken, read from the machine while replaying their answers.
 * "See how we got here" highlights it.
 */
import { initialTransition, transition, type AnyTransitionDefinition } from 'xstate';
import type { QuestionId } from '../content/ids';
import type { ContentPack } from '../content/types';
import { triageMachine } from './triage';
import { diagramModel } from './diagram-model';
import type { RawAnswer } from './address';
import { leafStateId, replay, stepOf, type TriageSnapshot } from './replay';

export interface PathHighlight {
  /** Node ids the person passed through, in order. */
  nodes: readonly string[];
  /** Edge indexes taken, in order. */
  edges: readonly number[];
}

/**
 * The path a list of answers takes through the diagram: the nodes passed and
 * the edges (transitions) taken, read from the machine while replaying them.
 * Null when the answers cannot be replayed.
 */
export function tracePath(content: ContentPack, answers: readonly RawAnswer[]): PathHighlight | null {
  const checked = replay(answers);
  if (!checked.ok) return null;
  const { edges } = diagramModel(content);
  const edgeOf = (t: AnyTransitionDefinition) => edges.find((e) => e.transition === t);
  let snapshot = initialTransition(triageMachine)[0];
  const nodes = [leafKey(snapshot)];
  const taken: number[] = [];
  const step = (event: Parameters<typeof triageMachine.getTransitionData>[1]) => {
    const [chosen] = triageMachine.getTransitionData(snapshot, event);
    const edge = chosen ? edgeOf(chosen) : undefined;
    if (edge) taken.push(edge.index);
    snapshot = transition(triageMachine, snapshot, event)[0];
    nodes.push(leafKey(snapshot));
  };
  for (const { question } of answers) {
    const value = checked.snapshot.context.answers[question as QuestionId];
    if (value === undefined) return null;
    step({ type: 'answer', value });
  }
  if (snapshot.status !== 'done' && stepOf(snapshot).kind === 'review') step({ type: 'confirm' });
  return { nodes, edges: taken };
}

/** The diagram's node id for where the machine is: the state's own key. */
const leafKey = (snapshot: TriageSnapshot): string => leafStateId(snapshot).split('.').at(-1) ?? '';
