/**
 * The clinicians' diagram as Mermaid `flowchart` text, written from the diagram
 * model (machines/diagram-model.ts). Pure (no DOM): the /diagram page, `npm run
 * diagram`, the README block and the tests all call it, so the drawing is the
 * machine itself. Labels are escaped so no string can break the diagram or inject markup.
 */
import type { ContentPack } from '../content/types';
import type { FlowTable } from '../content/clinical/flow';
import { DIAGRAM_STAGES, diagramModel, escapeLabel, type DiagramEdge, type DiagramModel, type DiagramView, type NodeKind, type RuleGroup } from './diagram-model';

export {
  DIAGRAM_STAGES,
  MAX_VIEW_LINES,
  MAX_VIEW_QUESTIONS,
  RAISED_LEVELS,
  diagramModel,
  diagramViews,
  escapeLabel,
  viewLines,
  type DiagramEdge,
  type DiagramModel,
  type DiagramNode,
  type DiagramView,
  type NodeKind,
  type RaisedLevel,
  type RuleGroup,
  type StageKey,
} from './diagram-model';
export { levelSetter, tracePath } from './trace-path';
export type { LevelSetter, PathHighlight } from './trace-path';
import type { PathHighlight } from './trace-path';
import { PATH_STYLE, type TakenPath } from './path-style';
export { PATH_STYLE, type TakenPath } from './path-style';

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
  // A node of another stage, drawn in a stage's view where an arrow leaves or enters it.
  'classDef elsewhere fill:#ffffff,stroke:#6f777b,color:#0b0c0c,stroke-dasharray:6 4',
  `classDef taken stroke:${PATH_STYLE.node.stroke},stroke-width:${PATH_STYLE.node.strokeWidth}`,
];

/** A question's label with its rule groups under the heading: each line escaped, joined by line breaks. */
const withRules = (label: string, rules: readonly RuleGroup[]) =>
  [escapeLabel(label), ...rules.flatMap(({ lines: [heading, ...answers] }) => [`<b>${escapeLabel(heading!)}</b>`, ...answers.map(escapeLabel)])].join('<br/>');

export interface MermaidOptions {
  /** One person's path to highlight. */
  highlight?: Pick<PathHighlight, 'nodes' | 'edges'>;
  /**
   * Draw Back and Start again (true by default). The full text, with every
   * transition, is what the README and the download carry; the page can hide
   * these arrows to make the forward flow easier to read.
   */
  navigation?: boolean;
  /**
   * One view only (a stage or part of one, from diagramViews: its nodes, and the
   * nodes its arrows leave for or come from), small enough to read at "Fit" on a
   * laptop. The whole check when not given.
   */
  view?: DiagramView;
  /** List under each question the answers that call for a level above self-care (true by default). */
  rules?: boolean;
  /** Draw a copy of the flow table instead of the shipped one (tests). */
  flow?: FlowTable;
  /** The model to draw, where the caller has built it already (a page drawing several views); else built from `flow`. */
  model?: DiagramModel;
}

const isNavigation = (edge: DiagramEdge) => edge.event === 'back' || edge.event === 'restart';

/** What one view draws: every node and edge for the whole check, or a view's nodes and their neighbours. */
function select(model: DiagramModel, { view, navigation = true, rules: drawRules = true }: MermaidOptions) {
  const inView = (id: string) => view === undefined || view.nodes.includes(id);
  const edges = model.edges.filter((e) => {
    if (isNavigation(e)) return navigation && (view === undefined || (inView(e.from) && inView(e.to)));
    return inView(e.from) || inView(e.to);
  });
  const touched = new Set(edges.flatMap((e) => [e.from, e.to]));
  const nodes = model.nodes.filter((n) => (n.kind === 'start_again' ? navigation && view === undefined : inView(n.id) || touched.has(n.id)));
  const rules = drawRules ? model.rules.filter((r) => inView(r.question)) : [];
  return { nodes, edges, rules, elsewhere: (id: string) => !inView(id) };
}

