/**
 * The public scorecard (issue 9): every vignette is run through the machine the
 * way a person would use the check, page by page, and one line sums up how
 * often the result matches what a clinician following the brief would give.
 *
 * Asserted: every case is well formed and answers every page it is shown; no
 * emergency or urgent case gets a less urgent level than an acceptable one; at
 * least 90 % of cases get exactly the expected level. Printed: top-cause agreement.
 */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { CAUSE_IDS, QUESTION_IDS, QUESTIONS, TRIAGE_LEVELS, type QuestionId, type TriageLevel } from '../../ids';
import { questions } from '../../en/questions';
import { review } from '../../review';
import { isValidAnswer, severity, triageMachine, type TriageOutput } from '../../../machines/triage';
import { startSnapshot, stepOf } from '../../../machines/replay';
import { VIGNETTES } from './cases';
import type { Vignette } from './types';

// ---------------------------------------------------------------------------
// Running a case
// ---------------------------------------------------------------------------

type Run =
  | { ok: true; output: TriageOutput; asked: QuestionId[] }
  | { ok: false; asked: QuestionId[]; problem: string };

/**
 * Start the check, answer each page the machine shows with the case's answer
 * for that question, confirm "check your answers", and read the result.
 */
function runCase(vignette: Vignette): Run {
  return runAnswers(vignette.id, vignette.answers);
}

/** Run one answer set through the machine, page by page. */
function runAnswers(id: string, answers: Vignette['answers']): Run {
  let snapshot = startSnapshot();
  const asked: QuestionId[] = [];
  // Each question is asked at most once, plus the review and the result.
  for (let step = 0; step < QUESTION_IDS.length + 2; step++) {
    const here = stepOf(snapshot);
    if (here.kind === 'result') {
      const output = snapshot.output;
      if (output === undefined) return { ok: false, asked, problem: `${id}: a result with no output` };
      return { ok: true, output, asked };
    }
    if (here.kind === 'review') {
      snapshot = transition(triageMachine, snapshot, { type: 'confirm' })[0];
      continue;
    }
    const question = here.meta.question;
    const value = (answers as Partial<Record<QuestionId, string | readonly string[]>>)[question];
    if (value === undefined) {
      return {
        ok: false,
        asked,
        problem: `${id}: no answer for question "${question}" (asked after ${asked.join(', ') || 'nothing'})`,
      };
    }
    const next = transition(triageMachine, snapshot, { type: 'answer', value })[0];
    if (next.context.history.length !== snapshot.context.history.length + 1) {
      return { ok: false, asked, problem: `${id}: the machine refused ${JSON.stringify(value)} for "${question}"` };
    }
    asked.push(question);
    snapshot = next;
  }
  return { ok: false, asked, problem: `${id}: no result after ${asked.length} questions` };
}

const RUNS = new Map(VIGNETTES.map((v) => [v.id, runCase(v)]));

/** Each alternative reading of an emergency or urgent case, run with the case's other answers. */
const ALTERNATIVE_RUNS = VIGNETTES.flatMap((v) =>
  (v.alternatives ?? []).map((alternative, index) => ({
    vignette: v,
    alternative,
    label: `${v.id} alternative ${index + 1} (${alternative.misreading})`,
    run: runAnswers(`${v.id} alternative ${index + 1}`, { ...v.answers, ...alternative.answers }),
  })),
);

/** The alternatives that end below urgent, or do not run. */
const alternativesBelowUrgent = () =>
  ALTERNATIVE_RUNS.filter(({ run }) => !run.ok || severity(run.output.triage) > severity('urgent')).map(
    ({ label, run }) => `${label}: ${run.ok ? run.output.triage : run.problem}`,
  );
const runOf = (v: Vignette): Run => RUNS.get(v.id) ?? runCase(v);

// ---------------------------------------------------------------------------
// The score
// ---------------------------------------------------------------------------

/** Got a level less urgent than every acceptable one. */
const underTriaged = (v: Vignette, got: TriageLevel): boolean =>
  !v.acceptable.includes(got) && v.acceptable.every((level) => severity(got) > severity(level));

const percent = (n: number, of: number): string => `${of === 0 ? 0 : Math.round((100 * n) / of)} %`;

interface Score {
  cases: number;
  exact: number;
  acceptable: number;
  underTriageUrgent: Vignette[];
  topCause: number;
  causeListed: number;
  misses: string[];
}

