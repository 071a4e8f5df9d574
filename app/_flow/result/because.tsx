import type { GivenAnswer } from '@/machines/rules';
import type { IslandWords } from '../island-words';
import { givenLabels } from '@/machines/answer-labels';

/**
 * "Because you answered …": the answers behind a level or a cause, in the person's
 * own words (each answer's label as the question showed it). Which answers they are
 * comes from the rules (machines/rules.ts `reasonsFor`), never from free text.
 */
export function Because({
  content,
  given,
  label: text,
  className,
  testId,
}: {
  /** The words before the answers ("Because you answered:" unless given). */
  label?: string;
  content: Pick<IslandWords, 'lang' | 'questions' | 'ui'>;
  given: readonly GivenAnswer[];
  className?: string;
  testId?: string;
}) {
  if (given.length === 0) return null;
  const labels = givenLabels(content, given);
  const data = { 'data-testid': testId, 'data-because': given.map((g) => `${g.question}=${g.answer}`).join(' ') };
  const label = <span className="app-because__label">{text ?? content.ui.result.because}</span>;
  // One answer reads as a sentence; several as a list, since a label may hold commas of its own.
  if (labels.length === 1) {
    return (
      <p className={`app-because${className ? ` ${className}` : ''}`} {...data}>
        {label} {labels[0]}
      </p>
    );
  }
  return (
    <div className={`app-because${className ? ` ${className}` : ''}`} {...data}>
      {label}
      <ul className="app-list app-list--bullet app-because__list">
        {labels.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
