/**
 * Where a step's form goes when JavaScript is off: apply the answer through
 * the machine, then send the browser to the next step's address (303, so
 * Refresh never re-submits). The browser island does the same in place.
 *
 * One replay per request: `restoreParams` walks the answers once, and the
 * answer is applied to the snapshot it gives (`answerHere`, the island's step too).
 */
import type { NextRequest } from 'next/server';
import { allValues, checkQuery, oneValue, readSubmission, resultHref, searchParamsOf, stepHref, tickedIds, withReader } from '@/machines/address';
import { answerHere, currentQuestion, restoreParams, stepOf } from '@/machines/replay';

/** Not a valid answer list: the step page answers it with "we couldn't restore your answers". */
const UNRESTORABLE = '/check?a=unrestorable';

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

/** `base` is '' on the site and '/embed/<token>' inside a clinic's frame. */
export function handleNext(request: NextRequest, base: string): Response {
  const params = searchParamsOf(request.nextUrl.searchParams);
  const here = restoreParams(params);
  if (!here.ok) {
    // A form from another content version: the step page, with the same answers and version, says the check has changed.
    const { error } = here;
    if (error.kind === 'other_version') return seeOther(`${base}/check${checkQuery(error.answers, undefined, { version: error.version })}`);
    // A broken link: let the step page show the calm "couldn't restore" message.
    return seeOther(`${base}${UNRESTORABLE}`);
  }
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
  const next = answerHere(here.snapshot, parsed.value, { returnToReview: here.address.returnToReview });
  if (!next.ok) return seeOther(`${base}${UNRESTORABLE}`);
  const forOther = here.address.forOther === true;
  if (stepOf(next.snapshot).kind === 'result') return seeOther(resultHref(base, withReader(next.address, forOther)));
  // Still on a question (one the change opened): the answer after it goes back to "check your answers" too.
  return seeOther(stepHref(base, withReader(next.address, forOther)));
}
