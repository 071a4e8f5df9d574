/**
 * What changed between two clinical snapshots (machines/spec.ts), in words a
 * clinician reads, e.g. "Calf swollen, warm or red: urgent → emergency". The
 * /review/changes page and `npm run spec:diff -- <from> <to>` both print this
 * list, and the changes drawing marks the same questions and steps.
 *
 * Pure data in, data out: no content lookups beyond the two snapshots, so an
 * old snapshot is read in its own words.
 */
import { canonicalJson, namedAnswers, type ClinicalSpec, type SpecAnswer, type SpecQuestion, type SpecRule, type SpecTogether } from './spec';
import { TRIAGE_LEVELS } from '../content/ids';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface SpecChange {
  kind: ChangeKind;
  /** The question the change is on (a node of the changes drawing), if any. */
  question?: string;
  /** The change in words. */
  text: string;
}

export interface SpecDiff {
  from: string;
  to: string;
  changes: SpecChange[];
}

/** A value on one line with sorted keys, for a change to a condition. */
const oneLine = (value: unknown) => JSON.stringify(JSON.parse(canonicalJson(value)));

const list = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.join(', '));

/** The ids `after` adds and removes as words ("+ dvt", "− prolonged_cramp"); empty when it holds the same ids. */
function setChange(before: readonly string[], after: readonly string[]): string[] {
  return [...after.filter((id) => !before.includes(id)).map((id) => `+ ${id}`), ...before.filter((id) => !after.includes(id)).map((id) => `− ${id}`)];
}

