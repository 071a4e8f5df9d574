import type { UiContent } from '@/content/types';

/** The calm page for a link we cannot replay: tampered, stale, or cut short. */
export function RestoreError({ base = '', words }: { base?: string; words: UiContent['restoreError'] }) {
  return (
    <div className="app-restore-error" data-testid="restore-error">
      <h1 className="app-heading-l">{words.heading}</h1>
      <p className="app-body-l">{words.body}</p>
      <a className="app-button" href={`${base}/check`}>
        {words.startAgain}
      </a>
    </div>
  );
}
