import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLOW, type FlowTable } from '../content/clinical/flow';
import { RELEASES, RELEASE_VERSIONS } from '../content/clinical/releases';
import { review } from '../content/review';
import { canonicalJson, clinicalSpec } from './spec';
import { diffSpecs, diffText } from './spec-diff';
import { escapeLabel, toMermaid } from './to-mermaid';
import { en } from '../content/en';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** A copy of the flow table with `calf_swollen` (a same-day sign) raised to an emergency. */
function calfSwollenEmergency(): FlowTable {
  const copy = structuredClone(FLOW) as unknown as Record<string, { answers: Record<string, { triage: string }> }>;
  copy.screen_leg!.answers.calf_swollen!.triage = 'emergency';
  return copy as unknown as FlowTable;
}

describe('the clinical snapshot', () => {
  it('content/clinical/spec.json is the current snapshot (run npm run spec)', () => {
    expect(read('../content/clinical/spec.json')).toBe(canonicalJson(clinicalSpec()));
  });

  it("the current version's published snapshot is the current snapshot: a changed rule needs a new version number", () => {
    // If this fails after a change to the rules, the old version's file would be
    // overwritten: bump content/review.ts's version, then run npm run spec.
    expect(read(`../content/clinical/releases/${review.version}.json`)).toBe(canonicalJson(clinicalSpec()));
  });

  it('lists every published snapshot, oldest first, each under its own version', () => {
    const files = readdirSync(new URL('../content/clinical/releases/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    const byNumber = (v: string) => v.split('.').map(Number);
    const sorted = [...files].sort((a, b) => {
      const [x, y] = [byNumber(a), byNumber(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
    expect(RELEASE_VERSIONS).toEqual(sorted);
    for (const version of RELEASE_VERSIONS) expect(RELEASES[version]!.version).toBe(version);
  });

  it('is plain data: the same text however often it is made, with sorted keys', () => {
    expect(canonicalJson(clinicalSpec())).toBe(canonicalJson(JSON.parse(canonicalJson(clinicalSpec()))));
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    }\n  ],\n  "b": 1\n}\n');
  });
});

describe('comparing snapshots', () => {
  it("one answer's level changed on a copy of the flow: the Mermaid text, the snapshot and the listed changes show it", () => {
    // The drawing: calf_swollen moves from the urgent group to the emergency group of its question.
    const drawn = (flow?: FlowTable) => toMermaid(en, { flow }).split('\n').find((l) => l.trim().startsWith('screen_leg('))!;
    const calf = escapeLabel(en.questions.screen_leg.answers.calf_swollen.label.slice(0, 20));
    const group = (level: 'emergency' | 'urgent') => escapeLabel(en.diagram.ruleCallsFor.replace('{level}', en.triage[level].label));
    expect(drawn().indexOf(calf)).toBeGreaterThan(drawn().indexOf(group('urgent')));
    expect(drawn(calfSwollenEmergency()).indexOf(calf)).toBeLessThan(drawn(calfSwollenEmergency()).indexOf(group('urgent')));
    expect(drawn(calfSwollenEmergency()).indexOf(calf)).toBeGreaterThan(drawn(calfSwollenEmergency()).indexOf(group('emergency')));
    // The snapshot and the listed changes.
    const before = clinicalSpec();
    const after = clinicalSpec({ flow: calfSwollenEmergency(), version: 'next' });
    const answer = after.questions.find((q) => q.id === 'screen_leg')!.answers.find((a) => a.id === 'calf_swollen')!;
    expect(answer.triage).toBe('emergency');
    expect(canonicalJson(after)).not.toBe(canonicalJson({ ...before, version: 'next' }));
    const diff = diffSpecs(before, after);
    expect(diff.changes).toEqual([{ kind: 'changed', question: 'screen_leg', text: `${answer.label}: urgent → emergency` }]);
    expect(diffText(diff)).toBe(`Clinical changes ${review.version} → next: 1\n~ ${answer.label}: urgent → emergency\n`);
  });

  it('a snapshot compared with itself, or with its own published file, has no changes', () => {
    expect(diffSpecs(clinicalSpec(), clinicalSpec()).changes).toEqual([]);
    expect(diffSpecs(RELEASES[review.version]!, clinicalSpec()).changes).toEqual([]);
  });

  it("names which answers' advice a level's result gives, and reads a snapshot from before 0.7.0 as every answer's", () => {
    const current = clinicalSpec();
    const before = { ...current, adviceFrom: undefined };
    const changes = diffSpecs(before, current).changes.map((c) => c.text);
    expect(changes).toEqual([
      'An emergency result gives the advice of answers that call for: emergency, urgent, see_doctor, self_care ⇒ now emergency',
      'An urgent result gives the advice of answers that call for: emergency, urgent, see_doctor, self_care ⇒ now emergency, urgent',
    ]);
    expect(diffSpecs(RELEASES['0.6.0']!, RELEASES['0.7.0']!).changes.map((c) => c.text)).toEqual(expect.arrayContaining(changes));
  });

  it('names added and removed questions and answers, and changed words, in the old and new words', () => {
    const diff = diffSpecs(RELEASES['0.2.0']!, RELEASES['0.3.0']!);
    const texts = diff.changes.map((c) => `${c.kind} ${c.text}`);
    expect(texts).toContain('added New question "When do the cramps usually happen?" (4 answers; otherwise → “How often do cramps disturb your sleep or your day?”)');
    // Steps in words: the condition as the answers it names, the page by its heading.
    expect(texts.some((t) => t.includes('if “Under 16” → “Which sounds most like the child\'s leg trouble?”'))).toBe(true);
    expect(texts).toContain('removed About your cramps: do any of these apply?: answer "The cramps regularly disturb your sleep" removed (was see_doctor, causes sleep_disruption)');
    expect(texts).toContain('changed Question "How old is the person with the leg cramps?" now reads "How old is the person with the leg trouble?"');
    expect(texts).toContain('added Do you have any of these now?: new answer "Both legs have suddenly become weak" (emergency, causes both_legs_weakness)');
    // The other way round, an added question is a removed one.
    expect(diffSpecs(RELEASES['0.3.0']!, RELEASES['0.2.0']!).changes).toContainEqual({ kind: 'removed', question: 'timing', text: 'Question "When do the cramps usually happen?" removed' });
  });

  it('names a rule for answers ticked together when it is added, changed or removed, and the drawing lists it', () => {
    const label = (id: string) => (en.questions.calcium_risk.answers as Record<string, { label: string }>)[id]!.label;
    const both = `“${label('neck_surgery')}” with “${label('tingling_comes_goes')}”`;
    const now = clinicalSpec();
    expect(now.questions.find((q) => q.id === 'calcium_risk')!.together).toEqual([
      { answers: ['neck_surgery', 'tingling_comes_goes'], triage: 'urgent', causes: ['low_calcium'], actions: [] },
    ]);
    const without = structuredClone(now);
    delete without.questions.find((q) => q.id === 'calcium_risk')!.together;
    const heading = en.questions.calcium_risk.heading;
    expect(diffSpecs(without, now).changes).toEqual([
      { kind: 'added', question: 'calcium_risk', text: `${heading}: new rule for ${both} ticked together (urgent, causes low_calcium)` },
    ]);
    expect(diffSpecs(now, without).changes).toEqual([
      { kind: 'removed', question: 'calcium_risk', text: `${heading}: rule for ${both} ticked together removed (was urgent, causes low_calcium)` },
    ]);
    const emergency = structuredClone(now);
    emergency.questions.find((q) => q.id === 'calcium_risk')!.together![0]!.triage = 'emergency';
    expect(diffSpecs(now, emergency).changes.map((c) => c.text)).toEqual([`${heading}, ${both} ticked together: urgent → emergency`]);
    // Drawn in the calcium page's box under Urgent: the first answer, then "+" the second.
    const box = toMermaid(en).split('\n').find((l) => l.trim().startsWith('calcium_risk('))!;
    const urgent = box.indexOf(escapeLabel(en.diagram.ruleCallsFor.replace('{level}', en.triage.urgent.label)));
    expect(urgent).toBeGreaterThan(0);
    expect(box.indexOf(`+ ${escapeLabel(label('tingling_comes_goes').slice(0, 20))}`)).toBeGreaterThan(urgent);
  });

  it('names a changed step, cause source and action kind', () => {
    const before = clinicalSpec();
    const after = structuredClone(before);
    after.questions.find((q) => q.id === 'age')!.next.reverse();
    after.causes.dvt!.sources = [];
    after.actions.safety_net!.kind = 'now';
    const texts = diffSpecs(before, after).changes.map((c) => c.text);
    expect(texts.some((t) => t.startsWith(`${before.questions.find((q) => q.id === 'age')!.heading} leads on:`))).toBe(true);
    expect(texts.some((t) => /^Cause ".+": sources: − /.test(t))).toBe(true);
    expect(texts.some((t) => /^Action ".+": kind get_help → now$/.test(t))).toBe(true);
  });
});
