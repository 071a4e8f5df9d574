'use client';

/**
 * The browser island: once JavaScript loads, the same machine runs here
 * (@xstate/react) so each step is instant, with the same markup the server
 * rendered. It starts from the snapshot the server replayed (no second replay).
 *
 * - A step in the page is an event to the actor: an answer (through `answerHere`,
 *   the step /check/next takes without JavaScript, so both land on the same
 *   address), Back or Start again.
 * - A jump restores the actor from an address with `restore`, the replay the
 *   server runs for the same link: Change on "check your answers" (the Change
 *   link's own address) and the browser's Back and Forward (the address bar's).
 * - The address bar follows the machine in one place (`useAddressBar`, an effect on
 *   the snapshot's address), so Back, Refresh and a copied link keep the person's place.
 *
 * Nothing is stored anywhere else.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useState, type ChangeEvent, type FormEvent, type MouseEvent } from 'react';
import type { IslandWords } from './island-words';
import { triageMachine } from '@/machines/triage';
import { addressOf, answerHere, persisted, restore, restoreParams, stepOf, type Restored, type TriageSnapshot } from '@/machines/replay';
import { changeAddress, encodeAnswers, readSubmission, searchParamsOf, stepHref, withReader, type Address, type SubmissionError } from '@/machines/address';
import { progressAt } from '@/machines/progress';
import { useAddressBar, useStepFocus } from './page-effects';
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

/** How a start came about: the page load, the browser's Back or Forward, or a jump in the page (Change). */
type Arrival = 'load' | 'history' | 'jump';

/** Where the flow lives ('' or '/es' on the site, '/embed/<token>' inside a clinic's frame), and its words. */
interface Place {
  base: string;
  /** This page's language only, from the server (no language pack is bundled with the island). */
  words: IslandWords;
}

export function CheckFlow({ start, base, words }: { start: Start } & Place) {
  // Each restore starts a new actor (a new LiveCheck); `null` is an address that cannot be restored.
  const [current, setCurrent] = useState<{ start: Start | null; arrival: Arrival; generation: number }>({ start, arrival: 'load', generation: 0 });
  const startFrom = useCallback((restored: Restored, arrival: Arrival) => {
    const next = restored.ok ? { snapshot: persisted(restored.snapshot), address: restored.address, error: null, ticked: null } : null;
    setCurrent(({ generation }) => ({ start: next, arrival, generation: generation + 1 }));
  }, []);
  // Browser Back/Forward: the address changed under us, so restore from it.
  useEffect(() => {
    const onPopState = () => startFrom(restoreParams(searchParamsOf(new URLSearchParams(window.location.search))), 'history');
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [startFrom]);
  const jump = useCallback((address: Address) => startFrom(restore(address), 'jump'), [startFrom]);
  if (current.start === null) return <RestoreError base={base} words={words.ui.restoreError} />;
  return <LiveCheck key={current.generation} start={current.start} arrival={current.arrival} onJump={jump} base={base} words={words} />;
}

function LiveCheck({ start, arrival, onJump, base, words: content }: { start: Start; arrival: Arrival; onJump: (address: Address) => void } & Place) {
  const actor = useActorRef(triageMachine, { snapshot: start.snapshot });
  const state = useSelector(actor, (s) => s);
  const [error, setError] = useState<SubmissionError | null>(start.error);
  // Only for the page the server refused; any step in the page starts from the machine's answers.
  const [ticked, setTicked] = useState(start.ticked);
  // A change begun on "check your answers" (`return=review`), until it lands there.
  const [returning, setReturning] = useState(start.address.returnToReview === true);
  // The address of a snapshot already known (the start, or an answer's), so it is not worked out again.
  const [known, setKnown] = useState(() => ({ snapshot: actor.getSnapshot(), address: start.address }));
  const step = stepOf(state);
  const place = useMemo(() => (state === known.snapshot ? known.address : addressOf(state)), [state, known]);
  const onQuestion = step.kind === 'question';
  // Who is answering stays as the address began (the switch on the first question is a link to a new page).
  const forOther = start.address.forOther === true;
  const address: Address = useMemo(() => withReader({ ...place, returnToReview: returning && onQuestion }, forOther), [place, returning, onQuestion, forOther]);
  const { answers, at, kept } = address;

  useAddressBar(state, address, base, arrival === 'jump');
  useStepFocus(state, arrival === 'jump', error, content.ui);

  /** A step in the page: a fresh page, with no error or ticks carried over. */
  function stepped(returnToReview: boolean) {
    setReturning(returnToReview);
    setError(null);
    setTicked(null);
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
    // The same step as /check/next: in a change begun on "check your answers", it answers on
    // with every kept answer that still fits.
    const answered = answerHere(actor.getSnapshot(), parsed.value, { returnToReview: address.returnToReview });
    if (!answered.ok) return;
    for (const answerEvent of answered.events) actor.send(answerEvent);
    setKnown({ snapshot: actor.getSnapshot(), address: answered.address });
    stepped(answered.address.returnToReview === true);
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
    actor.send({ type: 'back' });
    stepped(returning);
  }

  /** Change on "check your answers": restore the Change link's own address, as the server would. */
  function onChangeAnswer(index: number, event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    onJump(changeAddress(address, index));
  }

  function onRestart(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    actor.send({ type: 'restart' });
    stepped(false);
  }

  const backHref = at === 0 ? base || '/' : stepHref(base, { ...address, at: at - 1 });
  const changeHref = (index: number) => stepHref(base, changeAddress(address, index));

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
          encodedAnswers={encodeAnswers(answers)}
          encodedKept={encodeAnswers(kept)}
          returnToReview={address.returnToReview === true}
          forOther={forOther}
          readerSwitchHref={at === 0 ? stepHref(base, withReader(address, !forOther)) : undefined}
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
          forOther={forOther}
          onBack={onBack}
          onChange={onChangeAnswer}
        />
      ) : null}
      <p className="app-restart">
        <a href={stepHref(base, withReader({ answers: [], at: 0, kept: [] }, forOther))} onClick={onRestart}>
          {content.ui.step.restartLink}
        </a>
      </p>
    </div>
  );
}
