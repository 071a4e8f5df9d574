import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { clinical, contentFor, forReader, MYTH_IDS } from '@/content';
import { langOf, languageBase } from '@/content/languages';
import { CALCIUM_ANSWER_IDS, type ActionId, type ActionKind, type TriageLevel } from '@/content/ids';
import { checkQuery, resultHref, stepHref, withReader, type SearchParams } from '@/machines/address';
import { pathAnswers } from '@/machines/replay';
import { restoreRequest } from '@/lib/restore-request';
import { emergencyNumbers } from '@/lib/emergency';
import type { Surface } from '@/lib/embed-settings';
import { SourceRefs } from '@/app/_components/source-refs';
import { CannotRestore, cannotRestoreTitle } from './cannot-restore';
import { Handover } from './handover';
import { TranslationStatus } from '@/app/_components/translation-status';
import { PrintButton } from './print-button';
import { ActionDetails } from './result/action-details';
import { References } from './result/references';
import { helpGroupsFor, WhenToGetHelp } from './result/when-to-get-help';
import { TapAction } from './result/tap-action';
import { Because } from './result/because';
import { endedAtWarningSigns, LEVEL_ACTIONS, reasonsFor } from '@/machines/rules';
import { callHandlerWords } from '@/machines/answer-labels';

export function resultMetadata(params: SearchParams, surface: Surface): Metadata {
  const restored = restoreRequest(params, { toResult: true });
  if (!restored.ok) return { title: cannotRestoreTitle(restored.error, surface.settings.lang) };
  const content = forReader(contentFor(surface.settings.lang), restored.address.forOther);
  if (restored.snapshot.status !== 'done') return { title: content.ui.restoreError.heading };
  return { title: `${content.ui.result.pageTitle}: ${content.triage[restored.snapshot.output.triage].heading}` };
}


/** The action the care card itself already is, so the detail below does not say it again. */
const CARD_ACTION: Partial<Record<TriageLevel, ActionId>> = { emergency: 'call_emergency' };

/** How many "do this now" lines the first screen can hold. */
const DO_NOW_MAX = 2;

/**
 * The result: the answer first (care card, what to do, a short summary), then the detail on request.
 * `origin` is where people reach the app (`publicOrigin`), for the QR code that reopens the
 * result elsewhere; null shows no code.
 */
