import type { UiContent } from '@/content/types';

/** Always on screen, on every page, above the question. */
export function EmergencyNotice({ notice }: { notice: UiContent['emergencyNotice'] }) {
  return (
    <aside className="app-emergency-notice" aria-labelledby="emergency-notice-heading">
      <h2 id="emergency-notice-heading" className="app-emergency-notice__heading">
        {notice.heading}
      </h2>
      <p className="app-emergency-notice__body">{notice.body}</p>
    </aside>
  );
}
