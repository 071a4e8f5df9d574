/**
 * The clinicians' diagram as data: one node per state of `triageMachine` and one
 * edge per transition, nothing else, labelled from content/ and from the rule each
 * transition's meta names. machines/to-mermaid.ts writes it as Mermaid text;
 * the /diagram page's panels and outline read it directly.
 */
import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { QUESTIONS, type QuestionId, type TriageLevel } from '../content/ids';
import type { ContentPack } from '../content/types';
import { CONDITIONS, QUESTION_STAGES, type ConditionName, type QuestionStage } from '../content/clinical/flow';
import { triageMachine, type StateMeta, type TransitionMeta } from './triage';
import { allStateNodes, landing } from './state-nodes';

export type NodeKind = 'question' | 'review' | 'result' | 'start_again';
export type StageKey = QuestionStage | 'results';
/** The diagram's groups, in order: the question stages, then "check your answers" and the results. */
export const DIAGRAM_STAGES: readonly StageKey[] = [...QUESTION_STAGES, 'results'];

export interface DiagramNode {
  /** Mermaid node id: the state's own key (e.g. `screen_leg`), or `start_again`. */
  id: string;
  /** The machine's state id (e.g. `triage.red_flags.screen_leg`); null for the start-again node. */
  stateId: string | null;
  kind: NodeKind;
  stage: StageKey | null;
  label: string;
  question?: QuestionId;
  result?: TriageLevel;
}

export interface DiagramEdge {
  /** Position in the Mermaid text (what `linkStyle` counts). */
  index: number;
  from: string;
  to: string;
  event: 'answer' | 'confirm' | 'back' | 'restart';
  label: string;
  /** The machine's transition this edge draws (null for the start-again edge's root transition). */
  transition: AnyTransitionDefinition;
}

export interface DiagramModel {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const MAX_EDGE_LABEL = 48;

/**
 * Make any string safe inside a quoted Mermaid label: quotes, angle brackets,
 * ampersands, pipes, hashes, backticks and line breaks become entity codes, so a
 * label can neither end the label early nor carry markup.
 */
export function escapeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/#/g, '#35;')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    .replace(/`/g, '#96;')
    .replace(/\[/g, '#91;')
    .replace(/\]/g, '#93;')
    .replace(/\{/g, '#123;')
    .replace(/\}/g, '#125;');
}

const shorten = (text: string, max = MAX_EDGE_LABEL): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;



const nodeKey = (node: AnyStateNode): string => node.key;

function stageOf(node: AnyStateNode): StageKey | null {
  const meta = node.meta as StateMeta | undefined;
  if (!meta) return null;
  if ('question' in meta) return QUESTIONS[meta.question].stage as StageKey;
  return 'results';
}

const ruleOf = (t: AnyTransitionDefinition): TransitionMeta['rule'] | undefined => (t.meta as TransitionMeta | undefined)?.rule;

/** The answers a `picked` condition names, e.g. `under16` → ['under_16']. */
const pickedAnswers = (rule: TransitionMeta['rule'] | undefined): readonly string[] | null => {
  if (!rule || !(rule in CONDITIONS)) return null;
  const condition = CONDITIONS[rule as ConditionName];
  return condition.kind === 'picked' ? condition.answers : null;
};

function answerLabels(content: ContentPack, question: QuestionId, ids: readonly string[]): string {
  const answers = content.questions[question].answers as Record<string, { label: string }>;
  const max = ids.length === 1 ? MAX_EDGE_LABEL : 32;
  return ids.map((id) => shorten(answers[id]?.label ?? id, max)).join(' / ');
}

/** The edge's words, from the rule the transition's meta names: the answers' own, or the rule's plain description. */
function edgeLabel(content: ContentPack, source: AnyStateNode, t: AnyTransitionDefinition, siblings: readonly AnyTransitionDefinition[]): string {
  const g = content.diagram.guards;
  const rule = ruleOf(t);
  if (rule === 'back') return g.back;
  if (rule === 'restart') return g.startAgain;
  if (rule === 'emergencySign' || rule === 'urgentSignSoFar' || rule === 'urgentOnPath' || rule === 'seeDoctorOnPath') return g[rule];
  const meta = source.meta as StateMeta | undefined;
  if (t.eventType === 'confirm' || !meta || !('question' in meta)) return g.otherwise;
  const { question } = meta;
  const own = (ids: readonly string[]) => ids.filter((id) => (QUESTIONS[question].answers as readonly string[]).includes(id));
  const picked = pickedAnswers(rule);
  if (picked) return shorten(answerLabels(content, question, own(picked)));
  // Otherwise: whatever the earlier steps on this event did not take.
  if (QUESTIONS[question].multiple) return siblings.length > 1 ? g.anyTicked : g.anyAnswer;
  const taken = new Set(siblings.filter((s) => s !== t).flatMap((s) => own(pickedAnswers(ruleOf(s)) ?? [])));
  const rest = (QUESTIONS[question].answers as readonly string[]).filter((a) => !taken.has(a));
  if (taken.size === 0) return g.anyAnswer;
  return rest.length <= 2 ? shorten(answerLabels(content, question, rest)) : g.anyOtherAnswer;
}

function nodeLabel(content: ContentPack, node: AnyStateNode): DiagramNode {
  const meta = node.meta as StateMeta;
  const base = { id: nodeKey(node), stateId: node.id, stage: stageOf(node) };
  if ('question' in meta) {
    return { ...base, kind: 'question', label: content.questions[meta.question].heading, question: meta.question };
  }
  if ('review' in meta) return { ...base, kind: 'review', label: content.ui.review.heading };
  const card = content.triage[meta.result];
  return { ...base, kind: 'result', label: `${card.label} — ${card.heading}`, result: meta.result };
}

/** Nodes and edges, in the order they are written. */
export function diagramModel(content: ContentPack): DiagramModel {
  const leaves = allStateNodes(triageMachine.root).filter((n) => n.meta !== undefined);
  const nodes: DiagramNode[] = leaves.map((n) => nodeLabel(content, n));
  const edges: DiagramEdge[] = [];
  for (const source of leaves) {
    for (const [, list] of source.transitions) {
      for (const t of list) {
        for (const target of t.target ?? []) {
          edges.push({
            index: edges.length,
            from: nodeKey(source),
            to: nodeKey(landing(target)),
            event: t.eventType as DiagramEdge['event'],
            label: edgeLabel(content, source, t, list),
            transition: t,
          });
        }
      }
    }
  }
  // Transitions on the machine itself (Start again) are available from every page.
  const rootTransitions = [...triageMachine.root.transitions.values()].flat();
  if (rootTransitions.length > 0) {
    nodes.push({ id: 'start_again', stateId: null, kind: 'start_again', stage: null, label: content.diagram.startAgainNode });
    for (const t of rootTransitions) {
      for (const target of t.target ?? []) {
        edges.push({
          index: edges.length,
          from: 'start_again',
          to: nodeKey(landing(target)),
          event: t.eventType as DiagramEdge['event'],
          label: edgeLabel(content, triageMachine.root, t, rootTransitions),
          transition: t,
        });
      }
    }
  }
  return { nodes, edges };
}
