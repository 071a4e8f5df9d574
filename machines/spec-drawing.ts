/**
 * Two clinical snapshots (machines/spec.ts) drawn as one Mermaid flowchart, with
 * what changed marked three ways, never by colour alone: added questions and
 * steps with a thick green border or line and the word "Added", removed ones
 * with a dashed grey border or dotted line and "Removed", changed questions with
 * a dotted purple border and "Changed". /review/changes draws it beside the list
 * of changes in words (machines/spec-diff.ts), which names the same questions.
 *
 * It reads only the two snapshots (an old version is drawn in its own words),
 * plus the pack's words for the levels and the rules' plain descriptions.
 */
import { TRIAGE_LEVELS } from '../content/ids';
import type { ContentPack } from '../content/types';
import { escapeLabel, RAISED_LEVELS, ruleLines, shorten } from './diagram-model';
import { namedAnswers, type ClinicalSpec, type SpecQuestion } from './spec';
import type { ChangeKind, SpecDiff } from './spec-diff';

export type Mark = ChangeKind | 'same';

export interface ChangesNode {
  id: string;
  label: string;
  mark: Mark;
  /** The question this node is, for the list of its changes (null for "check your answers" and the results). */
  question: string | null;
}

export interface ChangesEdge {
  from: string;
  to: string;
  label: string;
  mark: Exclude<Mark, 'changed'>;
}

export interface ChangesModel {
  nodes: ChangesNode[];
  edges: ChangesEdge[];
}

/** The words the drawing prefixes to a marked node or step. */
export type ChangeWords = Readonly<Record<ChangeKind, string>>;

const LEVELS = TRIAGE_LEVELS;

type Step = { when?: string; to: string };

/** A step's words: the rule's plain description, or the answers a condition names, in the snapshot's own words. */
function stepLabel(content: ContentPack, spec: ClinicalSpec, question: SpecQuestion | null, step: Step): string {
  const guards = content.diagram.guards as Record<string, string>;
  if (!step.when) return guards.otherwise!;
  if (Object.hasOwn(guards, step.when)) return guards[step.when]!;
  const named = namedAnswers(spec, step.when, question ?? undefined);
  return named ? shorten(named.labels.join(' / ')) : step.when;
}

/** A question's label: its heading, then its answers grouped by the level above self-care they call for. */
function questionLabel(content: ContentPack, q: SpecQuestion): string[] {
  const lines = [q.heading];
  for (const level of RAISED_LEVELS) {
    const answers = q.answers.filter((a) => a.triage === level);
    // Answers ticked together, each in the snapshot's own words.
    const together = (q.together ?? []).filter((t) => t.triage === level).map((t) => t.answers.map((id) => q.answers.find((a) => a.id === id)?.label ?? id));
    if (answers.length + together.length > 0) lines.push(...ruleLines(content, level, [...answers.map((a) => a.label), ...together]));
  }
  return lines;
}

/** A change on one line: what it is about, shortened, then what changed ("One calf is swollen…: urgent → emergency"). */
function changeLine(text: string): string {
  const at = text.indexOf(': ');
  if (at === -1) return shorten(text, 60);
  return `${shorten(text.slice(0, at), 28)}: ${shorten(text.slice(at + 2), 40)}`;
}

const stepsOf = (spec: ClinicalSpec) => [
  ...spec.questions.flatMap((q) => q.next.map((step) => ({ from: q.id, question: q, step }))),
  ...spec.reviewNext.map((step) => ({ from: 'review', question: null, step })),
];
const stepKey = (from: string, step: Step) => `${from}>${step.to}>${step.when ?? ''}`;

/** The union of both snapshots' questions and steps, each marked. */
export function changesModel(content: ContentPack, from: ClinicalSpec, to: ClinicalSpec, diff: SpecDiff): ChangesModel {
  const changed = new Set(diff.changes.filter((c) => c.question).map((c) => c.question!));
  const questions = [...to.questions, ...from.questions.filter((q) => !to.questions.some((t) => t.id === q.id))];
  const nodes: ChangesNode[] = questions.map((q) => {
    const mark: Mark = !from.questions.some((f) => f.id === q.id) ? 'added' : !to.questions.some((t) => t.id === q.id) ? 'removed' : changed.has(q.id) ? 'changed' : 'same';
    // A changed question says what changed, in the list's own words (the first three; its panel has them all).
    const what = mark === 'changed' ? diff.changes.filter((c) => c.question === q.id).map((c) => `~ ${changeLine(c.text)}`) : [];
    const [heading, ...rules] = questionLabel(content, q);
    return { id: q.id, label: [heading!, ...what.slice(0, 3), ...(what.length > 3 ? ['~ …'] : []), ...rules].join('\n'), mark, question: q.id };
  });
  const reviewChanged = from.reviewNext.map((s) => stepKey('review', s)).join() !== to.reviewNext.map((s) => stepKey('review', s)).join();
  nodes.push({ id: 'review', label: content.ui.review.heading, mark: reviewChanged ? 'changed' : 'same', question: null });
  for (const level of LEVELS) nodes.push({ id: level, label: `${content.triage[level].label} — ${content.triage[level].heading}`, mark: 'same', question: null });

  const before = new Set(stepsOf(from).map(({ from: f, step }) => stepKey(f, step)));
  const after = new Set(stepsOf(to).map(({ from: f, step }) => stepKey(f, step)));
  const edges: ChangesEdge[] = [
    ...stepsOf(to).map(({ from: f, question, step }) => ({ from: f, to: step.to, label: stepLabel(content, to, question, step), mark: before.has(stepKey(f, step)) ? ('same' as const) : ('added' as const) })),
    ...stepsOf(from)
      .filter(({ from: f, step }) => !after.has(stepKey(f, step)))
      .map(({ from: f, question, step }) => ({ from: f, to: step.to, label: stepLabel(content, from, question, step), mark: 'removed' as const })),
  ];
  return { nodes, edges };
}

