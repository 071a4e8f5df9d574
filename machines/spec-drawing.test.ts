import { describe, expect, it } from 'vitest';
import { en } from '../content/en';
import { clinician } from '../content/en/clinician';
import { RELEASES } from '../content/clinical/releases';
import { clinicalSpec } from './spec';
import { diffSpecs } from './spec-diff';
import { changesMermaid, changesModel } from './spec-drawing';

const words = clinician.changes.kinds;

describe('the changes drawing', () => {
  it('marks a changed answer level on its question, in the words and the class, and nothing else', () => {
    const before = clinicalSpec();
    const after = structuredClone(before);
    after.questions.find((q) => q.id === 'screen_leg')!.answers.find((a) => a.id === 'calf_swollen')!.triage = 'emergency';
    const model = changesModel(en, before, after, diffSpecs(before, after));
    expect(model.nodes.filter((n) => n.mark !== 'same').map((n) => [n.id, n.mark])).toEqual([['screen_leg', 'changed']]);
    expect(model.edges.every((e) => e.mark === 'same')).toBe(true);
    const text = changesMermaid(model, words);
    expect(text).toMatch(new RegExp(`^  screen_leg\\("${words.changed}: `, 'm'));
    expect(text).toContain('class screen_leg changed');
    // The box says what changed, in the list's words.
    expect(model.nodes.find((n) => n.id === 'screen_leg')!.label).toContain('~ ');
    expect(model.nodes.find((n) => n.id === 'screen_leg')!.label).toContain('urgent → emergency');
    // "Changed questions only" draws the question and the nodes its steps join.
    const only = changesMermaid(model, words, { onlyChanged: true });
    expect(only).toContain('screen_leg(');
    expect(only).not.toContain('  pattern(');
    // The unchanged question it leads to is a pointer: its heading alone, dashed.
    expect(only).toMatch(/^ {2}screen_body\("[^<"]*"\)$/m);
    expect(only).toMatch(/class [\w,]*screen_body[\w,]* pointer/);
  });

  it('draws an added question and its steps as added, and a removed step as removed (0.2.0 → 0.3.0)', () => {
    const from = RELEASES['0.2.0']!;
    const to = RELEASES['0.3.0']!;
    const model = changesModel(en, from, to, diffSpecs(from, to));
    expect(model.nodes.find((n) => n.id === 'timing')?.mark).toBe('added');
    expect(model.edges.find((e) => e.from === 'timing' && e.to === 'how_often')?.mark).toBe('added');
    const removed = model.edges.filter((e) => e.mark === 'removed');
    expect(removed.length).toBeGreaterThan(0);
    const text = changesMermaid(model, words);
    expect(text).toMatch(new RegExp(`^  timing\\("${words.added}: `, 'm'));
    // Added steps are thick arrows, removed ones dotted, each with its word.
    expect(text).toMatch(new RegExp(`^  timing ==>\\|"${words.added}: [^"]*"\\| how_often$`, 'm'));
    for (const edge of removed) expect(text).toContain(`  ${edge.from} -.->|"${words.removed}: `);
    expect(text).toMatch(/linkStyle [\d,]+ stroke:#00703c/);
  });

  it('has nothing marked when a version is compared with itself', () => {
    const spec = clinicalSpec();
    const model = changesModel(en, spec, spec, diffSpecs(spec, spec));
    expect(model.nodes.every((n) => n.mark === 'same')).toBe(true);
    expect(changesMermaid(model, words)).not.toMatch(/linkStyle/);
  });
});
