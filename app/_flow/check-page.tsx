import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { contentFor, forReader } from '@/content';
import { readShown, resultHref, type SearchParams } from '@/machines/address';
import { currentQuestion, persisted, stepOf } from '@/machines/replay';
import { restoreRequest } from '@/lib/restore-request';
import type { Surface } from '@/lib/embed-settings';
import { CannotRestore, cannotRestoreTitle } from './cannot-restore';
import { CheckFlow } from './check-flow';
import { islandWords } from './island-words';

export function checkMetadata(params: SearchParams, surface: Surface): Metadata {
  const restored = restoreRequest(params);
  if (!restored.ok) return { title: cannotRestoreTitle(restored.error, surface.settings.lang) };
  const content = forReader(contentFor(surface.settings.lang), restored.address.forOther);
  const step = stepOf(restored.snapshot);
  if (step.kind !== 'question') return { title: content.ui.review.heading };
  // GOV.UK pattern: a page showing an error says so first in its title.
  const prefix = readShown(params, step.meta.question).error ? content.ui.errorPrefix : '';
  return { title: `${prefix}${content.questions[step.meta.question].heading}` };
}

/**
 * A step of the check, rendered on the server by replaying the answers in the
 * URL: a plain GET form that works before (and without) any JavaScript. The
 * island starts from the snapshot replayed here, so the request replays once.
 */
export function CheckPage({ params, surface }: { params: SearchParams; surface: Surface }) {
  const { base, settings } = surface;
  const restored = restoreRequest(params);
  if (!restored.ok) return <CannotRestore error={restored.error} base={base} lang={settings.lang} />;
  const { snapshot, address } = restored;
  if (stepOf(snapshot).kind === 'result') redirect(resultHref(base, address));
  const { error, ticked } = readShown(params, currentQuestion(snapshot));
  return (
    <CheckFlow
      start={{ snapshot: persisted(snapshot), address, error, ticked }}
      base={base}
      words={islandWords(forReader(contentFor(settings.lang), address.forOther))}
    />
  );
}