export function ResultPage({ params, surface, origin }: { params: SearchParams; surface: Surface; origin: string | null }) {
  const { base, settings, embedded } = surface;
  const restored = restoreRequest(params, { toResult: true });
  if (!restored.ok) return <CannotRestore error={restored.error} base={base} lang={settings.lang} />;
  // Answered for someone else: the care card and what to do speak of "them", as the questions did.
  const content = forReader(contentFor(settings.lang), restored.address.forOther);
  const { snapshot } = restored;
  // Not finished: carry on from where the answers stop.
  if (snapshot.status !== 'done') redirect(stepHref(base, restored.address));
  const output = snapshot.output;
  const level = output.triage;
  const card = content.triage[level];
  const r = content.ui.result;
  const answers = pathAnswers(snapshot);
  const reasons = reasonsFor(answers);
  const numbers = emergencyNumbers(settings.emergencyNumber);
  const action = (id: ActionId) => content.actions[id];
  const ofKind = (kind: ActionKind) => output.actions.filter((id) => clinical.actions[id].kind === kind);

  // What to tell the call handler (or the urgent line): the warning signs ticked, each in its own words.
  const callPhrases = callHandlerWords(content, answers);
  const nowIds = ofKind('now').filter((id) => id !== CARD_ACTION[level] && (id !== 'tell_call_handler' || callPhrases.length === 0));
  // What the answers call for first (first aid while waiting, not rubbing a calf), then the level's own lines.
  const answersFirst = [...nowIds.filter((id) => !LEVEL_ACTIONS[level].includes(id)), ...nowIds.filter((id) => LEVEL_ACTIONS[level].includes(id))];
  const doNow = answersFirst.filter((id) => action(id).short).slice(0, DO_NOW_MAX);
  const calciumId = output.actions.find((id): id is (typeof CALCIUM_ANSWER_IDS)[number] => (CALCIUM_ANSWER_IDS as readonly string[]).includes(id));
  const calciumShort = calciumId ? (action(calciumId).short ?? []) : [];

  // The calcium answer first, then what else the answers add (e.g. "if you take calcium tablets").
  const calciumIds = [...ofKind('calcium')].sort((a, b) => Number(b === calciumId) - Number(a === calciumId));
  // The calcium myth is the calcium answer itself, given above; the others are answered below.
  const mythIds = level === 'emergency' ? [] : MYTH_IDS.filter((id) => id !== 'calcium');
  const helpIds = ofKind('get_help');
  const helpGroups = helpGroupsFor(content, level, helpIds);

  // An emergency has no "check your answers" page: Change goes to the last question answered.
  const changeHref = stepHref(base, withReader({ answers, at: level === 'emergency' ? answers.length - 1 : answers.length, kept: [] }, restored.address.forOther === true));
  // Links that leave the frame open in a new tab; inside the site they stay put.
  const outward = embedded ? { target: '_blank', rel: 'noopener noreferrer' } : {};
  // The clinicians' pages live on the site, in this language: from a frame, its site address.
  const siteBase = embedded ? languageBase(langOf(content.lang)) : base;
  // The QR code opens this result on the site, in this language, from the frame too: the answers and
  // content version, nothing of the clinic's frame. None on an emergency, like the print button: the
  // person should be calling, not printing or handing over a screen.
  const codeHref = origin && level !== 'emergency' ? `${origin}${resultHref(siteBase, { answers })}` : null;
  const mythSources = mythIds.flatMap((id) => clinical.myths[id].sources);
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
      <TranslationStatus lang={content.lang} className="app-translation-status" />

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
            const facts = clinical.causes[id];
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
                    {/* Inside "More about this", so the first screens stay within the answer-first word budget. */}
                    <Because content={content} given={reasons.causes[id] ?? []} className="app-cause__because" testId="because-cause" />
                    {cause.explanation ? <p>{cause.explanation}</p> : null}
                    <p className="app-evidence">
                      <span className="app-evidence__label">{r.evidenceLabel}</span>{' '}
                      <span className={`app-tag app-tag--${facts.evidence}`}>{content.evidenceLabels[facts.evidence]}</span>
                    </p>
                    <SourceRefs ids={facts.sources} label={content.ui.step.sourcesLabel} linked />
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      </section>

      {/* Every result answers the calcium question but an emergency that is not about low calcium (content 0.7.0). */}
      {calciumId ? (
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
                {/* On a same-day result, the calcium answer's first sentence only: getting seen comes first. */}
                {(level === 'urgent' ? calciumShort.slice(0, 1) : calciumShort).join(' ')} <a href="#calcium-detail">{r.calciumMore}</a>
              </p>
            </>
          )}
        </section>
      ) : null}

      <WhenToGetHelp content={content} helpGroups={helpGroups} numbers={numbers} />

      <div className="app-result__more" data-testid="result-more">
        {/* Why this level: the first of the details, so the answer-first screens stay within their word budget. */}
        <details className="app-section app-result__because">
          <summary className="app-section__summary">{r.becauseLevel}</summary>
          <div className="app-section__body">
            <Because content={content} given={reasons.level} testId="because-level" />
          </div>
        </details>
        {nowIds.length > 0 ? (
          <details className="app-section">
            <summary className="app-section__summary" id="now-heading">
              {r.nowHeading}
            </summary>
            <div className="app-section__body">
              <ActionDetails content={content} ids={nowIds} />
              {level === 'urgent' && endedAtWarningSigns(answers) ? <p data-testid="stopped-early">{r.stoppedEarly}</p> : null}
            </div>
          </details>
        ) : null}

        {calciumIds.length > 0 ? (
          <details className="app-section">
            <summary className="app-section__summary">{r.calciumMore}</summary>
            <div className="app-section__body" id="calcium-detail">
              <ActionDetails content={content} ids={calciumIds} />
            </div>
          </details>
        ) : null}

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
              <p>{r.getHelpSourcesLead}</p>
              <ActionDetails content={content} ids={helpIds} />
            </div>
          </details>
        ) : null}

        {mythIds.length === 0 ? null : (
          <details className="app-section app-myths">
            <summary className="app-section__summary">{r.mythsHeading}</summary>
            <div className="app-section__body">
              {mythIds.map((id) => (
                <div className="app-myth" key={id}>
                  <p className="app-myth__claim">{r.myths[id].claim}</p>
                  <p>{r.myths[id].answer}</p>
                  <SourceRefs ids={clinical.myths[id].sources} label={content.ui.step.sourcesLabel} linked />
                </div>
              ))}
            </div>
          </details>
        )}

        <Handover content={content} output={output} answers={answers} levelReasons={reasons.level} codeHref={codeHref} />

        {/* For a clinic's record system: the same answers and result as FHIR (machines/fhir.ts), made on request, kept nowhere. */}
        <div className="app-fhir app-no-print">
          <p>
            <a className="app-link-button" href={`${siteBase}/fhir/QuestionnaireResponse${checkQuery(answers)}`} download data-testid="fhir-download">
              {content.ui.fhir.download}
            </a>
          </p>
          <p className="app-hint">{content.ui.fhir.downloadHint}</p>
        </div>

        <References content={content} output={output} extra={mythSources} embedded={embedded} />
      </div>

      <p className="app-disclaimer">{r.disclaimer}</p>

      <div className="app-result__actions app-no-print">
        <a className="app-button app-button--secondary" href={changeHref}>
          {r.changeAnswers}
        </a>
        <a className="app-link-button" href={`${siteBase}/diagram${checkQuery(answers)}#diagram`} data-testid="see-how" {...outward}>
          {content.diagram.seeHowWeGotHere}
        </a>
        <a className="app-link-button" href={`${base}/check`}>
          {r.startAgain}
        </a>
      </div>
    </article>
  );
}
