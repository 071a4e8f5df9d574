/**
 * The clinicians' diagram: walks `triageMachine` and returns Mermaid
 * `flowchart` text. Pure (no DOM): the /diagram page, `npm run diagram`, the
 * README block and the tests all call it, so the drawing is the machine itself.
 *
 * Every state becomes a node and every transition an edge; nothing else is drawn.
 * Labels come from content/ and are escaped so no string can break the diagram
 * or inject markup.
 */
import { initialTransition, transition, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { QUESTIONS, type QuestionId, type TriageLevel } from '../content/ids';
import type { ContentPack } from '../content/types';
import { triageMachine, type StateMeta } from './triage';
import { allStateNodes, landing } from './state-nodes';
import type { RawAnswer } from './address';
import { leafStateId, replay, stepOf, type TriageSnapshot } from './replay';

export type NodeKind = 'question' | 'review' | 'result' | 'start_again';
export type StageKey = 'red_flags' | 'leg_trouble' | 'contributors' | 'results';

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

interface GuardRef {
  type: string;
  params?: { question?: QuestionId; answers?: readonly string[]; level?: TriageLevel };
}

const guardOf = (t: AnyTransitionDefinition): GuardRef | undefined => t.guard as GuardRef | undefined;

function answerLabels(content: ContentPack, question: QuestionId, ids: readonly string[]): string {
  const answers = content.questions[question].answers as Record<string, { label: string }>;
  const max = ids.length === 1 ? MAX_EDGE_LABEL : 32;
  return ids.map((id) => shorten(answers[id]?.label ?? id, max)).join(' / ');
}

/** The edge's words: the answers' own, or the rule's plain description. */
function edgeLabel(content: ContentPack, t: AnyTransitionDefinition, siblings: readonly AnyTransitionDefinition[]): string {
  const g = content.diagram.guards;
  if (t.eventType === 'back') return g.back;
  if (t.eventType === 'restart') return g.startAgain;
  const guard = guardOf(t);
  if (t.eventType === 'confirm') {
    if (guard?.type === 'pathReaches' && guard.params?.level === 'urgent') return g.urgentOnPath;
    if (guard?.type === 'pathReaches' && guard.params?.level === 'see_doctor') return g.seeDoctorOnPath;
    return g.otherwise;
  }
  const question = guard?.params?.question;
  if (!guard || !question) return g.anyAnswer;
  if (guard.type === 'picked') return shorten(answerLabels(content, question, guard.params?.answers ?? []));
  if (guard.type === 'reaches') return guard.params?.level === 'emergency' ? g.emergencySign : g.urgentSignSoFar;
  // validAnswer: whatever the earlier guards on this event did not take.
  if (QUESTIONS[question].multiple) return siblings.length > 1 ? g.anyTicked : g.anyAnswer;
  const taken = new Set(
    siblings.filter((s) => s !== t && guardOf(s)?.type === 'picked').flatMap((s) => guardOf(s)?.params?.answers ?? []),
  );
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
            label: edgeLabel(content, t, list),
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
          label: edgeLabel(content, t, rootTransitions),
          transition: t,
        });
      }
    }
  }
  return { nodes, edges };
}

const SHAPES: Record<NodeKind, (id: string, label: string) => string> = {
  question: (id, label) => `${id}("${label}")`,
  review: (id, label) => `${id}[["${label}"]]`,
  result: (id, label) => `${id}(["${label}"])`,
  start_again: (id, label) => `${id}>"${label}"]`,
};

/** Colours by triage level (the care cards' colours) and one style for questions. */
const CLASS_DEFS = [
  'classDef question fill:#ffffff,stroke:#0b0c0c,color:#0b0c0c',
  'classDef review fill:#f3f2f1,stroke:#0b0c0c,color:#0b0c0c',
  'classDef start_again fill:#f3f2f1,stroke:#6f777b,color:#0b0c0c,stroke-dasharray:4 3',
  'classDef emergency fill:#b10e1e,stroke:#0b0c0c,color:#ffffff,stroke-width:3px',
  'classDef urgent fill:#b34400,stroke:#0b0c0c,color:#ffffff',
  'classDef see_doctor fill:#005eb8,stroke:#0b0c0c,color:#ffffff',
  'classDef self_care fill:#00703c,stroke:#0b0c0c,color:#ffffff',
  'classDef taken stroke:#ffdd00,stroke-width:6px',
];

export interface PathHighlight {
  /** Node ids the person passed through, in order. */
  nodes: readonly string[];
  /** Edge indexes taken, in order. */
  edges: readonly number[];
}

export interface MermaidOptions {
  /** One person's path to highlight. */
  highlight?: PathHighlight;
  /**
   * Draw Back and Start again (true by default). The full text, with every
   * transition, is what the README and the download carry; the page can hide
   * these arrows to make the forward flow easier to read.
   */
  navigation?: boolean;
}

const isNavigation = (edge: DiagramEdge) => edge.event === 'back' || edge.event === 'restart';

/** Mermaid `flowchart` text for the machine, optionally with one person's path highlighted. */
export function toMermaid(content: ContentPack, options: MermaidOptions = {}): string {
  const { highlight, navigation = true } = options;
  const model = diagramModel(content);
  const nodes = model.nodes.filter((n) => navigation || n.kind !== 'start_again');
  const edges = model.edges.filter((e) => navigation || !isNavigation(e));
  const lines = ['flowchart TD'];
  const stages: StageKey[] = ['red_flags', 'leg_trouble', 'contributors', 'results'];
  for (const stage of stages) {
    lines.push(`  subgraph stage_${stage}["${escapeLabel(content.diagram.stageNames[stage])}"]`);
    lines.push('    direction TB');
    for (const node of nodes.filter((n) => n.stage === stage)) {
      lines.push(`    ${SHAPES[node.kind](node.id, escapeLabel(node.label))}`);
    }
    lines.push('  end');
  }
  for (const node of nodes.filter((n) => n.stage === null)) lines.push(`  ${SHAPES[node.kind](node.id, escapeLabel(node.label))}`);
  for (const edge of edges) {
    const arrow = isNavigation(edge) ? '-.->' : '-->';
    lines.push(`  ${edge.from} ${arrow}|"${escapeLabel(edge.label)}"| ${edge.to}`);
  }
  for (const def of CLASS_DEFS) lines.push(`  ${def}`);
  const byClass = new Map<string, string[]>();
  for (const node of nodes) {
    const cls = node.kind === 'result' ? node.result! : node.kind;
    byClass.set(cls, [...(byClass.get(cls) ?? []), node.id]);
  }
  for (const [cls, ids] of byClass) lines.push(`  class ${ids.join(',')} ${cls}`);
  if (highlight && highlight.nodes.length > 0) {
    lines.push(`  class ${[...new Set(highlight.nodes)].join(',')} taken`);
    // linkStyle counts edges in the order written, so map the model's indexes to positions here.
    const positions = highlight.edges.map((index) => edges.findIndex((e) => e.index === index)).filter((i) => i >= 0);
    if (positions.length > 0) lines.push(`  linkStyle ${[...new Set(positions)].join(',')} stroke:#d4351c,stroke-width:4px`);
  }
  return `${lines.join('\n')}\n`;
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
