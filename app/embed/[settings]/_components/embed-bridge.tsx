'use client';

/**
 * Talks to the host page, and only in the ways the README promises:
 * - `legcrampcheck:resize` with the content's height, so the frame fits it;
 * - `legcrampcheck:page` (nothing else) when a new page of the check shows, so the
 *   loader can bring the frame's top into view;
 * - `legcrampcheck:start`, `legcrampcheck:step` (the step number only) and
 *   `legcrampcheck:result`: the triage level only, and the cause ids too only when the
 *   clinic set `events="detailed"` (a message to the parent can be read by any script on
 *   the host page, so without the opt-in the ids never leave the frame). Never the answers.
 * Messages go only to the allowlisted origins (postMessage's targetOrigin), so a
 * host off the list receives nothing. Invalid clinic settings are reported to
 * the console, never shown.
 */
import { useEffect } from 'react';

type Message =
  | { type: 'legcrampcheck:resize'; height: number }
  | { type: 'legcrampcheck:page' }
  | { type: 'legcrampcheck:start' }
  | { type: 'legcrampcheck:step'; step: number }
  | { type: 'legcrampcheck:result'; triage: string; causes?: string[] };

export function EmbedBridge({ origins, warnings, detailed = false }: { origins: '*' | readonly string[]; warnings: readonly string[]; detailed?: boolean }) {
  useEffect(() => {
    for (const warning of warnings) console.warn(warning);
  }, [warnings]);

  useEffect(() => {
    if (window.parent === window) return;
    const targets = origins === '*' ? ['*'] : origins;
    const post = (message: Message) => {
      for (const origin of targets) window.parent.postMessage(message, origin);
    };

    const root = document.getElementById('embed-root');
    let lastHeight = -1;
    const resize = () => {
      const height = Math.ceil(root?.getBoundingClientRect().height ?? document.body.scrollHeight);
      if (height !== lastHeight) {
        lastHeight = height;
        post({ type: 'legcrampcheck:resize', height });
      }
    };
    const resizeObserver = new ResizeObserver(resize);
    if (root) resizeObserver.observe(root);
    resize();

    // Focus goes to the new page's heading, as a page load would put a screen reader
    // there, but only once the person is using the frame (it has focus): the page
    // shown when the clinic's page loads never takes focus from it. preventScroll,
    // because the loader decides how the host page scrolls.
    const showHeading = (heading: HTMLElement) => {
      if (!document.hasFocus()) return;
      // The result's heading has no tabindex of its own, and without one focus() does nothing.
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    };

    // Announce each new page once: a question (its step number), "check your
    // answers" (the only other page with the heading) or a result.
    let lastPage = '';
    const announce = () => {
      const form = document.querySelector<HTMLFormElement>('form[data-question]');
      const result = document.querySelector<HTMLElement>('[data-triage]');
      const heading = document.getElementById('question-heading');
      const page = form ? `step:${form.dataset.step}:${location.search}` : result ? `result:${location.search}` : heading ? `review:${location.search}` : '';
      if (!page || page === lastPage) return;
      lastPage = page;
      if (heading) showHeading(heading);
      post({ type: 'legcrampcheck:page' });
      if (form) {
        const step = Number(form.dataset.step);
        if (step === 1) post({ type: 'legcrampcheck:start' });
        post({ type: 'legcrampcheck:step', step });
      } else if (result) {
        const triage = result.dataset.triage ?? '';
        post(detailed ? { type: 'legcrampcheck:result', triage, causes: (result.dataset.causes ?? '').split(' ').filter(Boolean) } : { type: 'legcrampcheck:result', triage });
      }
    };
    const mutationObserver = new MutationObserver(announce);
    mutationObserver.observe(document.body, { childList: true, subtree: true });
    announce();

    return () => {
      resizeObserver.disconnect();
      mutationObserver.disconnect();
    };
  }, [origins, detailed]);

  return null;
}
