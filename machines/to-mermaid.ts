/**
 * The clinicians' diagram as Mermaid `flowchart` text, written from the diagram
 * model (machines/diagram-model.ts). Pure (no DOM): the /diagram page, `npm run
 * diagram`, the README block and the tests all call it, so the drawing is the
 * machine itself. Labels are escaped so no string can break the diagram or inject markup.
 */
import type { ContentPack } from '../content/types';
import { DIAGRAM_STAGES, diagramModel, escapeLabel, type DiagramEdge, type NodeKind } from './diagram-model';

export { DIAGRAM_STAGES, diagramModel, escapeLabel, type DiagramEdge, type DiagramModel, type DiagramNode, type NodeKind, type StageKey } from './diagram-model';
export { tracePath } from './trace-path';
export type { PathHighlight } from './trace-path';
import type { PathHighlight } from './trace-path';

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
  for (const stage of DIAGRAM_STAGES) {
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
