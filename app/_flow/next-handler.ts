/**
 * Where a step's form goes when JavaScript is off: apply the answer through
 * the machine, then send the browser to the next step's address (303, so
 * Refresh never re-submits). The browser island does the same in place.
 */
import type { NextRequest } from 'next/server';
import { QUESTION_IDS, type QuestionId } from '@/content/ids';
import { checkQuery } from '@/machines/answers-url';
import { addressOf, answerAt, currentQuestion, replay, stepOf } from '@/machines/replay';
import { parseSubmission, tickedIds } from '@/lib/submission';
import { restoreCheck, returnMode, searchParamsOf, single } from '@/lib/check-address';

/** Not a valid answer list: the step page answers it with "we couldn't restore your answers". */
const UNRESTORABLE = '/check?a=unrestorable';

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

/** `base` is '' on the site and '/embed/<token>' inside a clinic's frame. */
export function handleNext(request: NextRequest, base: string): Response {
  const params = searchParamsOf(request.nextUrl.searchParams);
  const here = restoreCheck(params);
  // A broken link: let the step page show the calm "couldn't restore" message.
  if (!here?.ok) return seeOther(`${base}${UNRESTORABLE}`);
  const question = single(params.q);
  // `return=review` means something only on a question page; anything else is ignored.
  const returnTo = currentQuestion(here.snapshot) === null ? null : returnMode(params);
  const current = addressOf(here.snapshot);
  const showHere = `${base}/check${checkQuery(current.answers, current.at, { kept: current.kept, returnTo })}`;
  // A stale form (sent twice, or from another tab): show where the answers really are.
  if (!question || !(QUESTION_IDS as readonly string[]).includes(question) || currentQuestion(here.snapshot) !== question) {
    return seeOther(showHere);
  }
  const values = params.v === undefined ? [] : typeof params.v === 'string' ? [params.v] : params.v;
  const parsed = parseSubmission(question as QuestionId, values);
  if (!parsed.ok) {
    if (parsed.error === 'invalid') return seeOther(`${base}${UNRESTORABLE}`);
    const shown = new URLSearchParams({ error: parsed.error });
    // "Not both": show the boxes again as they were ticked (this question's own ids only).
    if (parsed.error === 'none_with_others') for (const id of tickedIds(question as QuestionId, values)) shown.append('v', id);
    return seeOther(`${showHere}${showHere.includes('?') ? '&' : '?'}${shown}`);
  }
  const next = answerAt(here.answers, here.at, parsed.value, { kept: here.kept, returnToReview: returnTo !== null });
  if (!next.ok) return seeOther(`${base}${UNRESTORABLE}`);
  const after = replay(next.answers, next.at);
  const step = after.ok ? stepOf(after.snapshot).kind : null;
  if (step === 'result') return seeOther(`${base}/result${checkQuery(next.answers)}`);
  // Still on a question (one the change opened): the answer after it goes back to "check your answers" too.
  const stillReturning = step === 'question' ? returnTo : null;
  return seeOther(`${base}/check${checkQuery(next.answers, next.at, { kept: next.kept, returnTo: stillReturning })}`);
}
