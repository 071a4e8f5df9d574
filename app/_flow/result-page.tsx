import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { contentFor, sources, SOURCE_ORDER } from '@/content';
import type { ActionId, ActionKind, SourceId } from '@/content/ids';
import type { ContentPack } from '@/content/types';
import { checkQuery } from '@/machines/answers-url';
import { addressOf, pathAnswers, stepOf } from '@/machines/replay';
import type { TriageOutput } from '@/machines/triage';
import { restoreCheck, type SearchParams } from '@/lib/check-address';
import { emergencyNumbers } from '@/lib/emergency';
import { sourceHref } from '@/lib/cite';
import type { Surface } from '@/lib/embed-settings';
import { SourceRefs } from '@/app/_components/source-refs';
import { RestoreError } from './restore-error';
import { AnswersList } from './answers-list';
import { PrintButton } from './print-button';

export function resultMetadata(params: SearchParams, surface: Surface): Metadata {
  const content = contentFor(surface.settings.lang);
  const restored = restoreCheck(params, { toResult: true });
  if (!restored?.ok || restored.snapshot.status !== 'done') return { title: content.ui.restoreError.heading };
  return { title: `${content.ui.result.pageTitle}: ${content.triage[restored.snapshot.output.triage].heading}` };
}

/** Sources cited anywhere on this result, in the brief's reference order. */
function citedSources(pack: ContentPack, output: TriageOutput): SourceId[] {
  const cited = new Set<SourceId>([
    ...output.causes.flatMap((id) => pack.causes[id].sources),
    ...output.actions.flatMap((id) => pack.actions[id].sources),
  ]);
  return SOURCE_ORDER.filter((id) => cited.has(id));
}

