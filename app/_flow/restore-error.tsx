import { contentFor } from '@/content';

/** The calm page for a link we cannot replay: tampered, stale, or cut short. */
export function RestoreError({ base = '', lang }: { base?: string; lang?: string }) {
  const { ui } = contentFor(lang);
  return (
    <div className="app-restore-error" data-testid="restore-error">
      <h1 className="app-heading-l">{ui.restoreError.heading}</h1>
      <p className="app-body-l">{ui.restoreError.body}</p>
      <a className="app-button" href={`${base}/check`}>
        {ui.restoreError.startAgain}
      </a>
    </div>
  );
}
