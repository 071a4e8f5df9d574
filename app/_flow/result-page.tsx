import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { contentFor, sources, SOURCE_ORDER } from '@/content';
import { CALCIUM_ANSWER_IDS, type ActionId, type ActionKind, type SourceId, type TriageLevel } from '@/content/ids';
import type { ContentPack } from '@/content/types';
import { checkQuery, stepHref, type SearchParams } from '@/machines/address';
import { pathAnswers } from '@/machines/replay';
import { severity, type TriageOutput } from '@/machines/triage';
import { restoreRequest } from '@/lib/restore-request';
import { emergencyNumbers, telHref, urgentNumbers, type EmergencyNumber } from '@/lib/emergency';
import { sourceHref } from '@/lib/cite';
import { fill } from '@/lib/fill';
import type { EmbedSettings, Surface } from '@/lib/embed-settings';
import { SourceRefs } from '@/app/_components/source-refs';
import { RestoreError } from './restore-error';
import { Handover } from './handover';
import { PrintButton } from './print-button';

export function resultMetadata(params: SearchParams, surface: Surface): Metadata {
  const content = contentFor(surface.settings.lang);
  const restored = restoreRequest(params, { toResult: true });
  if (!restored.ok || restored.snapshot.status !== 'done') return { title: content.ui.restoreError.heading };
  return { title: `${content.ui.result.pageTitle}: ${content.triage[restored.snapshot.output.triage].heading}` };
}

/** Sources cited anywhere on this result, in the brief's reference order. */
function citedSources(pack: ContentPack, output: TriageOutput, extra: readonly SourceId[]): SourceId[] {
  const cited = new Set<SourceId>([
    ...output.causes.flatMap((id) => pack.causes[id].sources),
    ...output.actions.flatMap((id) => pack.actions[id].sources),
    ...extra,
  ]);
  return SOURCE_ORDER.filter((id) => cited.has(id));
}

/** The action the care card itself already is, so the detail below does not say it again. */
const CARD_ACTION: Partial<Record<TriageLevel, ActionId>> = { emergency: 'call_emergency' };

/** How many "do this now" lines the first screen can hold. */
const DO_NOW_MAX = 2;