function Actions({ content, ids, kind }: { content: ContentPack; ids: readonly ActionId[]; kind: ActionKind }) {
  const shown = ids.filter((id) => content.actions[id].kind === kind);
  return (
    <>
      {shown.map((id) => {
        const action = content.actions[id];
        return (
          <section className="app-action" key={id} data-action={id} aria-labelledby={`action-${id}`}>
            <h3 className="app-heading-s" id={`action-${id}`}>
              {action.title}
            </h3>
            {action.body.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            <p className="app-evidence">
              <span className="app-evidence__label">{content.ui.result.evidenceLabel}</span>{' '}
              <span className={`app-tag app-tag--${action.evidence}`}>{content.evidenceLabels[action.evidence]}</span>
            </p>
            <SourceRefs ids={action.sources} label={content.ui.step.sourcesLabel} linked />
          </section>
        );
      })}
    </>
  );
}

/** The result: a care card in the colour of its triage level, then causes, actions, the calcium answer and sources. */
export function ResultPage({ params, surface }: { params: SearchParams; surface: Surface }) {
  const { base, settings, embedded } = surface;
  const content = contentFor(settings.lang);
  const restored = restoreCheck(params, { toResult: true });
  if (!restored?.ok) return <RestoreError base={base} lang={settings.lang} />;
  const { snapshot } = restored;
  if (snapshot.status !== 'done') {
    // Not finished: carry on from where the answers stop.
    const { answers, at } = addressOf(snapshot);
    redirect(`${base}/check${checkQuery(answers, at)}`);
  }
  const output = snapshot.output;
  const step = stepOf(snapshot);
  const level = step.kind === 'result' ? step.triage : output.triage;
  const card = content.triage[level];
  const r = content.ui.result;
  const answers = pathAnswers(snapshot);
  const numbers = emergencyNumbers(settings.emergencyNumber);
  const callPhrases = output.causes.map((id) => content.causes[id].callHandler).filter((p): p is string => Boolean(p));
  const has = (kind: ActionKind) => output.actions.some((id) => content.actions[id].kind === kind);
  // An emergency has no "check your answers" page: Change goes to the last question answered.
  const changeHref = `${base}/check${checkQuery(answers, level === 'emergency' ? answers.length - 1 : answers.length)}`;
  // Links that leave the frame open in a new tab; inside the site they stay put.
  const outward = embedded ? { target: '_blank', rel: 'noopener noreferrer' } : {};

  return (
    <article className={`app-result app-result--${level}`} data-triage={level} data-causes={output.causes.join(' ')}>
      <div className={`app-care-card app-care-card--${level}`}>
        <p className="app-care-card__label">{card.label}</p>
        <h1 className="app-care-card__heading" id="question-heading">
          {card.heading}
        </h1>
        <p className="app-care-card__summary">{card.summary}</p>
        {level === 'emergency' ? (
          <ul className="app-call-list">
            {numbers.map(({ number, region }) => (
              <li key={number}>
                <a className="app-button app-button--call" href={`tel:${number}`}>
                  {r.callButton.replace('{number}', number)}
                  {region ? <span className="app-button__region"> ({region})</span> : null}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {callPhrases.length > 0 ? (
          <div className="app-call-handler">
            <p>{content.actions.tell_call_handler.title}:</p>
            <ul>
              {callPhrases.map((phrase) => (
                <li key={phrase}>“{phrase}”</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      <section aria-labelledby="causes-heading">
        <h2 className="app-heading-m" id="causes-heading">
          {r.causesHeading}
        </h2>
        {output.causes.map((id) => {
          const cause = content.causes[id];
          return (
            <section className="app-cause" key={id} data-cause={id} aria-labelledby={`cause-${id}`}>
              <h3 className="app-heading-s" id={`cause-${id}`}>
                {cause.name}
              </h3>
              <p>{cause.explanation}</p>
              <SourceRefs ids={cause.sources} label={content.ui.step.sourcesLabel} linked />
            </section>
          );
        })}
      </section>

      <section aria-labelledby="now-heading">
        <h2 className="app-heading-m" id="now-heading">
          {r.nowHeading}
        </h2>
        {level === 'see_doctor' && settings.clinicName ? (
          <section className="app-clinic" aria-labelledby="clinic-heading" data-testid="clinic-contact">
            <h3 className="app-heading-s" id="clinic-heading">
              {r.clinicHeading.replace('{clinic}', settings.clinicName)}
            </h3>
            {settings.clinicPhone ? (
              <p>
                <a className="app-button app-button--secondary" href={`tel:${settings.clinicPhone.replace(/[^0-9+]/g, '')}`}>
                  {r.clinicCall.replace('{phone}', settings.clinicPhone)}
                </a>
              </p>
            ) : null}
          </section>
        ) : null}
        <Actions content={content} ids={output.actions.filter((id) => id !== 'tell_call_handler' || callPhrases.length === 0)} kind="now" />
      </section>

      <section aria-labelledby="calcium-heading" className="app-calcium" data-testid="calcium-answer">
        <h2 className="app-heading-m" id="calcium-heading">
          {r.calciumHeading}
        </h2>
        <Actions content={content} ids={output.actions} kind="calcium" />
      </section>

      {(['get_help', 'prevent'] as const).map((kind) =>
        has(kind) ? (
          <section aria-labelledby={`${kind}-heading`} key={kind}>
            <h2 className="app-heading-m" id={`${kind}-heading`}>
              {kind === 'get_help' ? r.getHelpHeading : r.preventHeading}
            </h2>
            <Actions content={content} ids={output.actions} kind={kind} />
          </section>
        ) : null,
      )}

      {level === 'emergency' ? null : (
        <section aria-labelledby="myths-heading" className="app-myths">
          <h2 className="app-heading-m" id="myths-heading">
            {r.mythsHeading}
          </h2>
          {r.myths.map((myth) => (
            <div className="app-myth" key={myth.claim}>
              <p className="app-myth__claim">{myth.claim}</p>
              <p>{myth.answer}</p>
              <SourceRefs ids={myth.sources} label={content.ui.step.sourcesLabel} linked />
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby="answers-heading" className="app-answers">
        <h2 className="app-heading-m" id="answers-heading">
          {r.answersHeading}
        </h2>
        <AnswersList content={content} answers={answers} />
      </section>

      <section aria-labelledby="sources-heading" className="app-sources" data-testid="sources">
        <h2 className="app-heading-m" id="sources-heading">
          {r.sourcesHeading}
        </h2>
        <ol className="app-sources__list">
          {[...new Set([...citedSources(content, output), ...(level === 'emergency' ? [] : r.myths.flatMap((m) => m.sources))])].map((id) => {
            const source = sources[id];
            const href = sourceHref(source);
            return (
              <li key={id} id={`source-${id}`}>
                {source.authors}.{' '}
                {href ? (
                  <a href={href} rel="noreferrer noopener" target={embedded ? '_blank' : undefined}>
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
                .{' '}
                {source.publication}
                {source.year ? `, ${source.year}` : ''}.{source.pmid ? ` PubMed ${source.pmid}.` : ''}
                {source.doi ? ` doi:${source.doi}.` : ''}
              </li>
            );
          })}
        </ol>
      </section>

      <p className="app-disclaimer">{r.disclaimer}</p>

      <div className="app-result__actions app-no-print">
        <PrintButton label={r.printButton} />
        <a className="app-button app-button--secondary" href={changeHref}>
          {r.changeAnswers}
        </a>
        <a className="app-link-button" href={`/diagram${checkQuery(answers)}#diagram`} data-testid="see-how" {...outward}>
          {content.diagram.seeHowWeGotHere}
        </a>
        <a className="app-link-button" href={`${base}/check`}>
          {r.startAgain}
        </a>
      </div>
    </article>
  );
}
