/**
 * The clinical snapshot: what a clinician signs off, as plain data. The flow
 * table (every question, its stage, its answers and the rule each carries,
 * where each page leads under which named condition), the conditions, the
 * level actions, and the facts behind each cause and action (evidence label,
 * sources, kind), with the English words a reviewer needs to read it (question
 * headings, answer labels, cause names, action titles).
 *
 * `npm run spec` writes it to content/clinical/spec.json (committed; a test
 * fails when it is stale), and each published version's snapshot is kept in
 * content/clinical/releases/<version>.json, so versions can be compared
 * (machines/spec-diff.ts) and a sign-off can name the exact snapshot it covers
 * (its hash, lib/sign-off.ts).
 *
 * Pure: content only. Reviewer notes are not part of it (they are about the
 * snapshot, not in it).
 */
import { clinical } from '../content/clinical';
import { ADVICE_FROM, CONDITIONS, FLOW, GENERAL_CAUSES, LEVEL_ACTIONS, REVIEW_NEXT, type AnswerRule, type FlowStep, type FlowTable } from '../content/clinical/flow';
import { en } from '../content/en';
import { review } from '../content/review';
import type { ContentPack } from '../content/types';

export interface SpecRule {
  triage: string;
  causes: string[];
  actions: string[];
}

export interface SpecAnswer extends SpecRule {
  id: string;
  label: string;
}

export interface SpecQuestion {
  id: string;
  stage: string;
  heading: string;
  multiple: boolean;
  answers: SpecAnswer[];
  /** What "None of these" means, where it means more than "nothing to add". */
  none?: SpecRule;
  /** Rules for answers that mean more ticked together (by answer id). */
  together?: SpecTogether[];
  next: { when?: string; to: string }[];
}

export interface SpecTogether extends SpecRule {
  answers: string[];
}

export interface ClinicalSpec {
  /** The content version this snapshot is. */
  version: string;
  questions: SpecQuestion[];
  /** Where "check your answers" leads. */
  reviewNext: { when?: string; to: string }[];
  conditions: Record<string, unknown>;
  levelActions: Record<string, string[]>;
  /** Whose answers' advice each level's result carries, by the answers' level (since 0.7.0; before, every level's). */
  adviceFrom?: Record<string, string[]>;
  generalCauses: string[];
  causes: Record<string, { name: string; evidence: string; sources: string[] }>;
  actions: Record<string, { title: string; kind: string; evidence: string; sources: string[] }>;
}

export interface SpecInput {
  flow?: FlowTable;
  version?: string;
  /** The words a reviewer reads it in (English, the language it is signed in). */
  content?: ContentPack;
}

const ruleOf = ({ triage, causes, actions }: AnswerRule): SpecRule => ({ triage, causes: [...causes], actions: [...actions] });
const stepsOf = (steps: readonly FlowStep[]) => steps.map(({ when, to }) => (when ? { when, to } : { to }));

type Words = Record<string, { heading: string; answers: Record<string, { label: string }> }>;

export function clinicalSpec({ flow = FLOW, version = review.version, content = en }: SpecInput = {}): ClinicalSpec {
  const words = content.questions as unknown as Words;
  const questions = Object.entries(flow).map(([id, q]): SpecQuestion => ({
    id,
    stage: q.stage,
    heading: words[id]?.heading ?? id,
    multiple: q.multiple,
    answers: Object.entries(q.answers).map(([answer, rule]) => ({ id: answer, label: words[id]?.answers[answer]?.label ?? answer, ...ruleOf(rule) })),
    ...(q.none ? { none: ruleOf(q.none) } : {}),
    ...(q.together ? { together: q.together.map((t) => ({ answers: [...t.answers], ...ruleOf(t.rule) })) } : {}),
    next: stepsOf(q.next),
  }));
  return {
    version,
    questions,
    reviewNext: stepsOf(REVIEW_NEXT),
    conditions: JSON.parse(JSON.stringify(CONDITIONS)) as Record<string, unknown>,
    levelActions: Object.fromEntries(Object.entries(LEVEL_ACTIONS).map(([level, ids]) => [level, [...ids]])),
    adviceFrom: Object.fromEntries(Object.entries(ADVICE_FROM).map(([level, levels]) => [level, [...levels]])),
    generalCauses: [...GENERAL_CAUSES],
    causes: Object.fromEntries(
      Object.entries(clinical.causes).map(([id, facts]) => [id, { name: content.causes[id as keyof typeof content.causes].name, evidence: facts.evidence, sources: [...facts.sources] }]),
    ),
    actions: Object.fromEntries(
      Object.entries(clinical.actions).map(([id, facts]) => [
        id,
        { title: content.actions[id as keyof typeof content.actions].title, kind: facts.kind, evidence: facts.evidence, sources: [...facts.sources] },
      ]),
    ),
  };
}

/**
 * The answers a step's condition names, in the snapshot's own words: for a
 * `picked` condition, this question's answers; for an `onPath` one, the earlier
 * answers it looks for, in the order the questions are asked (a published
 * snapshot's keys are sorted, the live table's are not). Null for any other
 * condition, or when the snapshot has no such answers.
 */
export function namedAnswers(spec: ClinicalSpec, when: string, question?: SpecQuestion): { kind: 'picked' | 'onPath'; labels: string[] } | null {
  const condition = Object.hasOwn(spec.conditions, when) ? (spec.conditions[when] as { kind?: string; answers?: unknown }) : undefined;
  const labelsOf = (q: SpecQuestion | undefined, ids: readonly string[]) => (q ? q.answers.filter((a) => ids.includes(a.id)).map((a) => a.label) : []);
  let labels: string[] = [];
  if (condition?.kind === 'picked' && Array.isArray(condition.answers)) labels = labelsOf(question, condition.answers as string[]);
  else if (condition?.kind === 'onPath' && condition.answers && typeof condition.answers === 'object') {
    const byQuestion = condition.answers as Record<string, string[]>;
    labels = spec.questions.filter((q) => Object.hasOwn(byQuestion, q.id)).flatMap((q) => labelsOf(q, byQuestion[q.id]!));
  } else return null;
  return labels.length > 0 ? { kind: condition.kind, labels } : null;
}

/**
 * The snapshot as text, with object keys sorted at every depth (arrays keep
 * their order, which is clinical: answers in the order shown, steps in the
 * order tried), so equal snapshots are equal text and hash the same.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
