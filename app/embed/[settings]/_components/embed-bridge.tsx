'use client';

/**
 * Talks to the host page, and only in the ways the README promises:
 * - `legcrampcheck:resize` with the content's height, so the frame fits it;
 * - `legcrampcheck:start`, `legcrampcheck:step` (the step number only) and
 *   `legcrampcheck:result` (the triage level and cause ids only). Never the answers.
 * Messages go only to the allowlisted origins (postMessage's targetOrigin), so a
 * host off the list receives nothing. Invalid clinic settings are reported to
 * the console, never shown.
 */
import { useEffect } from 'react';

type Message =
  | { type: 'legcrampcheck:resize'; height: number }
  | { type: 'legcrampcheck:start' }
  | { type: 'legcrampcheck:step'; step: number }
  | { type: 'legcrampcheck:result'; triage: string; causes: string[] };

export function EmbedBridge({ origins, warnings }: { origins: '*' | readonly string[]; warnings: readonly string[] }) {
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

    // Announce each new page once: a question (its step number) or a result.
    let lastPage = '';
    const announce = () => {
      const form = document.querySelector<HTMLFormElement>('form[data-question]');
      const result = document.querySelector<HTMLElement>('[data-triage]');
      const page = form ? `step:${form.dataset.step}:${location.search}` : result ? `result:${location.search}` : '';
      if (!page || page === lastPage) return;
      lastPage = page;
      if (form) {
        const step = Number(form.dataset.step);
        if (step === 1) post({ type: 'legcrampcheck:start' });
        post({ type: 'legcrampcheck:step', step });
      } else if (result) {
        post({
          type: 'legcrampcheck:result',
          triage: result.dataset.triage ?? '',
          causes: (result.dataset.causes ?? '').split(' ').filter(Boolean),
        });
      }
    };
    const mutationObserver = new MutationObserver(announce);
    mutationObserver.observe(document.body, { childList: true, subtree: true });
    announce();

    return () => {
      resizeObserver.disconnect();
      mutationObserver.disconnect();
    };
  }, [origins]);

  return null;
}
