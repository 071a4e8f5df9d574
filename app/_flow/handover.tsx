import { QUESTIONS } from '@/content/ids';
import type { ContentPack } from '@/content/types';
import { chosenIds, type GivenAnswer, type PathAnswer, type TriageOutput } from '@/machines/triage';
import { givenLabels } from '@/machines/answer-labels';
import { review } from '@/content';
import { TranslationStatus } from '@/app/_components/translation-status';
import { reviewStatus } from '@/app/_components/review-status';
import { AnswersList } from './answers-list';
import { DATE_LOCALES, langOf } from '@/content/languages';
import { LocalTime } from './local-time';
import { ResultCode } from './result/result-code';

/**
 * What was not ticked on the warning-sign pages: the pertinent negatives a
 * doctor reads first ("no chest pain or breathlessness").
 */
export function pertinentNegatives(content: ContentPack, answers: readonly PathAnswer[]): string[] {
  return answers.flatMap(({ question, value }) => {
    const { stage, multiple, answers: ids } = QUESTIONS[question];
    if (stage !== 'red_flags' || !multiple) return [];
    const ticked = chosenIds(value);
    const labels = content.questions[question].answers as Record<string, { label: string }>;
    return (ids as readonly string[]).filter((id) => !ticked.includes(id)).map((id) => labels[id]!.label);
  });
}

/**
 * The handover for a doctor: on screen, the answers given behind a disclosure;
 * printed, the only thing on the page (see the print styles), on at most two A4 pages.
 * `codeHref`, where there is one, is the result's own address on the site, which
 * a QR code beside the facts carries to a clinician's screen.
 */
export function Handover({
  content,
  output,
  answers,
  levelReasons,
  codeHref,
}: {
  content: ContentPack;
  output: TriageOutput;
  answers: readonly PathAnswer[];
  /** The answers that set the level (`reasonsFor(answers).level`, worked out once by the result page). */
  levelReasons: readonly GivenAnswer[];
  codeHref: string | null;
}) {
  // "A, B and C" as this language writes a list (Arabic's own comma and "و").
  const list = new Intl.ListFormat(content.lang, { style: 'long', type: 'conjunction' });
  const h = content.ui.result.handover;
  const card = content.triage[output.triage];
  const negatives = pertinentNegatives(content, answers);
  const advice = output.actions.map((id) => content.actions[id].title);
  // The answers that set the level, as on the result ("Why this result"): printed only, so the paper says it too.
  const because = givenLabels(content, levelReasons);
  return (
    <details className="app-section app-handover" id="handover" data-testid="handover">
      <summary className="app-section__summary">{h.open}</summary>
      <div className="app-section__body" id="handover-content">
        <h2 className="app-heading-m app-handover__heading">{h.heading}</h2>
        {/* A doctor reading a translated summary should know it was not checked. */}
        <TranslationStatus lang={content.lang} />
        <div className="app-handover__top">
          <dl className="app-handover__facts">
            <div>
              <dt>{h.made}</dt>
              <dd data-testid="handover-made">
                <LocalTime iso={new Date().toISOString()} locale={DATE_LOCALES[langOf(content.lang)]} />
              </dd>
            </div>
            <div>
              <dt>{h.version}</dt>
              <dd data-testid="handover-version">
                {review.version} ({reviewStatus(content.ui)})
              </dd>
            </div>
            <div>
              <dt>{h.level}</dt>
              <dd>
                {card.label} – {card.heading}
              </dd>
            </div>
            {because.length > 0 ? (
              <div className="app-handover__because">
                <dt>{content.ui.result.becauseLevel}</dt>
                <dd data-testid="handover-because">{list.format(because)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{h.causes}</dt>
              <dd>{list.format(output.causes.map((id) => content.causes[id]).map((c) => (c.term ? `${c.name} (${c.term})` : c.name)))}</dd>
            </div>
          </dl>
          {codeHref ? <ResultCode href={codeHref} content={content} /> : null}
        </div>
        <h3 className="app-heading-s">{h.answers}</h3>
        <AnswersList content={content} answers={answers} />
        {negatives.length > 0 ? (
          <>
            <h3 className="app-heading-s">{h.negatives}</h3>
            <ul className="app-list app-list--bullet app-handover__negatives" data-testid="handover-negatives">
              {negatives.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h3 className="app-heading-s">{h.advice}</h3>
        <p>{list.format(advice)}</p>
      </div>
    </details>
  );
}
