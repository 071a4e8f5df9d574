import { contentFor } from '@/content';
import type { Surface } from '@/lib/embed-settings';
import { stepHref } from '@/machines/address';
import { longestPath } from '@/machines/progress';
import { fill } from '@/lib/fill';
import { TranslationStatus } from '@/app/_components/translation-status';

/**
 * The start page. On a phone's first screen: what this is, one line for someone
 * in a cramp right now, and Start. What it is and is not, and who it is for, follow.
 */
export function StartPage({ surface }: { surface: Surface }) {
  const { ui } = contentFor(surface.settings.lang);
  const s = ui.start;
  return (
    <>
      <h1 className="app-heading-xl" id="question-heading" tabIndex={-1}>
        {s.heading}
      </h1>
      <p className="app-body-l">{s.lead}</p>
      <TranslationStatus lang={surface.settings.lang ?? ''} className="app-translation-status" />
      <div className="app-inset" data-testid="in-cramp-now">
        <h2 className="app-heading-s app-inset__heading">{s.inCrampNow.heading}</h2>
        <p>{s.inCrampNow.text}</p>
      </div>
      <a className="app-button app-button--start" href={`${surface.base}/check`}>
        {s.startButton}
        <svg className="app-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </a>
      <p className="app-body app-start-other">
        <a href={stepHref(surface.base, { answers: [], at: 0, kept: [], forOther: true })}>{s.startForOther}</a>
      </p>
      <p className="app-body">{fill(s.timeNeeded, { longest: String(longestPath) })}</p>
      {(
        [
          [s.whatItIsHeading, s.whatItIs],
          [s.whatItIsNotHeading, s.whatItIsNot],
          [s.whoForHeading, s.whoFor],
        ] as const
      ).map(([heading, lines]) => (
        <section key={heading}>
          <h2 className="app-heading-m">{heading}</h2>
          <ul className="app-list app-list--bullet">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
      <p className="app-body">{s.privacy}</p>
    </>
  );
}
