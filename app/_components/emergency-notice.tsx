import type { UiContent } from '@/content/types';
import { telHref, type EmergencyNumber } from '@/lib/emergency';

/** "Call 999", with the words around the number marked so large text can hide them (screen readers still read them). */
function CallLabel({ template, number }: { template: string; number: string }) {
  const [before = '', after = ''] = template.split('{number}');
  return (
    <span className="app-call-chip__label">
      {before ? <span className="app-call-chip__verb">{before}</span> : null}
      <span className="app-call-chip__number" dir="ltr">
        {number}
      </span>
      {after ? <span className="app-call-chip__verb">{after}</span> : null}
    </span>
  );
}

/**
 * Always on screen, on every page, above the question: a heading, one line and
 * the call action, short enough to leave the question in view at 200 % text.
 * The rest of the emergency signs sit behind a disclosure (no JavaScript needed).
 */
export function EmergencyNotice({ notice, regions, numbers }: { notice: UiContent['emergencyNotice']; regions: UiContent['regions']; numbers: readonly EmergencyNumber[] }) {
  return (
    <aside className="app-emergency-notice" aria-labelledby="emergency-notice-heading">
      <h2 id="emergency-notice-heading" className="app-emergency-notice__heading">
        {notice.heading}
      </h2>{' '}
      <p className="app-emergency-notice__line">{notice.line}</p>
      <ul className="app-emergency-notice__calls">
        {numbers.map(({ number, region }) => (
          <li key={number}>
            <a className="app-call-chip" href={telHref(number)}>
              <CallLabel template={notice.call} number={number} />
              {region ? <span className="app-call-chip__region"> ({regions[region]})</span> : null}
            </a>
          </li>
        ))}
      </ul>
      <details className="app-emergency-notice__more">
        <summary>{notice.signsSummary}</summary>
        <ul className="app-list app-list--bullet">
          {notice.signs.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