/** Each action of a kind, with its evidence label and its sources listed once. */
function ActionDetails({ content, ids }: { content: ContentPack; ids: readonly ActionId[] }) {
  return (
    <>
      {ids.map((id) => {
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

function CallList({ numbers, label, className = 'app-button app-button--call' }: { numbers: readonly EmergencyNumber[]; label: string; className?: string }) {
  return (
    <ul className="app-call-list">
      {numbers.map(({ number, region }) => (
        <li key={number}>
          <a className={className} href={telHref(number)}>
            {fill(label, { number })}
            {region ? <span className="app-button__region"> ({region})</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The clinic's own phone, where a clinic set one (embed settings). */
function ClinicCall({ content, settings }: { content: ContentPack; settings: EmbedSettings }) {
  if (!settings.clinicPhone) return null;
  const r = content.ui.result;
  return (
    <div className="app-clinic" data-testid="clinic-contact">
      {settings.clinicName ? <p className="app-clinic__name">{fill(r.clinicHeading, { clinic: settings.clinicName })}</p> : null}
      <a className="app-button app-button--on-card" href={telHref(settings.clinicPhone)}>
        {fill(r.clinicCall, { phone: settings.clinicPhone })}
      </a>
    </div>
  );
}

/**
 * The one thing to tap (or do) for this level, inside the care card:
 * emergency → call; urgent → the clinic or the urgent line; see a doctor → the
 * clinic, or the summary to take to the doctor; self-care → the "do this now" box below.
 */
function TapAction({ level, content, settings, numbers, callPhrases }: {
  level: TriageLevel;
  content: ContentPack;
  settings: EmbedSettings;
  numbers: readonly EmergencyNumber[];
  callPhrases: readonly string[];
}) {
  const r = content.ui.result;
  if (level === 'emergency') {
    return (
      <div data-testid="tap-action">
        <CallList numbers={numbers} label={r.callButton} />
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
    );
  }
  if (level === 'urgent') {
    return (
      <div data-testid="tap-action">
        <ClinicCall content={content} settings={settings} />
        <CallList numbers={urgentNumbers()} label={r.urgentCall} className="app-button app-button--on-card" />
        <p className="app-care-card__note">{r.urgentElsewhere}</p>
      </div>
    );
  }
  if (level === 'see_doctor') {
    if (settings.clinicPhone) {
      return (
        <div data-testid="tap-action">
          <ClinicCall content={content} settings={settings} />
        </div>
      );
    }
    return (
      <div data-testid="tap-action">
        <PrintButton label={r.printButton} className="app-button app-button--on-card" />
        <a className="app-button app-button--on-card app-no-js-only" href="#handover-content">
          {r.showSummary}
        </a>
      </div>
    );
  }
  return null;
}

/** The result: the answer first (care card, what to do, a short summary), then the detail on request. */
export function ResultPage({ params, surface }: { params: SearchParams; surface: Surface }) {
  const { base, settings, embedded } = surface;
  const content = contentFor(settings.lang);
  const restored = restoreRequest(params, { toResult: true });
  if (!restored.ok) return <RestoreError base={base} lang={settings.lang} />;
  const { snapshot } = restored;
  // Not finished: carry on from where the answers stop.
  if (snapshot.status !== 'done') redirect(stepHref(base, restored.address));
  const output = snapshot.output;
  const level = output.triage;
  const card = content.triage[level];
  const r = content.ui.result;
  const answers = pathAnswers(snapshot);
  const numbers = emergencyNumbers(settings.emergencyNumber);
  const action = (id: ActionId) => content.actions[id];
  const ofKind = (kind: ActionKind) => output.actions.filter((id) => action(id).kind === kind);

  const callPhrases = output.causes.map((id) => content.causes[id].callHandler).filter((p): p is string => Boolean(p));
  const nowIds = ofKind('now').filter((id) => id !== CARD_ACTION[level] && (id !== 'tell_call_handler' || callPhrases.length === 0));
  const doNow = nowIds.filter((id) => action(id).short).slice(0, DO_NOW_MAX);
  const calciumId = output.actions.find((id): id is (typeof CALCIUM_ANSWER_IDS)[number] => (CALCIUM_ANSWER_IDS as readonly string[]).includes(id));
  const calciumShort = calciumId ? (action(calciumId).short ?? []) : [];

  // "When to get help": only the signs that call for faster help than this result already gives.
  const helpIds = ofKind('get_help');
  const helpGroups = (['emergency', 'urgent', 'see_doctor'] as const)
    .filter((group) => severity(group) < severity(level))
    .map((group) => ({ group, lines: helpIds.flatMap((id) => action(id).when?.[group] ?? []) }))
    .filter(({ lines }) => lines.length > 0);
  const configuredEmergency = numbers.length === 1 ? numbers[0]?.number : undefined;
  const groupHeading = {
    emergency: configuredEmergency ? fill(r.whenEmergency, { number: configuredEmergency }) : r.whenEmergencyNoNumber,
    urgent: r.whenUrgent,
    see_doctor: r.whenSeeDoctor,
  };

  // An emergency has no "check your answers" page: Change goes to the last question answered.
  const changeHref = `${base}/check${checkQuery(answers, level === 'emergency' ? answers.length - 1 : answers.length)}`;
  // Links that leave the frame open in a new tab; inside the site they stay put.
  const outward = embedded ? { target: '_blank', rel: 'noopener noreferrer' } : {};
  const mythSources = level === 'emergency' ? [] : r.myths.flatMap((m) => m.sources);
  const tapIsPrint = level === 'see_doctor' && !settings.clinicPhone;

  return (
    <article className={`app-result app-result--${level}`} data-triage={level} data-causes={output.causes.join(' ')}>
      <div className={`app-care-card app-care-card--${level}`} data-testid="care-card">
        <p className="app-care-card__label">{card.label}</p>
        <h1 className="app-care-card__heading" id="question-heading" tabIndex={-1}>
          {card.heading}
        </h1>
        <p className="app-care-card__summary">{card.summary}</p>
        <TapAction level={level} content={content} settings={settings} numbers={numbers} callPhrases={callPhrases} />
      </div>

      {doNow.length > 0 ? (
        <section className="app-do-now" aria-labelledby="do-now-heading" data-testid={level === 'self_care' ? 'tap-action' : 'do-now'}>
          <h2 className="app-heading-s app-do-now__heading" id="do-now-heading">
            {r.doNowHeading}
          </h2>
          {doNow.map((id) => (
            <div key={id} data-action-short={id}>
              {action(id).short?.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          ))}
        </section>
      ) : null}

      {level === 'emergency' || tapIsPrint ? null : (
        <div className="app-result__print">
          <PrintButton label={r.printButton} className="app-button app-button--secondary" />
        </div>
      )}

      <section aria-labelledby="causes-heading" className="app-summary-block">
        <h2 className="app-heading-m" id="causes-heading">
          {r.causesHeading}
        </h2>
        <ul className="app-cause-list">
          {output.causes.map((id) => {
            const cause = content.causes[id];
            return (
              <li className="app-cause" key={id} data-cause={id}>
                <h3 className="app-heading-s app-cause__name" id={`cause-${id}`}>
                  {cause.name}
                </h3>
                {cause.term ? <p className="app-cause__term">{cause.term}</p> : null}
                <p className="app-cause__summary">{cause.summary}</p>
                <details className="app-details app-cause__more">
                  <summary className="app-details__summary">
                    {r.causeMore}
                    <span className="app-visually-hidden">: {cause.name}</span>
                  </summary>
                  <div className="app-details__text">
                    {cause.explanation ? <p>{cause.explanation}</p> : null}
                    <p className="app-evidence">
                      <span className="app-evidence__label">{r.evidenceLabel}</span>{' '}
                      <span className={`app-tag app-tag--${cause.evidence}`}>{content.evidenceLabels[cause.evidence]}</span>
                    </p>
                    <SourceRefs ids={cause.sources} label={content.ui.step.sourcesLabel} linked />
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="calcium-heading" className="app-calcium" data-testid="calcium-answer" data-calcium={calciumId}>
        {level === 'emergency' ? (
          <p className="app-calcium__line">
            <strong id="calcium-heading">{r.calciumHeading}</strong> {calciumShort[0]}
          </p>
        ) : (
          <>
            <h2 className="app-heading-m" id="calcium-heading">
              {r.calciumHeading}
            </h2>
            <p>
              {calciumShort.join(' ')} <a href="#calcium-detail">{r.calciumMore}</a>
            </p>
          </>
        )}
      </section>

      {helpGroups.length > 0 ? (
        <section aria-labelledby="get_help-heading" className="app-when" data-testid="when-to-get-help">
          <h2 className="app-heading-m" id="get_help-heading">
            {r.getHelpHeading}
          </h2>
          {helpGroups.map(({ group, lines }) => (
            <div className={`app-when__group app-when__group--${group}`} key={group} data-when={group}>
              <h3 className="app-heading-s app-when__heading">{groupHeading[group]}</h3>
              <ul className="app-list app-list--bullet">
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      <div className="app-result__more" data-testid="result-more">
        {nowIds.length > 0 ? (
          <details className="app-section">
            <summary className="app-section__summary" id="now-heading">
              {r.nowHeading}
            </summary>
            <div className="app-section__body">
              <ActionDetails content={content} ids={nowIds} />
            </div>
          </details>
        ) : null}

        <details className="app-section">
          <summary className="app-section__summary">{r.calciumMore}</summary>
          <div className="app-section__body" id="calcium-detail">
            <ActionDetails content={content} ids={ofKind('calcium')} />
          </div>
        </details>

        {ofKind('prevent').length > 0 ? (
          <details className="app-section">
            <summary className="app-section__summary">{r.preventHeading}</summary>
            <div className="app-section__body">
              <ActionDetails content={content} ids={ofKind('prevent')} />
            </div>
          </details>
        ) : null}

        {helpGroups.length > 0 ? (
          <details className="app-section">
            <summary className="app-section__summary">{r.getHelpSources}</summary>
            <div className="app-section__body">
              <ActionDetails content={content} ids={helpIds} />
            </div>
          </details>
        ) : null}

        {level === 'emergency' ? null : (
          <details className="app-section app-myths">
            <summary className="app-section__summary">{r.mythsHeading}</summary>
            <div className="app-section__body">
              {r.myths.map((myth) => (
                <div className="app-myth" key={myth.claim}>
                  <p className="app-myth__claim">{myth.claim}</p>
                  <p>{myth.answer}</p>
                  <SourceRefs ids={myth.sources} label={content.ui.step.sourcesLabel} linked />
                </div>
              ))}
            </div>
          </details>
        )}

        <Handover content={content} output={output} answers={answers} />

        <details className="app-section app-sources" data-testid="sources">
          <summary className="app-section__summary">{r.sourcesHeading}</summary>
          <ol className="app-section__body app-sources__list">
            {citedSources(content, output, mythSources).map((id) => {
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
                  . {source.publication}
                  {source.year ? `, ${source.year}` : ''}.{source.pmid ? ` PubMed ${source.pmid}.` : ''}
                  {source.doi ? ` doi:${source.doi}.` : ''}
                </li>
              );
            })}
          </ol>
        </details>
      </div>

      <p className="app-disclaimer">{r.disclaimer}</p>

      <div className="app-result__actions app-no-print">
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
