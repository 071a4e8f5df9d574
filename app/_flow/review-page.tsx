import type { MouseEvent } from 'react';
import type { IslandWords } from './island-words';
import type { PathAnswer } from '@/machines/triage';
import { CONTENT_VERSION, FOR_OTHER, encodeAnswers } from '@/machines/address';
import { AnswersList } from './answers-list';

/** "Check your answers", with a Change link per answer, before the result. */
export function ReviewPage({
  content,
  base,
  answers,
  backHref,
  changeHref,
  forOther = false,
  onBack,
  onChange,
}: {
  content: Pick<IslandWords, 'questions' | 'ui'>;
  base: string;
  /** Someone answering for another person: carried to the result, so its Change link keeps "they". */
  forOther?: boolean;
  answers: readonly PathAnswer[];
  backHref: string;
  changeHref: (index: number) => string;
  onBack?: (event: MouseEvent<HTMLAnchorElement>) => void;
  onChange?: (index: number, event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const review = content.ui.review;
  return (
    <>
      <a className="app-back-link" href={backHref} onClick={onBack}>
        {content.ui.step.backLink}
      </a>
      <h1 className="app-heading-l" id="question-heading" tabIndex={-1}>
        {review.heading}
      </h1>
      <p className="app-body">{review.lead}</p>
      <AnswersList content={content} answers={answers} changeHref={changeHref} onChange={onChange} />
      <form method="get" action={`${base}/result`}>
        <input type="hidden" name="a" value={encodeAnswers(answers)} />
        <input type="hidden" name="version" value={CONTENT_VERSION} />
        {forOther ? <input type="hidden" name="for" value={FOR_OTHER} /> : null}
        <button type="submit" className="app-button">
          {review.confirmButton}
        </button>
      </form>
    </>
  );
}