function score(vignettes: readonly Vignette[]): Score {
  const s: Score = { cases: vignettes.length, exact: 0, acceptable: 0, underTriageUrgent: [], topCause: 0, causeListed: 0, misses: [] };
  for (const v of vignettes) {
    const run = runOf(v);
    if (!run.ok) {
      s.misses.push(`${v.id}: not run (${run.problem})`);
      continue;
    }
    const { triage, causes } = run.output;
    const exact = triage === v.expected;
    const top = causes[0] === v.cause;
    const listed = causes.includes(v.cause);
    if (exact) s.exact++;
    if (v.acceptable.includes(triage)) s.acceptable++;
    if ((v.expected === 'emergency' || v.expected === 'urgent') && underTriaged(v, triage)) s.underTriageUrgent.push(v);
    if (top) s.topCause++;
    if (listed) s.causeListed++;
    if (exact && top) continue;
    const parts: string[] = [];
    if (!exact) {
      const direction = severity(triage) > severity(v.expected) ? 'UNDER' : 'over';
      const accepted = v.acceptable.includes(triage) ? ', acceptable' : '';
      parts.push(`level expected ${v.expected}, got ${triage} (${direction}${accepted})`);
    }
    if (!top) parts.push(`cause expected ${v.cause}, got ${causes[0] ?? 'none'}${listed ? ' (listed)' : ' (not listed)'}`);
    s.misses.push(`${v.id}: ${parts.join(' · ')}`);
  }
  return s;
}

const scorecardLine = (s: Score): string =>
  `scorecard (content ${review.version}): ${s.cases} cases · ` +
  `misreadings tried ${ALTERNATIVE_RUNS.length}, below urgent ${alternativesBelowUrgent().length} · ` +
  `level exact ${s.exact}/${s.cases} (${percent(s.exact, s.cases)}) · ` +
  `acceptable ${s.acceptable}/${s.cases} · ` +
  `under-triage of emergency/urgent ${s.underTriageUrgent.length} · ` +
  `top cause ${s.topCause}/${s.cases} (${percent(s.topCause, s.cases)}), cause listed ${s.causeListed}/${s.cases}`;

// ---------------------------------------------------------------------------
// Shape
// ---------------------------------------------------------------------------

/** Lower case, words only, so punctuation and brackets do not hide a copied label. */
const words = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/**
 * The answer labels a story must not copy: every label and "None of these" of
 * three words or more. Shorter labels ("Diabetes", "Quinine", "A limp", "Not
 * sure") are the ordinary names of things, which people do use.
 */
const LABELS: { question: QuestionId; label: string }[] = QUESTION_IDS.flatMap((question) => {
  const page = questions[question];
  const labels = [...Object.values(page.answers).map((a) => (a as { label: string }).label), ...(page.noneLabel ? [page.noneLabel] : [])];
  return labels.filter((label) => words(label).trim().split(' ').length >= 3).map((label) => ({ question, label }));
});