/** "triage: urgent → emergency; causes: + dvt, − prolonged_cramp" for two rules, or null when equal. */
function ruleChange(before: SpecRule, after: SpecRule): string | null {
  const parts: string[] = [];
  if (before.triage !== after.triage) parts.push(`${before.triage} → ${after.triage}`);
  for (const key of ['causes', 'actions'] as const) {
    const changed = setChange(before[key], after[key]);
    const moved = changed.length === 0 && before[key].join() !== after[key].join();
    const words = [...changed, ...(moved ? ['order changed'] : [])];
    if (words.length > 0) parts.push(`${key}: ${words.join(', ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

const ruleText = (rule: SpecRule) => `${rule.triage}${rule.causes.length ? `, causes ${list(rule.causes)}` : ''}`;
type Step = { when?: string; to: string };

/**
 * A step in the snapshot's own words: the condition as the answers it names
 * ("if “Under 16”", "if earlier “A muscle suddenly goes hard…”") or the level it
 * tests, and the page it leads to by its heading; ids only where the snapshot has
 * no words (the results and "check your answers").
 */
function stepText(spec: ClinicalSpec, step: Step, question?: SpecQuestion): string {
  const heading = (id: string) => spec.questions.find((q) => q.id === id)?.heading;
  let when = 'otherwise';
  if (step.when) {
    const condition = Object.hasOwn(spec.conditions, step.when) ? (spec.conditions[step.when] as { kind?: string; level?: string }) : undefined;
    const named = namedAnswers(spec, step.when, question);
    const quoted = named?.labels.map((label) => `“${label}”`).join(' or ');
    if (named) when = named.kind === 'picked' ? `if ${quoted}` : `if earlier ${quoted}`;
    else if ((condition?.kind === 'level' || condition?.kind === 'pathLevel') && condition.level) when = `if an answer calls for ${condition.level} or more urgent`;
    else when = `if ${step.when}`;
  }
  const target = heading(step.to);
  return `${when} → ${target ? `“${target}”` : step.to}`;
}

function answerChanges(question: SpecQuestion, before: readonly SpecAnswer[], after: readonly SpecAnswer[]): SpecChange[] {
  const changes: SpecChange[] = [];
  const on = { question: question.id };
  for (const answer of after) {
    const old = before.find((a) => a.id === answer.id);
    if (!old) {
      changes.push({ kind: 'added', ...on, text: `${question.heading}: new answer "${answer.label}" (${ruleText(answer)})` });
      continue;
    }
    if (old.label !== answer.label) changes.push({ kind: 'changed', ...on, text: `${question.heading}: answer "${old.label}" now reads "${answer.label}"` });
    const rule = ruleChange(old, answer);
    if (rule) changes.push({ kind: 'changed', ...on, text: `${answer.label}: ${rule}` });
  }
  for (const old of before) {
    if (!after.some((a) => a.id === old.id)) changes.push({ kind: 'removed', ...on, text: `${question.heading}: answer "${old.label}" removed (was ${ruleText(old)})` });
  }
  const order = (answers: readonly SpecAnswer[]) => answers.map((a) => a.id).filter((id) => before.some((b) => b.id === id) && after.some((a) => a.id === id));
  if (order(before).join() !== order(after).join()) changes.push({ kind: 'changed', ...on, text: `${question.heading}: answers shown in a new order` });
  return changes;
}

/** The answers of a together-rule by their labels in that snapshot: “A” with “B”. */
const togetherText = (question: SpecQuestion, answers: readonly string[]) =>
  answers.map((id) => `“${question.answers.find((a) => a.id === id)?.label ?? id}”`).join(' with ');

/** Rules for answers ticked together: added, removed, changed (each known by its answers). */
function togetherChanges(before: SpecQuestion, after: SpecQuestion): SpecChange[] {
  const on = { question: after.id };
  const key = (t: SpecTogether) => t.answers.join('+');
  const old = before.together ?? [];
  const now = after.together ?? [];
  const changes: SpecChange[] = [];
  for (const t of now) {
    const was = old.find((o) => key(o) === key(t));
    if (!was) changes.push({ kind: 'added', ...on, text: `${after.heading}: new rule for ${togetherText(after, t.answers)} ticked together (${ruleText(t)})` });
    else {
      const rule = ruleChange(was, t);
      if (rule) changes.push({ kind: 'changed', ...on, text: `${after.heading}, ${togetherText(after, t.answers)} ticked together: ${rule}` });
    }
  }
  for (const t of old) {
    if (!now.some((n) => key(n) === key(t))) {
      changes.push({ kind: 'removed', ...on, text: `${after.heading}: rule for ${togetherText(before, t.answers)} ticked together removed (was ${ruleText(t)})` });
    }
  }
  return changes;
}

function stepChanges(name: string, specs: { from: ClinicalSpec; to: ClinicalSpec }, before: readonly Step[], after: readonly Step[], question?: string): SpecChange[] {
  const on = (spec: ClinicalSpec) => spec.questions.find((q) => q.id === question);
  // The same steps (by condition and target) are no change, whatever words the pages they name now use.
  const ids = (steps: readonly Step[]) => steps.map((step) => `${step.when ?? ''}>${step.to}`).join('|');
  if (ids(before) === ids(after)) return [];
  const b = before.map((step) => stepText(specs.from, step, on(specs.from)));
  const a = after.map((step) => stepText(specs.to, step, on(specs.to)));
  return [{ kind: 'changed', ...(question ? { question } : {}), text: `${name} leads on: ${b.join('; ')} ⇒ now ${a.join('; ')}` }];
}

function questionChanges(before: SpecQuestion, after: SpecQuestion, specs: { from: ClinicalSpec; to: ClinicalSpec }): SpecChange[] {
  const on = { question: after.id };
  const changes: SpecChange[] = [];
  if (before.heading !== after.heading) changes.push({ kind: 'changed', ...on, text: `Question "${before.heading}" now reads "${after.heading}"` });
  if (before.stage !== after.stage) changes.push({ kind: 'changed', ...on, text: `${after.heading}: stage ${before.stage} → ${after.stage}` });
  if (before.multiple !== after.multiple) {
    changes.push({ kind: 'changed', ...on, text: `${after.heading}: ${after.multiple ? 'now tick any that apply' : 'now one answer only'}` });
  }
  changes.push(...answerChanges(after, before.answers, after.answers));
  const none = { triage: 'self_care', causes: [], actions: [] };
  const noneRule = ruleChange(before.none ?? none, after.none ?? none);
  if (noneRule) changes.push({ kind: 'changed', ...on, text: `${after.heading}, "None of these": ${noneRule}` });
  changes.push(...togetherChanges(before, after));
  changes.push(...stepChanges(after.heading, specs, before.next, after.next, after.id));
  return changes;
}

/** Keyed records (causes, actions, conditions): added, removed and changed entries. */
function recordChanges<T>(name: string, before: Record<string, T>, after: Record<string, T>, describe: (id: string, old: T, now: T) => string | null): SpecChange[] {
  const changes: SpecChange[] = [];
  for (const id of Object.keys(after)) {
    const old = before[id];
    if (old === undefined) changes.push({ kind: 'added', text: `New ${name} ${id}` });
    else {
      const text = describe(id, old, after[id] as T);
      if (text) changes.push({ kind: 'changed', text });
    }
  }
  for (const id of Object.keys(before)) if (!(id in after)) changes.push({ kind: 'removed', text: `${name} ${id} removed` });
  return changes;
}

function citedChange(label: string, old: { evidence: string; sources: string[] }, now: { evidence: string; sources: string[] }): string | null {
  const parts: string[] = [];
  if (old.evidence !== now.evidence) parts.push(`evidence ${old.evidence} → ${now.evidence}`);
  const sources = setChange(old.sources, now.sources);
  if (sources.length > 0) parts.push(`sources: ${sources.join(', ')}`);
  return parts.length ? `${label}: ${parts.join('; ')}` : null;
}

/** Every change from `from` to `to`, questions in the order `to` asks them, then removed questions, then the rest. */
export function diffSpecs(from: ClinicalSpec, to: ClinicalSpec): SpecDiff {
  const changes: SpecChange[] = [];
  for (const question of to.questions) {
    const old = from.questions.find((q) => q.id === question.id);
    if (!old) {
      changes.push({
        kind: 'added',
        question: question.id,
        text: `New question "${question.heading}" (${question.answers.length} answers; ${question.next.map((step) => stepText(to, step, question)).join('; ')})`,
      });
    } else changes.push(...questionChanges(old, question, { from, to }));
  }
  for (const old of from.questions) {
    if (!to.questions.some((q) => q.id === old.id)) changes.push({ kind: 'removed', question: old.id, text: `Question "${old.heading}" removed` });
  }
  const order = (spec: ClinicalSpec) => spec.questions.map((q) => q.id).filter((id) => from.questions.some((q) => q.id === id) && to.questions.some((q) => q.id === id));
  if (order(from).join() !== order(to).join()) changes.push({ kind: 'changed', text: 'Questions asked in a new order' });
  changes.push(...stepChanges('"Check your answers"', { from, to }, from.reviewNext, to.reviewNext));
  changes.push(
    ...recordChanges('condition', from.conditions, to.conditions, (id, old, now) =>
      canonicalJson(old) === canonicalJson(now) ? null : `Condition ${id}: ${oneLine(old)} → ${oneLine(now)}`,
    ),
  );
  changes.push(
    ...recordChanges('level actions for', from.levelActions, to.levelActions, (level, old, now) => {
      const changed = setChange(old, now);
      return changed.length > 0 ? `Actions on every ${level} result: ${changed.join(', ')}` : null;
    }),
  );
  // Before 0.7.0 every result carried the advice of every answer on its path.
  const adviceFrom = (spec: ClinicalSpec) => spec.adviceFrom ?? Object.fromEntries(TRIAGE_LEVELS.map((level) => [level, [...TRIAGE_LEVELS]]));
  changes.push(
    ...recordChanges('advice rule for', adviceFrom(from), adviceFrom(to), (level, old, now) =>
      old.join() === now.join() ? null : `${/^[aeiou]/.test(level) ? 'An' : 'A'} ${level} result gives the advice of answers that call for: ${list(old)} ⇒ now ${list(now)}`,
    ),
  );
  if (from.generalCauses.join() !== to.generalCauses.join()) {
    changes.push({ kind: 'changed', text: `General causes (listed after specific ones): ${list(from.generalCauses)} ⇒ now ${list(to.generalCauses)}` });
  }
  changes.push(
    ...recordChanges('cause', from.causes, to.causes, (id, old, now) => {
      const renamed = old.name !== now.name ? `Cause ${id} now named "${now.name}" (was "${old.name}")` : null;
      return [renamed, citedChange(`Cause "${now.name}"`, old, now)].filter(Boolean).join('; ') || null;
    }),
  );
  changes.push(
    ...recordChanges('action', from.actions, to.actions, (id, old, now) => {
      const parts = [
        old.title !== now.title ? `Action ${id} now titled "${now.title}" (was "${old.title}")` : null,
        old.kind !== now.kind ? `Action "${now.title}": kind ${old.kind} → ${now.kind}` : null,
        citedChange(`Action "${now.title}"`, old, now),
      ];
      return parts.filter(Boolean).join('; ') || null;
    }),
  );
  return { from: from.version, to: to.version, changes };
}

/** The diff as plain text, one change per line (what `npm run spec:diff` prints). */
export function diffText({ from, to, changes }: SpecDiff): string {
  const mark: Record<ChangeKind, string> = { added: '+', removed: '−', changed: '~' };
  const head = `Clinical changes ${from} → ${to}: ${changes.length === 0 ? 'none' : `${changes.length}`}`;
  return [head, ...changes.map((c) => `${mark[c.kind]} ${c.text}`)].join('\n') + '\n';
}
