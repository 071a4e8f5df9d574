'use client';

/**
 * The browser island: once JavaScript loads, the same machine runs here
 * (@xstate/react) so each step is instant, with the same markup the server
 * rendered. The address bar mirrors the machine after every step, so Back,
 * refresh and a copied link all keep the person's place. Nothing is stored
 * anywhere else.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type MouseEvent } from 'react';
import { contentFor } from '@/content';
import { triageMachine } from '@/machines/triage';
import { addressOf, answersAhead, persisted, restoreParams, stepOf, type TriageSnapshot } from '@/machines/replay';
import { checkQuery, encodeAnswers, readSubmission, searchParamsOf, type Address, type SubmissionError } from '@/machines/address';
import { progressAt } from '@/machines/progress';
import { RestoreError } from './restore-error';
import { QuestionForm } from './question-form';
import { ReviewPage } from './review-page';

/** Where the island starts: a restored snapshot (persisted, as the server sends it) and its address. */
export interface Start {
  snapshot: TriageSnapshot;
  address: Address;
  /** The error /check/next sent the page back with, if any. */
  error: SubmissionError | null;
  /** With the "not both" error: the boxes as they were ticked. */
  ticked: readonly string[] | null;
}

/** Where the flow lives: '' on the site, '/embed/<token>' inside a clinic's frame. */
interface Place {
  base: string;
  lang?: string;
}

export function CheckFlow({ start, base, lang }: { start: Start } & Place) {
  // Each restore starts a new actor (a new LiveCheck); `null` is an address that cannot be restored.
  const [current, setCurrent] = useState<{ start: Start | null; generation: number }>({ start, generation: 0 });
  // Browser Back/Forward: the address changed under us, so restore from it.
  useEffect(() => {
    const onPopState = () => {
      const restored = restoreParams(searchParamsOf(new URLSearchParams(window.location.search)));
      const next = restored.ok ? { snapshot: persisted(restored.snapshot), address: restored.address, error: null, ticked: null } : null;
      setCurrent(({ generation }) => ({ start: next, generation: generation + 1 }));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  if (current.start === null) return <RestoreError base={base} lang={lang} />;
  return <LiveCheck key={current.generation} start={current.start} base={base} lang={lang} />;
}

function LiveCheck({ start, base, lang }: { start: Start } & Place) {
  const content = contentFor(lang);
  const actor = useActorRef(triageMachine, { snapshot: start.snapshot });
  const state = useSelector(actor, (s) => s);
  const [error, setError] = useState<SubmissionError | null>(start.error);
  const [returning, setReturning] = useState(start.address.returnToReview === true);
  // Only for the page the server refused; any step in the page starts from the machine's answers.
  const [ticked, setTicked] = useState(start.ticked);
  // The first snapshot's address is the one the server restored, so it is not worked out again.
  const [first] = useState(() => actor.getSnapshot());
  const firstRender = useRef(true);
  const router = useRouter();
  const step = stepOf(state);
  const { answers, at, kept } = useMemo(() => (state === first ? start.address : addressOf(state)), [state, first, start.address]);
  const encoded = encodeAnswers(answers);
  // The mode of a change begun on "check your answers" lives on its question pages only.
  const returnToReview = returning && step.kind === 'question';
  const checkHref = (position: number, mode: boolean = returnToReview) =>
    `${base}/check${checkQuery(answers, position, { kept, returnToReview: mode })}`;

  // Move focus to the new heading after an in-page step, as a page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('question-heading')?.focus();
  }, [state]);

  const { appName, errorPrefix } = content.ui;
  useEffect(() => {
    const heading = document.getElementById('question-heading')?.textContent;
    if (heading) document.title = `${error ? errorPrefix : ''}${heading} – ${appName}`;
  }, [state, error, appName, errorPrefix]);

  useEffect(() => {
    if (error) document.querySelector<HTMLElement>('.app-error-summary')?.focus();
  }, [error]);

  /**
   * Send an event, then mirror the machine in the address bar (or leave for the result).
   * In a change begun on "check your answers", an answer is followed by every kept answer
   * that still leads on, as /check/next does without JavaScript (answerAt's returnToReview).
   */
  function go(event: Parameters<typeof actor.send>[0], { returnToReview: toReview = returnToReview } = {}) {
    const from = at;
    actor.send(event);
    if (event.type === 'answer' && toReview) {
      for (const { value } of answersAhead(actor.getSnapshot())) actor.send({ type: 'answer', value });
    }
    const next = actor.getSnapshot();
    const stillReturning = toReview && event.type !== 'restart' && stepOf(next).kind === 'question';
    setReturning(stillReturning);
    setError(null);
    setTicked(null);
    const address = addressOf(next);
    const href = (position: number, mode: boolean) =>
      `${base}/check${checkQuery(address.answers, position, { kept: address.kept, returnToReview: mode })}`;
    if (event.type === 'answer') {
      // Let the browser's Back button return to this question with the answer just given.
      window.history.replaceState(null, '', href(from, toReview));
    }
    if (next.status === 'done') {
      router.push(`${base}/result${checkQuery(address.answers)}`);
      return;
    }
    window.history.pushState(null, '', href(address.at, stillReturning));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (step.kind !== 'question') return;
    event.preventDefault();
    const values = new FormData(event.currentTarget).getAll('v').map(String);
    const parsed = readSubmission(step.meta.question, values);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    go({ type: 'answer', value: parsed.value });
  }

  /** "None of these" and the other boxes exclude each other. */
  function onChange(event: ChangeEvent<HTMLFormElement>) {
    const box = event.target as unknown as HTMLInputElement;
    if (box.type !== 'checkbox' || !box.checked) return;
    const exclusive = box.dataset.exclusive === 'true';
    for (const other of event.currentTarget.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      if (other !== box && (exclusive || other.dataset.exclusive === 'true')) other.checked = false;
    }
  }

  function onBack(event: MouseEvent<HTMLAnchorElement>) {
    if (at === 0) return; // the first question's Back goes to the start page
    event.preventDefault();
    go({ type: 'back' });
  }

  function onChangeAnswer(index: number, event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    for (let i = at; i > index + 1; i--) actor.send({ type: 'back' });
    go({ type: 'back' }, { returnToReview: true });
  }

  function onRestart(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    go({ type: 'restart' });
  }

  const backHref = at === 0 ? base || '/' : checkHref(at - 1);
  const changeHref = (index: number) => checkHref(index, true);

  return (
    <div className="app-step">
      {step.kind === 'question' ? (
        <QuestionForm
          // A new form per step: inputs must never carry a tick over from the last question.
          key={`${at}:${step.meta.question}`}
          content={content}
          question={step.meta.question}
          answers={step.meta.answers}
          multiple={step.meta.multiple === true}
          selected={state.context.answers[step.meta.question]}
          ticked={ticked}
          error={error}
          progress={progressAt(at, step.meta.question)}
          encodedAnswers={encoded}
          encodedKept={encodeAnswers(kept)}
          returnToReview={returnToReview}
          at={at}
          base={base}
          backHref={backHref}
          onSubmit={onSubmit}
          onChange={onChange}
          onBack={onBack}
        />
      ) : step.kind === 'review' ? (
        <ReviewPage
          content={content}
          base={base}
          answers={answers}
          backHref={backHref}
          changeHref={changeHref}
          onBack={onBack}
          onChange={onChangeAnswer}
        />
      ) : null}
      <p className="app-restart">
        <a href={`${base}/check`} onClick={onRestart}>
          {content.ui.step.restartLink}
        </a>
      </p>
    </div>
  );
}
