/**
 * The clinicians' diagram as data: one node per state of `triageMachine` and one
 * edge per transition, nothing else, labelled from content/ and from the rule each
 * transition's meta names. machines/to-mermaid.ts writes it as Mermaid text;
 * the /diagram page's panels and outline read it directly.
 */
import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { QUESTIONS, TRIAGE_LEVELS, type QuestionId, type TriageLevel } from '../content/ids';
import type { ContentPack } from '../content/types';
import { CONDITIONS, FLOW, QUESTION_STAGES, type ConditionName, type FlowTable, type QuestionStage } from '../content/clinical/flow';
import { triageMachine, type StateMeta, type TransitionMeta } from './triage';
import { buildTriageMachine } from './build-machine';
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

/** A level an answer can call for that is above self-care: the levels a rule group shows. */
export type RaisedLevel = Exclude<TriageLevel, 'self_care'>;
export const RAISED_LEVELS = TRIAGE_LEVELS.filter((level): level is RaisedLevel => level !== 'self_care');

/**
 * The answers on one page that call for one level above self-care, listed in
 * the question's box under its heading ("Answers that call for: Urgent: today"
 * and the answers), so the drawing shows which answer raises the level, read
 * from the flow table's rules.
 */
export interface RuleGroup {
  /** `<question>__<level>`, e.g. `screen_leg__urgent`. */
  id: string;
  question: QuestionId;
  stage: StageKey;
  level: RaisedLevel;
  /** Answer ids, in the order shown; `none` where "None of these" carries this level; `a+b` for answers ticked together. */
  answers: readonly string[];
  /** The group's heading, then one line per answer (shortened). */
  lines: readonly string[];
}

export interface DiagramModel {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** The rule groups, in question order, most urgent level first. */
  rules: RuleGroup[];
}

export interface DiagramModelOptions {
  /**
   * The flow table to draw (the shipped one by default). A test draws a changed
   * copy to see a changed rule in the Mermaid text; the machine is built from it.
   */
  flow?: FlowTable;
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

/** A label cut to `max` characters with an ellipsis (the diagram's and the changes drawing's). */
export const shorten = (text: string, max = MAX_EDGE_LABEL): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** Joins the ids of answers that carry a rule ticked together, in a rule group's `answers`. */
export const TOGETHER = '+';

/** The longest answer line in a rule group. */
const MAX_RULE_LINE = 44;

/** "{level}" in a template, filled literally (no `$` patterns). */
const withLevel = (template: string, level: string) => template.split('{level}').join(level);

/**
 * A rule group's lines: "Answers that call for: Urgent: today", then one
 * shortened line per answer label. The diagram (from the flow table) and the
 * changes drawing (from a snapshot) both write their groups with it.
 */
export const ruleLines = (content: ContentPack, level: RaisedLevel, labels: readonly (string | readonly string[])[]): string[] => [
  withLevel(content.diagram.ruleCallsFor, content.triage[level].label),
  ...labels.flatMap((label) =>
    typeof label === 'string' ? [`• ${shorten(label, MAX_RULE_LINE)}`] : label.map((l, i) => `${i === 0 ? '•' : '+'} ${shorten(l, MAX_RULE_LINE)}`),
  ),
];

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
  if (!rule || !Object.hasOwn(CONDITIONS, rule)) return null;
  const condition = CONDITIONS[rule as ConditionName];
  return condition.kind === 'picked' ? condition.answers : null;
};