/** Sentences in a story: runs of text ending in . ! or ? (stories use no abbreviations). */
const sentences = (story: string): string[] =>
  story
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** What is wrong with a case's shape, as messages (empty when it is well formed). */
function shapeProblems(v: Vignette): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.id)) problems.push(`id is not kebab-case`);
  if (!(TRIAGE_LEVELS as readonly string[]).includes(v.expected)) problems.push(`unknown expected level ${v.expected}`);
  if (!v.acceptable.includes(v.expected)) problems.push(`acceptable [${v.acceptable.join(', ')}] leaves out expected ${v.expected}`);
  for (const level of v.acceptable) {
    if (!(TRIAGE_LEVELS as readonly string[]).includes(level)) problems.push(`unknown acceptable level ${level}`);
    else if (severity(level) > severity(v.expected)) problems.push(`acceptable ${level} is less urgent than expected ${v.expected}`);
  }
  if (new Set(v.acceptable).size !== v.acceptable.length) problems.push('a level is repeated in acceptable');
  if (!(CAUSE_IDS as readonly string[]).includes(v.cause)) problems.push(`unknown cause ${v.cause}`);
  if (v.brief.trim() === '' || !/§/.test(v.brief)) problems.push('brief does not cite a section of the brief (§)');
  for (const [question, value] of Object.entries(v.answers)) {
    if (!(QUESTION_IDS as readonly string[]).includes(question)) {
      problems.push(`unknown question ${question}`);
      continue;
    }
    const q = question as QuestionId;
    if (!isValidAnswer(q, value)) {
      const known = QUESTIONS[q].answers.join(', ');
      problems.push(`answer ${JSON.stringify(value)} to ${q} is not valid (${QUESTIONS[q].multiple ? 'a list of' : 'one of'}: ${known})`);
    }
  }
  // The answers agree with what the case says about the person.
  const age = v.answers.age;
  if (age !== undefined && (age === 'under_16') !== v.age < 16) problems.push(`answers age ${age} but the person is ${v.age}`);
  const health = v.answers.health;
  if (health !== undefined && health.includes('pregnant') !== (v.pregnancy !== undefined)) {
    problems.push(`health answer and pregnancy (${v.pregnancy ?? 'none'}) disagree`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

describe('clinical vignettes', () => {
  it('every case is well formed, and the ids are unique', () => {
    const problems = VIGNETTES.flatMap((v) => shapeProblems(v).map((p) => `${v.id}: ${p}`));
    const seen = new Set<string>();
    for (const { id } of VIGNETTES) {
      if (seen.has(id)) problems.push(`${id}: id used twice`);
      seen.add(id);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('there are enough cases, spread over levels and people', () => {
    const count = (test: (v: Vignette) => boolean) => VIGNETTES.filter(test).length;
    const spread = {
      cases: VIGNETTES.length,
      emergency: count((v) => v.expected === 'emergency'),
      urgent: count((v) => v.expected === 'urgent'),
      see_doctor: count((v) => v.expected === 'see_doctor'),
      self_care: count((v) => v.expected === 'self_care'),
      childrenAndTeenagers: count((v) => v.age < 18),
      underSixteen: count((v) => v.age < 16),
      toldByParent: count((v) => v.teller === 'parent'),
      pregnancyOrAfterBirth: count((v) => v.pregnancy !== undefined),
      afterBirth: count((v) => v.pregnancy === 'after_birth'),
      medicines: count((v) => v.tags?.includes('medicines') === true),
      understatedEmergencies: count((v) => v.expected === 'emergency' && v.tags?.includes('understated') === true),
      overstated: count((v) => v.tags?.includes('overstated') === true),
    };
    const minimum: Record<keyof typeof spread, number> = {
      cases: 64,
      emergency: 10,
      urgent: 12,
      see_doctor: 20,
      self_care: 16,
      childrenAndTeenagers: 6,
      underSixteen: 1,
      toldByParent: 1,
      pregnancyOrAfterBirth: 4,
      afterBirth: 1,
      medicines: 4,
      understatedEmergencies: 3,
      overstated: 2,
    };
    const short = (Object.keys(minimum) as (keyof typeof spread)[])
      .filter((key) => spread[key] < minimum[key])
      .map((key) => `${key}: ${spread[key]}, want at least ${minimum[key]}`);
    expect(short, short.join('\n')).toEqual([]);
  });

  it("every story is 2–5 sentences in the person's own words, never an answer label word for word", () => {
    const problems: string[] = [];
    for (const v of VIGNETTES) {
      const count = sentences(v.story).length;
      if (v.story.trim() === '') problems.push(`${v.id}: empty story`);
      else if (count < 2 || count > 5) problems.push(`${v.id}: story has ${count} sentences`);
      for (const { question, label } of LABELS) {
        if (words(v.story).includes(words(label))) problems.push(`${v.id}: story copies the ${question} label "${label}"`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  describe('each case answers every page it is shown and reaches a result', () => {
    for (const v of VIGNETTES) {
      it(v.id, () => {
        const run = runOf(v);
        expect(run.ok, run.ok ? '' : run.problem).toBe(true);
      });
    }
  });

  it('scorecard: no emergency or urgent case is under-triaged', () => {
    const s = score(VIGNETTES);
    console.log([scorecardLine(s), ...(s.misses.length ? ['misses:', ...s.misses.map((m) => `  ${m}`)] : [])].join('\n'));
    const under = s.underTriageUrgent.map((v) => {
      const run = runOf(v);
      return `${v.id}: acceptable ${v.acceptable.join(' or ')}, got ${run.ok ? run.output.triage : 'no result'}`;
    });
    expect(under, under.join('\n')).toEqual([]);
  });

  it('every emergency and urgent case has at least one alternative reading, each well formed and different', () => {
    const problems: string[] = [];
    for (const v of VIGNETTES) {
      const serious = v.expected === 'emergency' || v.expected === 'urgent';
      if (serious && (v.alternatives ?? []).length === 0) problems.push(`${v.id}: no alternative reading`);
      if (!serious && v.alternatives !== undefined) problems.push(`${v.id}: alternatives are for emergency and urgent cases`);
      for (const [i, alternative] of (v.alternatives ?? []).entries()) {
        const label = `${v.id} alternative ${i + 1}`;
        if (alternative.why.trim() === '') problems.push(`${label}: no reason given`);
        const changed = Object.entries(alternative.answers);
        if (changed.length === 0) problems.push(`${label}: changes no answer`);
        for (const [question, value] of changed) {
          if (!isValidAnswer(question as QuestionId, value)) problems.push(`${label}: ${JSON.stringify(value)} is not an answer to ${question}`);
          else if (JSON.stringify(value) === JSON.stringify((v.answers as Record<string, unknown>)[question])) problems.push(`${label}: ${question} is the same as the case's`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('scorecard: no alternative reading of an emergency or urgent case falls below urgent', () => {
    expect(ALTERNATIVE_RUNS.length).toBeGreaterThan(0);
    const below = alternativesBelowUrgent();
    expect(below, below.join('\n')).toEqual([]);
  });

  it('scorecard: at least 90 % of cases get exactly the expected level', () => {
    const s = score(VIGNETTES);
    expect(s.exact / s.cases, scorecardLine(s)).toBeGreaterThanOrEqual(0.9);
  });
});
