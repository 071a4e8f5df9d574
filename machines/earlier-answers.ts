/**
 * A link's answers as text, for the "this check has been updated" page: read
 * against the snapshot of the version the link was made under (its own
 * questions and words), never replayed. An answer whose question or answer ids
 * that snapshot does not know is counted, not shown.
 */
import type { RawAnswer } from './address';
import type { ClinicalSpec } from './spec';

export interface EarlierAnswer {
  question: string;
  heading: string;
  /** The answer labels; empty for "None of these". */
  labels: string[];
}

export function earlierAnswers(answers: readonly RawAnswer[], spec: ClinicalSpec): { shown: EarlierAnswer[]; hidden: number } {
  const shown: EarlierAnswer[] = [];
  let hidden = 0;
  for (const { question, value } of answers) {
    const asked = spec.questions.find((q) => q.id === question);
    const ids = typeof value === 'string' ? [value] : [...value];
    const labels = ids.map((id) => asked?.answers.find((a) => a.id === id)?.label);
    const fits = asked !== undefined && (asked.multiple || ids.length === 1) && labels.every((l) => l !== undefined);
    if (fits && !shown.some((s) => s.question === question)) shown.push({ question, heading: asked.heading, labels: labels as string[] });
    else hidden++;
  }
  return { shown, hidden };
}