const CLASS_DEFS = [
  'classDef same fill:#ffffff,stroke:#0b0c0c,color:#0b0c0c',
  'classDef pointer fill:#ffffff,stroke:#6f777b,color:#0b0c0c,stroke-dasharray:3 3',
  'classDef added fill:#e6f3ec,stroke:#00703c,color:#0b0c0c,stroke-width:5px',
  'classDef removed fill:#f3f2f1,stroke:#6f777b,color:#0b0c0c,stroke-width:3px,stroke-dasharray:10 5',
  'classDef changed fill:#f1ecf7,stroke:#4c2c92,color:#0b0c0c,stroke-width:5px,stroke-dasharray:2 4',
  'classDef emergency fill:#b10e1e,stroke:#0b0c0c,color:#ffffff',
  'classDef urgent fill:#b34400,stroke:#0b0c0c,color:#ffffff',
  'classDef see_doctor fill:#005eb8,stroke:#0b0c0c,color:#ffffff',
  'classDef self_care fill:#00703c,stroke:#0b0c0c,color:#ffffff',
];

export interface ChangesMermaidOptions {
  /** Only the marked questions and steps, with the nodes they join (else the whole check). */
  onlyChanged?: boolean;
}

/** The marked union as Mermaid text. */
export function changesMermaid(model: ChangesModel, words: ChangeWords, { onlyChanged = false }: ChangesMermaidOptions = {}): string {
  const marked = new Set(model.nodes.filter((n) => n.mark !== 'same').map((n) => n.id));
  const edges = onlyChanged ? model.edges.filter((e) => e.mark !== 'same' || marked.has(e.from) || marked.has(e.to)) : model.edges;
  const shown = new Set([...marked, ...edges.flatMap((e) => [e.from, e.to])]);
  const nodes = onlyChanged ? model.nodes.filter((n) => shown.has(n.id)) : model.nodes;
  const prefix = (mark: Mark) => (mark === 'same' ? '' : `${words[mark]}: `);
  const lines = ['flowchart TD'];
  // In "changed only", an unchanged question is drawn as a pointer: its heading alone, dashed.
  const pointer = (node: ChangesNode) => onlyChanged && node.mark === 'same' && node.question !== null;
  for (const node of nodes) {
    const [first = '', ...rest] = node.label.split('\n');
    const label = [`${prefix(node.mark)}${first}`, ...(pointer(node) ? [] : rest)].map(escapeLabel).join('<br/>');
    lines.push(node.question ? `  ${node.id}("${label}")` : node.id === 'review' ? `  ${node.id}[["${label}"]]` : `  ${node.id}(["${label}"])`);
  }
  const arrows: Record<ChangesEdge['mark'], string> = { same: '-->', added: '==>', removed: '-.->' };
  for (const edge of edges) lines.push(`  ${edge.from} ${arrows[edge.mark]}|"${escapeLabel(`${prefix(edge.mark)}${edge.label}`)}"| ${edge.to}`);
  lines.push(...CLASS_DEFS.map((d) => `  ${d}`));
  const byClass = new Map<string, string[]>();
  for (const node of nodes) {
    const cls = (LEVELS as readonly string[]).includes(node.id) ? node.id : pointer(node) ? 'pointer' : node.mark;
    byClass.set(cls, [...(byClass.get(cls) ?? []), node.id]);
  }
  for (const [cls, ids] of byClass) lines.push(`  class ${ids.join(',')} ${cls}`);
  const styled = (mark: ChangesEdge['mark']) => edges.flatMap((e, i) => (e.mark === mark ? [i] : []));
  if (styled('added').length > 0) lines.push(`  linkStyle ${styled('added').join(',')} stroke:#00703c,stroke-width:4px`);
  if (styled('removed').length > 0) lines.push(`  linkStyle ${styled('removed').join(',')} stroke:#6f777b,stroke-width:3px,stroke-dasharray:4 4`);
  return `${lines.join('\n')}\n`;
}
