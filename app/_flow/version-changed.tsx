import { contentFor } from '@/content';
import { releaseOf } from '@/content/clinical/releases';
import { CONTENT_VERSION, type OtherVersion } from '@/machines/address';
import { earlierAnswers } from '@/machines/earlier-answers';
import { clinicalSpec } from '@/machines/spec';
import { fill } from '@/lib/fill';
import { AnswerLabels } from './answers-list';

/**
 * The calm page for a link made under another content version: the check has
 * changed since, so its answers are not replayed against today's rules. They are
 * shown as text, in the words of the version they were given under where that
 * version is published (else today's), with Start again.
 */
export function VersionChanged({ error, base = '', lang }: { error: OtherVersion; base?: string; lang?: string }) {
  const { ui } = contentFor(lang);
  const words = ui.versionChanged;
  const spec = releaseOf(error.version) ?? releaseOf(CONTENT_VERSION) ?? clinicalSpec();
  const { shown, hidden } = earlierAnswers(error.answers, spec);
  return (
    <div className="app-restore-error" data-testid="version-changed" data-made-under={error.version ?? ''}>
      <h1 className="app-heading-l" id="question-heading" tabIndex={-1}>
        {words.heading}
      </h1>
      <p className="app-body-l">{words.body}</p>
      <a className="app-button" href={`${base}/check`}>
        {words.startAgain}
      </a>
      <h2 className="app-heading-m">{words.answersHeading}</h2>
      {shown.length > 0 ? (
        <dl className="app-summary-list" data-testid="earlier-answers">
          {shown.map((answer) => (
            <div className="app-summary-list__row" key={answer.question}>
              <dt className="app-summary-list__key">{answer.heading}</dt>
              <dd className="app-summary-list__value">
                <AnswerLabels labels={answer.labels.length > 0 ? answer.labels : [ui.review.none]} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="app-body">{words.noAnswers}</p>
      )}
      {hidden > 0 && shown.length > 0 ? <p className="app-body">{fill(words.notShown, { count: String(hidden) })}</p> : null}
    </div>
  );
}
