import { contentFor } from '@/content';
import type { RestoreError as Failure } from '@/machines/replay';
import { RestoreError } from './restore-error';
import { VersionChanged } from './version-changed';

/**
 * What a step or result page shows for an address it cannot restore (server
 * only): a link from another content version gets "this check has been
 * updated", with its answers as text; anything else the calm "we couldn't
 * restore your answers".
 */
export function CannotRestore({ error, base, lang }: { error: Failure; base: string; lang?: string }) {
  return error.kind === 'other_version' ? <VersionChanged error={error} base={base} lang={lang} /> : <RestoreError base={base} words={contentFor(lang).ui.restoreError} />;
}

/** The page title for the same. */
export const cannotRestoreTitle = (error: Failure, lang?: string): string => {
  const { ui } = contentFor(lang);
  return error.kind === 'other_version' ? ui.versionChanged.heading : ui.restoreError.heading;
};
