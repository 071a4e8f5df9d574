'use client';

/**
 * What the island does to the page around it after each step, as a page load
 * would: the address bar, the focus and the title. Kept apart from the step
 * logic in check-flow.tsx so each has one job.
 */
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { ContentPack } from '@/content/types';
import { resultHref, stepHref, type Address, type SubmissionError } from '@/machines/address';
import type { TriageSnapshot } from '@/machines/replay';

/** Runs `task` once the frame now being prepared has been painted (in order, one after another). */
function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * The address bar follows the machine: each new snapshot is a new history
 * entry, and a finished path leaves for its result page. A start that was a
 * jump in the page (Change) is not in the bar yet, so it is pushed too; a page
 * load or the browser's Back/Forward is already there.
 */
export function useAddressBar(state: TriageSnapshot, address: Address, base: string, jumped: boolean): void {
  const router = useRouter();
  const shown = useRef<{ snapshot: TriageSnapshot; address: Address } | null>(jumped ? null : { snapshot: state, address });
  useEffect(() => {
    const before = shown.current;
    if (before?.snapshot === state) return;
    shown.current = { snapshot: state, address };
    if (state.status === 'done') {
      // Answering for someone else goes on to a result that speaks of them too.
      router.push(resultHref(base, address));
      return;
    }
    // After the next question is painted: the address bar is not what the person is looking at,
    // and Next's router does work of its own on every history entry (issue 13: a step in one frame).
    afterPaint(() => {
      // After an answer, this entry first becomes the question just answered, with the new
      // answers, so the browser's Back button returns to it with the answer kept.
      if (before && address.at > before.address.at) {
        window.history.replaceState(null, '', stepHref(base, { ...address, at: before.address.at, returnToReview: before.address.returnToReview }));
      }
      window.history.pushState(null, '', stepHref(base, address));
    });
  }, [state, address, base, router]);
}

/**
 * After a step or a jump in the page: focus the new heading (a screen reader
 * hears the new question), title the tab after it (saying "Error:" first while
 * an error shows), and focus the error summary when a form is refused.
 */
export function useStepFocus(state: TriageSnapshot, jumped: boolean, error: SubmissionError | null, ui: Pick<ContentPack['ui'], 'appName' | 'errorPrefix'>): void {
  const firstRender = useRef(!jumped);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('question-heading')?.focus();
  }, [state]);

  const { appName, errorPrefix } = ui;
  useEffect(() => {
    const heading = document.getElementById('question-heading')?.textContent;
    if (!heading) return;
    const title = `${error ? errorPrefix : ''}${heading} – ${appName}`;
    document.title = title;
    // Next streams a page's metadata after its first HTML; on a slow load its <title> can land
    // after this step and put the page's first title back. Keep this one while it is current.
    const observer = new MutationObserver(() => {
      if (document.title !== title) document.title = title;
    });
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [state, error, appName, errorPrefix]);

  useEffect(() => {
    if (error) document.querySelector<HTMLElement>('.app-error-summary')?.focus();
  }, [error]);
}
