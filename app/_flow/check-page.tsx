import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { contentFor } from '@/content';
import { encodeAnswers, readShown, resultHref, type SearchParams } from '@/machines/address';
import { currentQuestion, restoreParams, stepOf } from '@/machines/replay';
import type { Surface } from '@/lib/embed-settings';
import { RestoreError } from './restore-error';
import { CheckFlow } from './check-flow';

export function checkMetadata(params: SearchParams, surface: Surface): Metadata {
  const content = contentFor(surface.settings.lang);
  const restored = restoreParams(params);
  if (!restored.ok) return { title: content.ui.restoreError.heading };
  const step = stepOf(restored.snapshot);
  if (step.kind !== 'question') return { title: content.ui.review.heading };
  // GOV.UK pattern: a page showing an error says so first in its title.
  const prefix = readShown(params, step.meta.question).error ? content.ui.errorPrefix : '';
  return { title: `${prefix}${content.questions[step.meta.question].heading}` };
}

/**
 * A step of the check, rendered on the server by replaying the answers in the
 * URL: a plain GET form that works before (and without) any JavaScript.
 */
export function CheckPage({ params, surface }: { params: SearchParams; surface: Surface }) {
  const { base, settings } = surface;
  const restored = restoreParams(params);
  if (!restored.ok) return <RestoreError base={base} lang={settings.lang} />;
  const { snapshot, address } = restored;
  if (stepOf(snapshot).kind === 'result') redirect(resultHref(base, address.answers));
  const { error, ticked } = readShown(params, currentQuestion(snapshot));
  return (
    <CheckFlow
      encoded={encodeAnswers(address.answers)}
      at={address.at}
      kept={encodeAnswers(address.kept)}
      returnToReview={address.returnToReview === true}
      error={error}
      ticked={ticked}
      base={base}
      lang={settings.lang}
    />
  );
}
