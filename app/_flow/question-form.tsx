import type { ChangeEvent, FormEvent, MouseEvent } from 'react';
import type { IslandWords } from './island-words';
import { QUESTIONS, type QuestionId } from '@/content/ids';
import type { AnswerValue } from '@/machines/triage';
import type { Progress } from '@/machines/progress';
import { CONTENT_VERSION, FOR_OTHER, NONE, RETURN_TO_REVIEW, type SubmissionError } from '@/machines/address';
import { CiteList } from '@/app/_components/cite-list';

export interface QuestionFormProps {
  content: IslandWords;
  question: QuestionId;
  answers: readonly string[];
  multiple: boolean;
  /** The answer to show as chosen (given before, kept by Back). */
  selected: AnswerValue | undefined;
  /**
   * The boxes as they were ticked when the form was refused ("not both", without
   * JavaScript), "none" included: shown instead of `selected`.
   */
  ticked?: readonly string[] | null;
  error: SubmissionError | null;
  progress: Progress;
  /** Hidden fields that let the no-JavaScript form carry the answers so far. */
  encodedAnswers: string;
  /** Answers remembered off the path (`keep`), carried the same way; '' when there are none. */
  encodedKept: string;
  /** This change began on "check your answers" (carried as `return=review`). */
  returnToReview: boolean;
  /** Someone answering for another person (carried as `for=other`): the words say "they". */
  forOther: boolean;
  /** On the first question: the same page for the other reader (the switch between "you" and "they"). */
  readerSwitchHref?: string;
  at: number;
  /** '' on the site, '/embed/<token>' in a clinic's frame. */
  base: string;
  backHref: string;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  onBack?: (event: MouseEvent<HTMLAnchorElement>) => void;
  onChange?: (event: ChangeEvent<HTMLFormElement>) => void;
}

export function errorText(content: IslandWords, question: QuestionId, error: SubmissionError): string {
  if (error === 'none_with_others') return content.ui.step.noneBothError;
  return content.questions[question].errorRequired;
}

/**
 * One question, GOV.UK question-page style. The same markup is rendered by the
 * server (a plain GET form that works without JavaScript) and by the browser island.
 */
export function QuestionForm(props: QuestionFormProps) {
  const { content, question, answers, multiple, selected, ticked, error, progress } = props;
  const q = content.questions[question];
  const step = content.ui.step;
  const chosen = new Set(
    ticked ? ticked.filter((id) => id !== NONE) : selected === undefined ? [] : typeof selected === 'string' ? [selected] : selected,
  );
  const noneChosen = ticked
    ? multiple && ticked.includes(NONE)
    : multiple && selected !== undefined && typeof selected !== 'string' && selected.length === 0;
  const type = multiple ? 'checkbox' : 'radio';
  const firstId = `v-${answers[0]}`;
  const message = error ? errorText(content, question, error) : null;
  const describedBy = [q.hint ? 'question-hint' : null, message ? 'question-error' : null].filter(Boolean).join(' ');
  const stage = content.ui.step.stageNames[stageOf(question)];

  return (
    <>
      <a className="app-back-link" href={props.backHref} onClick={props.onBack}>
        {step.backLink}
      </a>
      {message ? (
        <div className="app-error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title" className="app-error-summary__title">
            {step.errorSummaryTitle}
          </h2>
          <ul className="app-error-summary__list">
            <li>
              <a href={`#${firstId}`}>{message}</a>
            </li>
          </ul>
        </div>
      ) : null}
      {props.readerSwitchHref ? (
        <p className="app-reader" data-testid="reader-switch">
          {props.forOther ? <>{step.forOtherNow} </> : null}
          <a href={props.readerSwitchHref}>{props.forOther ? step.forSelfLink : step.forOtherLink}</a>
        </p>
      ) : null}
      <form method="get" action={`${props.base}/check/next`} noValidate onSubmit={props.onSubmit} onChange={props.onChange} className="app-question" data-question={question} data-step={progress.current}>
        <input type="hidden" name="a" value={props.encodedAnswers} />
        <input type="hidden" name="at" value={props.at} />
        <input type="hidden" name="q" value={question} />
        {props.encodedKept ? <input type="hidden" name="keep" value={props.encodedKept} /> : null}
        {props.returnToReview ? <input type="hidden" name="return" value={RETURN_TO_REVIEW} /> : null}
        {props.forOther ? <input type="hidden" name="for" value={FOR_OTHER} /> : null}
        <input type="hidden" name="version" value={CONTENT_VERSION} />
        <div className={`app-form-group${message ? ' app-form-group--error' : ''}`}>
          <fieldset className="app-fieldset" aria-describedby={describedBy || undefined}>
            <legend className="app-fieldset__legend">
              <span className="app-caption">
                {stage} · {step.progress.replace('{n}', String(progress.current)).replace('{total}', String(progress.total))}
              </span>
              <h1 className="app-heading-l" id="question-heading" tabIndex={-1}>
                {q.heading}
              </h1>
            </legend>
            {q.hint ? (
              <div id="question-hint" className="app-hint">
                {q.hint}
              </div>
            ) : null}
            {message ? (
              <p id="question-error" className="app-error-message">
                <span className="app-visually-hidden">{content.ui.errorPrefix}</span>
                {message}
              </p>
            ) : null}
            <div className={`app-choices app-choices--${type}`}>
              {answers.map((id) => {
                const answer = (q.answers as Record<string, { label: string; hint?: string }>)[id];
                return (
                  <div className="app-choice" key={id}>
                    <input
                      className="app-choice__input"
                      id={`v-${id}`}
                      name="v"
                      type={type}
                      value={id}
                      defaultChecked={chosen.has(id)}
                      aria-describedby={answer?.hint ? `v-${id}-hint` : undefined}
                    />
                    <label className="app-choice__label" htmlFor={`v-${id}`}>
                      {answer?.label}
                    </label>
                    {answer?.hint ? (
                      <div id={`v-${id}-hint`} className="app-hint app-choice__hint">
                        {answer.hint}
                      </div>
                    ) : null}
                  </div>
                );
              })}
              {multiple ? (
                <>
                  <div className="app-choices__divider">{step.noneDivider}</div>
                  <div className="app-choice">
                    <input
                      className="app-choice__input"
                      id="v-none"
                      name="v"
                      type="checkbox"
                      value={NONE}
                      defaultChecked={noneChosen}
                      data-exclusive="true"
                    />
                    <label className="app-choice__label" htmlFor="v-none">
                      {q.noneLabel}
                    </label>
                  </div>
                </>
              ) : null}
            </div>
          </fieldset>
        </div>
        <details className="app-details">
          <summary className="app-details__summary">{step.whyWeAsk}</summary>
          <div className="app-details__text">
            <p>{q.why.text}</p>
            <CiteList cites={content.cites[question]} label={step.sourcesLabel} />
          </div>
        </details>
        <button type="submit" className="app-button" data-module="continue">
          {step.continueButton}
        </button>
      </form>
    </>
  );
}

const stageOf = (question: QuestionId) => QUESTIONS[question].stage;
