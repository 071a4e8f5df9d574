import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFor } from '../content';
import type { ContentPack } from '../content/types';
import { triageMachine } from './triage';
import { allStateNodes, landing } from './state-nodes';
import { FLOW, type FlowTable } from '../content/clinical/flow';
import { diagramModel, diagramViews, escapeLabel, MAX_VIEW_LINES, MAX_VIEW_QUESTIONS, takenPath, toMermaid, tracePath, viewLines } from './to-mermaid';
import { diagramDrawings, WHOLE_CHECK } from './diagram-drawings';
import { readmeBlock } from '../scripts/readme-block';

const content = contentFor('en');


/** Node lines and edge lines as Mermaid will read them. */
function parse(text: string) {
  const nodes = new Set<string>();
  const edges: { from: string; to: string; label: string }[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    const edge = /^(\w+) -\.?->\|"([^"]*)"\| (\w+)$/.exec(line);
    if (edge) {
      edges.push({ from: edge[1]!, label: edge[2]!, to: edge[3]! });
      continue;
    }
    const node = /^(\w+)(\(\["|\[\["|\("|>")/.exec(line);
    if (node && !line.startsWith('subgraph') && !line.startsWith('class')) nodes.add(node[1]!);
  }
  return { nodes, edges };
}

/** The line that draws node `id`. */
const line = (text: string, id: string) => text.split('\n').find((l) => l.trim().startsWith(`${id}(`))!;

describe('toMermaid', () => {
  const text = toMermaid(content);
  const { nodes, edges } = parse(text);
  const leaves = allStateNodes(triageMachine.root).filter((n) => n.meta !== undefined);

  it('draws every state as a node, and nothing else but the start-again node', () => {
    expect([...nodes].sort()).toEqual([...leaves.map((n) => n.key), 'start_again'].sort());
  });

  it('draws every transition as an edge, and nothing else', () => {
    const expected = [
      ...leaves.flatMap((n) =>
        [...n.transitions.values()].flat().flatMap((t) => (t.target ?? []).map((target) => `${n.key}>${landing(target).key}`)),
      ),
      ...[...triageMachine.root.transitions.values()].flat().flatMap((t) => (t.target ?? []).map((target) => `start_again>${landing(target).key}`)),
    ];
    expect(edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(expected.sort());
    expect(edges.length).toBe(diagramModel(content).edges.length);
  });

  it('puts each stage in its own subgraph and colours results by triage level', () => {
    for (const stage of ['red_flags', 'leg_trouble', 'contributors', 'results']) expect(text).toContain(`subgraph stage_${stage}[`);
    for (const level of ['emergency', 'urgent', 'see_doctor', 'self_care']) {
      expect(text).toMatch(new RegExp(`classDef ${level} fill:#[0-9a-f]{6}`));
      expect(text).toContain(`class ${level} ${level}`);
    }
    expect(text).toMatch(/^ {4}screen_leg\("/m);
    expect(text).toMatch(/^ {4}emergency\(\["/m);
  });

  it("labels edges with the answers' own words or the rule's description", () => {
    const label = (from: string, to: string) => edges.find((e) => e.from === from && e.to === to)?.label;
    expect(label('age', 'child_kind')).toBe(escapeLabel(content.questions.age.answers.under_16.label));
    expect(content.questions.child_kind.answers.child_ache.label.startsWith(label('child_kind', 'child_pattern')!.replace(/…$/, ''))).toBe(true);
    // A condition shared by two pages names only this page's answers.
    expect(label('child_kind', 'timing')).toBe(escapeLabel(content.questions.child_kind.answers.child_cramp.label.slice(0, 47).trimEnd() + '…'));
    expect(label('screen_leg', 'emergency')).toBe(escapeLabel(content.diagram.guards.emergencySign));
    expect(label('review', 'self_care')).toBe(escapeLabel(content.diagram.guards.otherwise));
  });

  it('escapes hostile labels so they cannot break the diagram or inject markup', () => {
    const hostile = 'Evil "quote" ]) --> x[<script>alert(1)</script>] | `tick` #1 & {brace}';
    const pack: ContentPack = {
      ...content,
      questions: { ...content.questions, screen_leg: { ...content.questions.screen_leg, heading: hostile } },
      diagram: { ...content.diagram, guards: { ...content.diagram.guards, emergencySign: hostile } },
    };
    const evil = toMermaid(pack);
    expect(evil).not.toContain('<script>');
    expect(evil).not.toContain('"quote"');
    expect(evil).toContain('#lt;script#gt;');
    const parsed = parse(evil);
    expect(parsed.nodes).toEqual(nodes);
    expect(parsed.edges.length).toBe(edges.length);
    // The hostile heading stays inside its own label.
    const line = evil.split('\n').find((l) => l.trim().startsWith('screen_leg('))!;
    expect(line.trim()).toMatch(/^screen_leg\("[^"]*"\)$/);
  });

  it('highlights a path with classes and link styles only', () => {
    const path = tracePath(content, [
      { question: 'screen_leg', value: [] },
      { question: 'screen_body', value: ['chest_pain'] },
    ]);
    expect(path).toMatchObject({ nodes: ['screen_leg', 'screen_body', 'emergency'], edges: [1, 3] });
    expect(path?.setBy).toEqual({ question: 'screen_body', answer: 'chest_pain', level: 'emergency' });
    const highlighted = toMermaid(content, { highlight: path! });
    expect(parse(highlighted)).toEqual(parse(text));
    expect(highlighted).toContain('class screen_leg,screen_body,emergency taken');
    expect(highlighted).toContain('linkStyle 1,3 ');
  });

  it('can leave out Back and Start again for reading, keeping the path highlight on the right edges', () => {
    const path = tracePath(content, [
      { question: 'screen_leg', value: [] },
      { question: 'screen_body', value: ['chest_pain'] },
    ])!;
    const forward = toMermaid(content, { navigation: false, highlight: path });
    const parsed = parse(forward);
    expect(parsed.nodes.has('start_again')).toBe(false);
    expect(parsed.edges.every((e) => e.label !== escapeLabel(content.diagram.guards.back))).toBe(true);
    const positions = /linkStyle ([\d,]+) /.exec(forward)![1]!.split(',').map(Number);
    expect(positions.map((i) => `${parsed.edges[i]!.from}>${parsed.edges[i]!.to}`)).toEqual(['screen_leg>screen_body', 'screen_body>emergency']);
  });

  it('takenPath finds the path where the highlighted text marks it, in every view with and without navigation (what the SVG made ahead of time is marked by)', () => {
    const path = tracePath(content, [
      { question: 'screen_leg', value: ['calf_swollen'] },
      { question: 'screen_body', value: [] },
      { question: 'screen_medical', value: [] },
    ])!;
    const model = diagramModel(content);
    let marked = 0;
    for (const view of [...diagramViews(model), undefined]) {
      for (const navigation of [true, false]) {
        const taken = takenPath(content, { highlight: path, view, navigation, model });
        const highlighted = toMermaid(content, { highlight: path, view, navigation, model });
        const classLine = / {2}class ([\w,]+) taken$/m.exec(highlighted)?.[1]?.split(',') ?? [];
        const linkLine = / {2}linkStyle ([\d,]+) /.exec(highlighted)?.[1]?.split(',').map(Number) ?? [];
        expect(taken.nodes).toEqual(classLine);
        expect(taken.links).toEqual(linkLine);
        marked += taken.links.length;
      }
    }
    expect(marked).toBeGreaterThan(0);
  });

  it("diagramDrawings lists each view, then the whole check, each with and without navigation, as the page shows them", () => {
    const model = diagramModel(content);
    const drawings = diagramDrawings(content, model);
    expect(drawings.map((d) => d.key)).toEqual([...diagramViews(model).map((v) => v.key), WHOLE_CHECK]);
    expect(drawings.at(-1)).toMatchObject({ view: undefined, full: toMermaid(content), forward: toMermaid(content, { navigation: false }) });
  });

  it('traces the confirm edge into the result, and refuses answers that cannot be replayed', () => {
    const path = tracePath(content, [
      { question: 'screen_leg', value: ['calf_swollen'] },
      { question: 'screen_body', value: [] },
      { question: 'screen_medical', value: [] },
      { question: 'last_check', value: [] },
    ]);
    const model = diagramModel(content);
    expect(path?.nodes).toEqual(['screen_leg', 'screen_body', 'screen_medical', 'last_check', 'review', 'urgent']);
    expect(path?.edges.map((i) => `${model.edges[i]!.from}>${model.edges[i]!.to}`)).toEqual([
      'screen_leg>screen_body',
      'screen_body>screen_medical',
      'screen_medical>last_check',
      'last_check>review',
      'review>urgent',
    ]);
    expect(tracePath(content, [{ question: 'kind', value: ['cramp'] }])).toBeNull();
  });
});

describe('the rules in the drawing', () => {
  const model = diagramModel(content);

  it("lists under each question the answers that call for each level above self-care, from the flow table's rules", () => {
    const text = toMermaid(content);
    const screenLeg = line(text, 'screen_leg');
    const urgent = escapeLabel(content.diagram.ruleCallsFor.replace('{level}', content.triage.urgent.label));
    const emergency = escapeLabel(content.diagram.ruleCallsFor.replace('{level}', content.triage.emergency.label));
    const calf = escapeLabel(content.questions.screen_leg.answers.calf_swollen.label.slice(0, 20));
    const cold = escapeLabel(content.questions.screen_leg.answers.cold_pale_leg.label.slice(0, 20));
    // Emergency first, then urgent, each answer under its own level.
    expect(screenLeg.indexOf(emergency)).toBeGreaterThan(0);
    expect(screenLeg.indexOf(cold)).toBeGreaterThan(screenLeg.indexOf(emergency));
    expect(screenLeg.indexOf(urgent)).toBeGreaterThan(screenLeg.indexOf(cold));
    expect(screenLeg.indexOf(calf)).toBeGreaterThan(screenLeg.indexOf(urgent));
    // Answers that only steer the flow, or stay self-care, are not listed.
    expect(line(text, 'age')).not.toContain('<br/>');
    expect(line(text, 'timing')).toContain(escapeLabel(content.questions.timing.answers.during_dialysis.label.slice(0, 20)));
    expect(line(text, 'timing')).not.toContain(escapeLabel(content.questions.timing.answers.night_rest.label.slice(0, 20)));
    // "None of these" is listed where it carries a level.
    const kindRules = model.rules.find((r) => r.id === 'kind__see_doctor')!;
    expect(kindRules.answers).toContain('none');
  });

  it('every answer with a level above self-care is in exactly one rule group, under its own level', () => {
    for (const [question, page] of Object.entries(FLOW)) {
      for (const [answer, rule] of Object.entries(page.answers as Record<string, { triage: string }>)) {
        const groups = model.rules.filter((r) => r.question === question && r.answers.includes(answer));
        expect(groups.map((g) => g.level)).toEqual(rule.triage === 'self_care' ? [] : [rule.triage]);
      }
    }
  });

  it("one answer's level changed on a copy of the flow table changes the Mermaid text", () => {
    const copy = structuredClone(FLOW) as unknown as Record<string, { answers: Record<string, { triage: string }> }>;
    copy.screen_leg!.answers.calf_swollen!.triage = 'emergency';
    const before = toMermaid(content);
    const after = toMermaid(content, { flow: copy as unknown as FlowTable });
    expect(after).not.toBe(before);
    const emergency = escapeLabel(content.diagram.ruleCallsFor.replace('{level}', content.triage.emergency.label));
    const urgent = escapeLabel(content.diagram.ruleCallsFor.replace('{level}', content.triage.urgent.label));
    const calf = escapeLabel(content.questions.screen_leg.answers.calf_swollen.label.slice(0, 20));
    const changed = line(after, 'screen_leg');
    expect(changed.indexOf(calf)).toBeGreaterThan(changed.indexOf(emergency));
    expect(changed.indexOf(calf)).toBeLessThan(changed.indexOf(urgent));
    // Only that node's line changed.
    const diff = after.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    expect(diff).toEqual([changed]);
  });
});

describe('views small enough to read', () => {
  const model = diagramModel(content);
  const views = diagramViews(model);

  it('splits each stage into parts of at most a few questions, in the order asked, covering every state once', () => {
    expect(views.flatMap((v) => v.nodes).sort()).toEqual(model.nodes.filter((n) => n.stage !== null).map((n) => n.id).sort());
    for (const view of views.filter((v) => v.stage !== 'results')) {
      expect(view.nodes.filter((id) => model.nodes.find((n) => n.id === id)?.kind === 'question').length).toBeLessThanOrEqual(MAX_VIEW_QUESTIONS);
      // The boxes' lines of text, stacked: the heading and each rule group's lines.
      expect(viewLines(model, view.nodes), view.key).toBeLessThanOrEqual(MAX_VIEW_LINES);
    }
    // The warning signs are split in two (one sign per option makes the stage too tall for one view).
    expect(views.map((v) => v.key)).toEqual(expect.arrayContaining(['red_flags_1', 'red_flags_2', 'last_check', 'results']));
  });

  it("a view draws its own nodes, the nodes its arrows lead to or come from (by their short names), and each transition touching it", () => {
    const view = views.find((v) => v.key === 'red_flags_2')!;
    expect(view.nodes).toEqual(['screen_medical']);
    const text = toMermaid(content, { view, navigation: false });
    const parsed = parse(text);
    // A same-day sign goes on to the last check (content 0.7.0), drawn by its short name as the other views' nodes are.
    expect([...parsed.nodes].sort()).toEqual(['age', 'emergency', 'last_check', 'screen_body', 'screen_medical']);
    expect(line(text, 'age')).toBe(`  age("${escapeLabel(content.questions.age.summaryLabel)}")`);
    expect(text).toContain('class screen_body,age,last_check elsewhere');
    // Its own steps, and the step that leads into it from the stage's first part.
    const expected = model.edges
      .filter((e) => e.event === 'answer' && (view.nodes.includes(e.from) || view.nodes.includes(e.to)))
      .map((e) => `${e.from}>${e.to}`);
    expect(parsed.edges.map((e) => `${e.from}>${e.to}`)).toEqual(expected);
  });
});

describe('README diagram', () => {
  it('equals `npm run diagram` output (run `npm run diagram -- --readme` to update it)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readmeBlock(readme)).toBe(toMermaid(content));
  });
});