/** The answers an `onPath` condition names, by question, e.g. `crampsOnPath` → kind: cramp, child_kind: child_cramp. */
const earlierAnswers = (rule: TransitionMeta['rule'] | undefined): { question: QuestionId; answer: string }[] | null => {
  if (!rule || !Object.hasOwn(CONDITIONS, rule)) return null;
  const condition = CONDITIONS[rule as ConditionName];
  if (condition.kind !== 'onPath') return null;
  return Object.entries(condition.answers).flatMap(([q, ids]) => (ids as readonly string[]).map((answer) => ({ question: q as QuestionId, answer })));
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
  // An answer given earlier on the path decides: name it ("Earlier: A muscle suddenly goes hard…").
  const earlier = earlierAnswers(rule);
  if (earlier) return shorten(`${g.earlier}: ${earlier.map(({ question: q, answer }) => (content.questions[q].answers as Record<string, { label: string }>)[answer]?.label ?? answer).join(' / ')}`);
  // Otherwise: whatever the earlier steps on this event did not take.
  const others = siblings.filter((s) => s !== t).map(ruleOf);
  if (QUESTIONS[question].multiple) {
    if (others.length === 0) return g.anyAnswer;
    // After the warning-sign steps, "otherwise" means no such sign was ticked: say so.
    if (others.every((r) => r === 'emergencySign' || r === 'urgentSignSoFar')) return others.includes('urgentSignSoFar') ? g.noUrgentSign : g.noEmergencySign;
    // After steps taken on particular ticks (or earlier answers), "otherwise" is exactly that.
    return others.some((r) => earlierAnswers(r) || pickedAnswers(r)) ? g.otherwise : g.anyTicked;
  }
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

/** Each page's answers grouped by the level above self-care their rule calls for. */
function ruleGroups(content: ContentPack, flow: FlowTable): RuleGroup[] {
  return Object.entries(flow).flatMap(([id, page]) => {
    const question = id as QuestionId;
    const words = content.questions[question] as { answers: Record<string, { label: string }>; noneLabel?: string } | undefined;
    const label = (answer: string) => (answer === 'none' ? (words?.noneLabel ?? answer) : (words?.answers[answer]?.label ?? answer));
    const rules: { answer: string; triage: TriageLevel; label: string | readonly string[] }[] = [
      ...Object.entries(page.answers).map(([answer, rule]) => ({ answer, triage: rule.triage, label: label(answer) })),
      ...(page.none ? [{ answer: 'none', triage: page.none.triage, label: label('none') }] : []),
      // Answers that call for a level ticked together: one entry, `a+b`, drawn as "• a" then "+ b".
      ...(page.together ?? []).map((t) => ({ answer: t.answers.join(TOGETHER), triage: t.rule.triage, label: t.answers.map(label) })),
    ];
    return RAISED_LEVELS.flatMap((level) => {
      const raised = rules.filter((r) => r.triage === level);
      if (raised.length === 0) return [];
      const answers = raised.map((r) => r.answer);
      return [{ id: `${question}__${level}`, question, stage: page.stage, level, answers, lines: ruleLines(content, level, raised.map((r) => r.label)) }];
    });
  });
}

/**
 * One drawing small enough to read at "Fit" on a laptop: a stage, or part of a
 * long stage. Its nodes are drawn with the arrows that leave or enter them.
 */
export interface DiagramView {
  /** e.g. `red_flags`, `leg_trouble_2`. */
  key: string;
  stage: StageKey;
  /** 1-based part of the stage, and how many parts it has. */
  part: number;
  parts: number;
  /** The state keys drawn as this view's own (the rest of its nodes are where its arrows lead). */
  nodes: readonly string[];
}

/** The most questions one view draws before its stage is split into parts (3 since the tick-any kind page of content 0.4.0 made its part too tall to read at Fit). */
export const MAX_VIEW_QUESTIONS = 3;

/** Split a list into `parts` runs of near-equal length, in order. */
function split<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/**
 * The most lines of text one view's boxes hold, stacked (a question's heading, and its rule
 * groups: each group's line and one per answer): beyond it, "Fit" draws the text under 12 px
 * (the warning signs' page of content 0.5.0, one sign per option, made the first stage too tall;
 * in content 0.6.0 a view of 24 lines, the calcium page's "ticked together" rule added, drew 11.8 px).
 */
export const MAX_VIEW_LINES = 23;

/** The lines of text nodes' boxes hold, stacked: one for each label, and the rule groups the diagram lists in each. */
export const viewLines = (model: DiagramModel, nodes: readonly string[]): number =>
  nodes.reduce((sum, node) => sum + 1 + model.rules.filter((r) => r.question === node).reduce((s, r) => s + r.lines.length, 0), 0);

/** Split into runs, in order, each within both limits, as evenly as the limits allow. */
function splitByLines(model: DiagramModel, nodes: readonly string[]): string[][] {
  const questions = nodes.filter((n) => model.nodes.find((m) => m.id === n)?.kind === 'question').length;
  for (let parts = Math.max(1, Math.ceil(questions / MAX_VIEW_QUESTIONS), Math.ceil(viewLines(model, nodes) / MAX_VIEW_LINES)); parts <= nodes.length; parts++) {
    const runs = split(nodes, parts);
    if (runs.every((run) => run.length <= MAX_VIEW_QUESTIONS && viewLines(model, run) <= MAX_VIEW_LINES)) return runs;
  }
  return nodes.map((n) => [n]);
}

/** The views of a model: each stage in the order asked, split into parts within MAX_VIEW_QUESTIONS and MAX_VIEW_LINES, in the table's order. */
export function diagramViews(model: DiagramModel): DiagramView[] {
  return DIAGRAM_STAGES.flatMap((stage) => {
    const own = model.nodes.filter((n) => n.stage === stage).map((n) => n.id);
    const runs = stage === 'results' ? [own] : splitByLines(model, own);
    const parts = runs.length;
    return runs.map((nodes, i) => ({ key: parts === 1 ? stage : `${stage}_${i + 1}`, stage, part: i + 1, parts, nodes }));
  });
}

/** The machine a flow table makes: the shipped one for the shipped table. */
const machineFor = (flow: FlowTable): typeof triageMachine => (flow === FLOW ? triageMachine : buildTriageMachine(flow));

/** Nodes, edges and rule groups, in the order they are written. */
export function diagramModel(content: ContentPack, { flow = FLOW }: DiagramModelOptions = {}): DiagramModel {
  const machine = machineFor(flow);
  const leaves = allStateNodes(machine.root).filter((n) => n.meta !== undefined);
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
  const rootTransitions = [...machine.root.transitions.values()].flat();
  if (rootTransitions.length > 0) {
    nodes.push({ id: 'start_again', stateId: null, kind: 'start_again', stage: null, label: content.diagram.startAgainNode });
    for (const t of rootTransitions) {
      for (const target of t.target ?? []) {
        edges.push({
          index: edges.length,
          from: 'start_again',
          to: nodeKey(landing(target)),
          event: t.eventType as DiagramEdge['event'],
          label: edgeLabel(content, machine.root, t, rootTransitions),
          transition: t,
        });
      }
    }
  }
  return { nodes, edges, rules: ruleGroups(content, flow) };
}
