/**
 * Where a step's form goes when JavaScript is off: apply the answer through
 * the machine, then send the browser to the next step's address (303, so
 * Refresh never re-submits). The browser island does the same in place.
 */
import type { NextRequest } from 'next/server';
import { allValues, oneValue, readSubmission, resultHref, searchParamsOf, stepHref, tickedIds } from '@/machines/address';
import { answerAt, currentQuestion, replay, restoreParams, stepOf } from '@/machines/replay';

/** Not a valid answer list: the step page answers it with "we couldn't restore your answers". */
const UNRESTORABLE = '/check?a=unrestorable';

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

/** `base` is '' on the site and '/embed/<token>' inside a clinic's frame. */
export function handleNext(request: NextRequest, base: string): Response {
  const params = searchParamsOf(request.nextUrl.searchParams);
  const here = restoreParams(params);
  // A broken link: let the step page show the calm "couldn't restore" message.
  if (!here.ok) return seeOther(`${base}${UNRESTORABLE}`);
  // `return=review` means something only on a question page (`restore` drops it elsewhere).
  const { returnToReview } = here.address;
  const showHere = stepHref(base, here.address);
  // A stale form (sent twice, or from another tab): show where the answers really are.
  const question = currentQuestion(here.snapshot);
  const sent = oneValue(params, 'q');
  if (question === null || !sent.ok || sent.value !== question) return seeOther(showHere);
  const values = allValues(params, 'v');
  const parsed = readSubmission(question, values);
  if (!parsed.ok) {
    if (parsed.error === 'invalid') return seeOther(`${base}${UNRESTORABLE}`);
    const shown = new URLSearchParams({ error: parsed.error });
    // "Not both": show the boxes again as they were ticked (this question's own ids only).
    if (parsed.error === 'none_with_others') for (const id of tickedIds(question, values)) shown.append('v', id);
    return seeOther(`${showHere}${showHere.includes('?') ? '&' : '?'}${shown}`);
  }
  const { answers, at, kept } = here.address;
  const next = answerAt(answers, at, parsed.value, { kept, returnToReview });
  if (!next.ok) return seeOther(`${base}${UNRESTORABLE}`);
  const after = replay(next.answers, next.at);
  const step = after.ok ? stepOf(after.snapshot).kind : null;
  if (step === 'result') return seeOther(resultHref(base, next.answers));
  // Still on a question (one the change opened): the answer after it goes back to "check your answers" too.
  return seeOther(stepHref(base, { ...next, returnToReview: step === 'question' && returnToReview }));
}
