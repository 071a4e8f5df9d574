import type { MouseEvent } from 'react';
import type { IslandWords } from './island-words';
import type { PathAnswer } from '@/machines/triage';
import { answerLabels } from '@/machines/answer-labels';

/** An answer's label, or its labels as a list when more than one box was ticked. */
export function AnswerLabels({ labels }: { labels: readonly string[] }) {
  if (labels.length === 1) return <>{labels[0]}</>;
  return (
    <ul className="app-list">
      {labels.map((label) => (
        <li key={label}>{label}</li>
      ))}
    </ul>
  );
}

/**
 * Question → answer summary list. On the "check your answers" page each row
 * has a Change link; on the result page (and its print layout) it does not.
 */
export function AnswersList({
  content,
  answers,
  changeHref,
  onChange,
}: {
  content: Pick<IslandWords, 'questions' | 'ui'>;
  answers: readonly PathAnswer[];
  changeHref?: (index: number) => string;
  onChange?: (index: number, event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  return (
    <dl className="app-summary-list">
      {answers.map((answer, index) => {
        const labels = answerLabels(content, answer);
        const q = content.questions[answer.question];
        return (
          <div className="app-summary-list__row" key={answer.question}>
            <dt className="app-summary-list__key">{q.summaryLabel}</dt>
            <dd className="app-summary-list__value">
              <AnswerLabels labels={labels} />
            </dd>
            {changeHref ? (
              <dd className="app-summary-list__actions">
                <a href={changeHref(index)} onClick={onChange ? (event) => onChange(index, event) : undefined}>
                  {content.ui.review.change}
                  <span className="app-visually-hidden"> {q.summaryLabel.toLowerCase()}</span>
                </a>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
