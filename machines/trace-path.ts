/**
 * One person's path through the diagram: the nodes passed and the edges
 * (transitions) taken, read from the machine while replaying their answers.
 * "See how we got here" highlights it.
 */
import { initialTransition, transition, type AnyTransitionDefinition } from 'xstate';
import type { QuestionId } from '../content/ids';
import type { ContentPack } from '../content/types';
import { chosenIds, levelOf, rulesFor, triageMachine, type PathAnswer } from './triage';
import { diagramModel, type RaisedLevel } from './diagram-model';
import type { RawAnswer } from './address';
import { leafStateId, replay, stepOf, type TriageSnapshot } from './replay';

export interface PathHighlight {
  /** Node ids the person passed through, in order. */
  nodes: readonly string[];
  /** Edge indexes taken, in order. */
  edges: readonly number[];
  /** The answers given on the path, in order, as the machine recorded them. */
  answers: readonly PathAnswer[];
  /** The answer that set the level (none while the level is self-care). */
  setBy: LevelSetter | null;
}

export interface LevelSetter {
  question: QuestionId;
  /** The answer id, or `none` for a "None of these" that carries a level. */
  answer: string;
  level: RaisedLevel;
}

/**
 * The answer that set the level: the first on the path whose rule calls for the
 * level the path ends at (a higher level always wins, so later answers at the
 * same level did not change it). Null when no answer raised it above self-care.
 */
export function levelSetter(path: readonly PathAnswer[]): LevelSetter | null {
  const level = levelOf(path);
  if (level === 'self_care') return null;
  for (const { question, value } of path) {
    const ids = chosenIds(value);
    const [rule] = ids.length === 0 ? rulesFor(question, value) : [];
    if (rule?.triage === level) return { question, answer: 'none', level };
    const answer = ids.find((id) => rulesFor(question, [id]).some((r) => r.triage === level));
    if (answer) return { question, answer, level };
  }
  return null;
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
  const given: PathAnswer[] = [];
  for (const { question } of answers) {
    const value = checked.snapshot.context.answers[question as QuestionId];
    if (value === undefined) return null;
    given.push({ question: question as QuestionId, value });
    step({ type: 'answer', value });
  }
  if (snapshot.status !== 'done' && stepOf(snapshot).kind === 'review') step({ type: 'confirm' });
  return { nodes, edges: taken, answers: given, setBy: levelSetter(given) };
}

/** The diagram's node id for where the machine is: the state's own key. */
const leafKey = (snapshot: TriageSnapshot): string => leafStateId(snapshot).split('.').at(-1) ?? '';
