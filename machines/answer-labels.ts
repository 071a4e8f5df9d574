/**
 * An answer in the person's own words: each id's label as its question showed it,
 * or the page's "None of these". One reading for every place that names answers
 * (check your answers, the handover, "because you answered", the diagram's path,
 * the FHIR codings).
 */
import type { AnswerContent, ContentPack } from '../content/types';
import type { QuestionId } from '../content/ids';
import { warningSignsGiven, type GivenAnswer, type PathAnswer } from './rules';

type Words = Pick<ContentPack, 'questions' | 'ui'>;

/** The label(s) a person chose, in their own words. */
export function answerLabels(content: Words, { question, value }: PathAnswer): string[] {
  const q = content.questions[question];
  const labels = q.answers as Record<string, { label: string }>;
  const ids = typeof value === 'string' ? [value] : value;
  if (ids.length === 0) return [q.noneLabel ?? content.ui.review.none];
  return ids.map((id) => labels[id]?.label ?? id);
}

/** The labels of answers named one by one (as `reasonsFor` gives them; 'none' is "None of these"), each once. */
export const givenLabels = (content: Words, given: readonly GivenAnswer[]): string[] => [
  ...new Set(given.flatMap(({ question, answer }) => answerLabels(content, { question, value: answer === 'none' ? [] : [answer] }))),
];

/**
 * What to tell a call handler or the doctor today: the warning signs ticked, most urgent
 * first, each in its own words (never a cause's worst case), each once.
 */
export const callHandlerWords = (content: Words, path: readonly PathAnswer[]): string[] => [
  ...new Set(
    warningSignsGiven(path).flatMap(({ question, answer }) => {
      const words = (content.questions[question].answers as Record<string, AnswerContent>)[answer]?.callHandler;
      return words ? [words] : [];
    }),
  ),
];

/** Answers a rule takes ticked together, as clinicians read them: "Ticked together: A + B". */
export const togetherLabel = (content: Pick<ContentPack, 'questions' | 'diagram'>, question: QuestionId, answers: readonly string[]): string =>
  `${content.diagram.together}: ${answers.map((id) => (content.questions[question].answers as Record<string, AnswerContent>)[id]?.label ?? id).join(' + ')}`;
