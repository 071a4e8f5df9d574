import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { contentFor } from '@/content';
import { addressOf, stepOf } from '@/machines/replay';
import { checkQuery, encodeAnswers } from '@/machines/answers-url';
import { restoreCheck, returnMode, single, type SearchParams } from '@/lib/check-address';
import { tickedIds, type SubmissionError } from '@/lib/submission';
import type { Surface } from '@/lib/embed-settings';
import { RestoreError } from './restore-error';
import { CheckFlow } from './check-flow';

const ERRORS: readonly SubmissionError[] = ['required', 'none_with_others'];

export function checkMetadata(params: SearchParams, surface: Surface): Metadata {
  const content = contentFor(surface.settings.lang);
  const restored = restoreCheck(params);
  if (!restored?.ok) return { title: content.ui.restoreError.heading };
  const step = stepOf(restored.snapshot);
  if (step.kind !== 'question') return { title: content.ui.review.heading };
  // GOV.UK pattern: a page showing an error says so first in its title.
  const prefix = ERRORS.some((e) => e === single(params.error)) ? content.ui.errorPrefix : '';
  return { title: `${prefix}${content.questions[step.meta.question].heading}` };
}

/**
 * A step of the check, rendered on the server by replaying the answers in the
 * URL: a plain GET form that works before (and without) any JavaScript.
 */
export function CheckPage({ params, surface }: { params: SearchParams; surface: Surface }) {
  const { base, settings } = surface;
  const restored = restoreCheck(params);
  if (!restored?.ok) return <RestoreError base={base} lang={settings.lang} />;
  const step = stepOf(restored.snapshot);
  const { answers, at, kept } = addressOf(restored.snapshot);
  if (step.kind === 'result') redirect(`${base}/result${checkQuery(answers)}`);
  const error = ERRORS.find((e) => e === single(params.error)) ?? null;
  // After a "not both" error without JavaScript, the boxes show as they were ticked.
  const submitted = params.v === undefined ? [] : typeof params.v === 'string' ? [params.v] : params.v;
  const ticked = error === 'none_with_others' && step.kind === 'question' ? tickedIds(step.meta.question, submitted) : [];
  return (
    <CheckFlow
      encoded={encodeAnswers(answers)}
      at={at}
      kept={encodeAnswers(kept)}
      // `return=review` means something only on a question page; any other value is ignored.
      returnTo={step.kind === 'question' ? returnMode(params) : null}
      error={error}
      ticked={ticked.length > 0 ? ticked : null}
      base={base}
      lang={settings.lang}
    />
  );
}
