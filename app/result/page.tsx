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
import { RestoreError } from '@/app/_components/restore-error';
import { SourceRefs } from '@/app/_components/source-refs';
import { AnswersList } from '@/app/check/_components/answers-list';
import { PrintButton } from './_components/print-button';

const content = contentFor(null);
type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const restored = restoreCheck(await searchParams, { toResult: true });
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

function Actions({ ids, kind }: { ids: readonly ActionId[]; kind: ActionKind }) {
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
export default async function ResultPage({ searchParams }: Props) {
  const restored = restoreCheck(await searchParams, { toResult: true });
  if (!restored?.ok) return <RestoreError />;
  const { snapshot } = restored;
  if (snapshot.status !== 'done') {
    // Not finished: carry on from where the answers stop.
    const { answers, at } = addressOf(snapshot);
    redirect(`/check${checkQuery(answers, at)}`);
  }
  const output = snapshot.output;
  const step = stepOf(snapshot);
  const level = step.kind === 'result' ? step.triage : output.triage;
  const card = content.triage[level];
  const r = content.ui.result;
  const answers = pathAnswers(snapshot);
  const numbers = emergencyNumbers();
  const callPhrases = output.causes.map((id) => content.causes[id].callHandler).filter((p): p is string => Boolean(p));
  const has = (kind: ActionKind) => output.actions.some((id) => content.actions[id].kind === kind);
  // An emergency has no "check your answers" page: Change goes to the last question answered.
  const changeHref = `/check${checkQuery(answers, level === 'emergency' ? answers.length - 1 : answers.length)}`;

  return (
    <article className={`app-result app-result--${level}`} data-triage={level}>
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
        <Actions ids={output.actions.filter((id) => id !== 'tell_call_handler' || callPhrases.length === 0)} kind="now" />
      </section>

      <section aria-labelledby="calcium-heading" className="app-calcium" data-testid="calcium-answer">
        <h2 className="app-heading-m" id="calcium-heading">
          {r.calciumHeading}
        </h2>
        <Actions ids={output.actions} kind="calcium" />
      </section>

      {has('get_help') ? (
        <section aria-labelledby="help-heading">
          <h2 className="app-heading-m" id="help-heading">
            {r.getHelpHeading}
          </h2>
          <Actions ids={output.actions} kind="get_help" />
        </section>
      ) : null}

      {has('prevent') ? (
        <section aria-labelledby="prevent-heading">
          <h2 className="app-heading-m" id="prevent-heading">
            {r.preventHeading}
          </h2>
          <Actions ids={output.actions} kind="prevent" />
        </section>
      ) : null}

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
                {source.authors}. {href ? <a href={href} rel="noreferrer noopener">{source.title}</a> : source.title}.{' '}
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
        <a className="app-link-button" href={`/diagram${checkQuery(answers)}#diagram`} data-testid="see-how">
          {content.diagram.seeHowWeGotHere}
        </a>
        <a className="app-link-button" href="/check">
          {r.startAgain}
        </a>
      </div>
    </article>
  );
}