/** Mermaid `flowchart` text for the machine, optionally with one person's path highlighted. */
export function toMermaid(content: ContentPack, options: MermaidOptions = {}): string {
  const { highlight, view, flow } = options;
  const model = options.model ?? diagramModel(content, { flow });
  const { nodes, edges, rules, elsewhere } = select(model, options);
  const lines = ['flowchart TD'];
  const rulesOf = (id: string) => rules.filter((r) => r.question === id);
  // A node of another view is a pointer: its short name (as on "check your answers") is enough.
  const labelOf = (node: (typeof nodes)[number]) =>
    elsewhere(node.id) && node.question ? escapeLabel(content.questions[node.question].summaryLabel) : withRules(node.label, rulesOf(node.id));
  const shape = (node: (typeof nodes)[number]) => SHAPES[node.kind](node.id, labelOf(node));
  for (const stage of DIAGRAM_STAGES.filter((s) => view === undefined || s === view.stage)) {
    const name = view && view.parts > 1 ? `${content.diagram.stageNames[stage]} (${view.part}/${view.parts})` : content.diagram.stageNames[stage];
    lines.push(`  subgraph stage_${stage}["${escapeLabel(name)}"]`);
    lines.push('    direction TB');
    for (const node of nodes.filter((n) => n.stage === stage && !elsewhere(n.id))) lines.push(`    ${shape(node)}`);
    lines.push('  end');
  }
  for (const node of nodes.filter((n) => n.stage === null || elsewhere(n.id))) lines.push(`  ${shape(node)}`);
  for (const edge of edges) {
    const arrow = isNavigation(edge) ? '-.->' : '-->';
    lines.push(`  ${edge.from} ${arrow}|"${escapeLabel(edge.label)}"| ${edge.to}`);
  }
  for (const def of CLASS_DEFS) lines.push(`  ${def}`);
  const byClass = new Map<string, string[]>();
  for (const node of nodes) {
    const cls = node.kind === 'result' ? node.result! : elsewhere(node.id) && node.stage !== null ? 'elsewhere' : node.kind;
    byClass.set(cls, [...(byClass.get(cls) ?? []), node.id]);
  }
  for (const [cls, ids] of byClass) lines.push(`  class ${ids.join(',')} ${cls}`);
  if (highlight && highlight.nodes.length > 0) {
    const taken = takenIn(nodes, edges, highlight);
    if (taken.nodes.length > 0) lines.push(`  class ${taken.nodes.join(',')} taken`);
    if (taken.links.length > 0) lines.push(`  linkStyle ${taken.links.join(',')} stroke:${PATH_STYLE.edge.stroke},stroke-width:${PATH_STYLE.edge.strokeWidth}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The path's nodes among those drawn, and its edges' positions among those written (the model's indexes mapped to what `linkStyle` counts). */
function takenIn(nodes: readonly { id: string }[], edges: readonly DiagramEdge[], highlight: Pick<PathHighlight, 'nodes' | 'edges'>): TakenPath {
  const drawn = new Set(nodes.map((n) => n.id));
  const positions = highlight.edges.map((index) => edges.findIndex((e) => e.index === index)).filter((i) => i >= 0);
  return { nodes: [...new Set(highlight.nodes)].filter((id) => drawn.has(id)), links: [...new Set(positions)] };
}

/**
 * Where one person's path is in the drawing `options` describe: what toMermaid's
 * `highlight` marks in the text, for marking the same on the SVG drawn ahead of time.
 */
export function takenPath(content: ContentPack, options: MermaidOptions & { highlight: Pick<PathHighlight, 'nodes' | 'edges'> }): TakenPath {
  const model = options.model ?? diagramModel(content, { flow: options.flow });
  const { nodes, edges } = select(model, options);
  return takenIn(nodes, edges, options.highlight);
}
