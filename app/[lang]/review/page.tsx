import type { Metadata } from 'next';
import Link from 'next/link';
import { SummaryRow } from '@/app/_components/summary-row';
import type { ReactNode } from 'react';
import { clinical, MYTH_IDS, review, sources, SOURCE_ORDER } from '@/content';
import { ADVICE_FROM, FLOW, LEVEL_ACTIONS, QUESTION_STAGES, type AnswerRule } from '@/content/clinical/flow';
import { HAZARDS, riskRating } from '@/content/clinical/hazards';
import { SIGN_OFFS } from '@/content/clinical/sign-offs';
import { TRIAGE_LEVELS, type ActionId, type CauseId, type QuestionId, type SourceId } from '@/content/ids';
import type { ClinicianContent, ContentPack } from '@/content/types';
import { diagramModel, type DiagramModel } from '@/machines/to-mermaid';
import { TOGETHER_RULES } from '@/machines/rules';
import { togetherLabel } from '@/machines/answer-labels';
import { CURRENT_REVIEW } from '@/lib/sign-off';
import { fill } from '@/lib/fill';
import { shortCite } from '@/lib/cite';
import { reviewStatus } from '@/app/_components/review-status';
import { ClinicianNav } from './_components/clinician-nav';
import { pageWords } from './_components/page-words';

const reviewWords = async () => {
  const words = await pageWords();
  return { ...words, words: words.clinicianWords.review };
};
import { SourceList } from './_components/source-list';


export async function generateMetadata(): Promise<Metadata> {
  const { words } = await reviewWords();
  return { title: words.title };
}

/** A reviewer's note, marked as one (shown on the clinicians' pages only). */
async function Note({ text }: { text: string | undefined }) {
  const { words } = await reviewWords();
  if (!text) return null;
  return (
    <p className="app-reviewer-note" data-reviewer-note>
      <strong>{words.noteLabel}:</strong> {text}
    </p>
  );
}

/** One cause, action or myth: its heading, what it says, its sources and the reviewers' note. */
function Entry({ id, heading, facts, children }: { id: string; heading: ReactNode; facts: { sources: readonly SourceId[]; reviewerNote?: string }; children: ReactNode }) {
  return (
    <section className="app-review-entry" aria-labelledby={id}>
      <h3 className="app-heading-s" id={id}>
        {heading}
      </h3>
      {children}
      <SourceList ids={facts.sources} />
      <Note text={facts.reviewerNote} />
    </section>
  );
}

const Level = ({ content, rule }: { content: ContentPack; rule: AnswerRule }) => (
  <span className={`app-level app-level--${rule.triage}`}>{content.triage[rule.triage].label}</span>
);

async function CauseNames({ ids }: { ids: readonly CauseId[] }) {
  const { content, words } = await reviewWords();
  if (ids.length === 0) return <>{words.noCauses}</>;
  return (
    <ul className="app-list">
      {ids.map((id) => (
        <li key={id}>
          {content.causes[id].name} <span className="app-hint">({content.evidenceLabels[clinical.causes[id].evidence]})</span>
        </li>
      ))}
    </ul>
  );
}

async function ActionTitles({ ids }: { ids: readonly ActionId[] }) {
  const { content, words } = await reviewWords();
  if (ids.length === 0) return <>{words.noCauses}</>;
  return (
    <ul className="app-list">
      {ids.map((id) => (
        <li key={id}>
          {content.actions[id].title} <span className="app-hint">({content.evidenceLabels[clinical.actions[id].evidence]})</span>
        </li>
      ))}
    </ul>
  );
}

const ruleSources = (rule: AnswerRule) => [...rule.causes.flatMap((c) => clinical.causes[c].sources), ...rule.actions.flatMap((a) => clinical.actions[a].sources)];

async function AnswerRow({ label, rule }: { label: ReactNode; rule: AnswerRule }) {
  const { content } = await reviewWords();
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <Level content={content} rule={rule} />
      </td>
      <td>
        <CauseNames ids={rule.causes} />
      </td>
      <td>
        <ActionTitles ids={rule.actions} />
      </td>
      <td>
        <SourceList ids={ruleSources(rule)} />
      </td>
    </tr>
  );
}

const NEUTRAL: AnswerRule = { triage: 'self_care', causes: [], actions: [] };

/** The same words, whatever the case or the full stop. */
const sameWords = (a: string, b: string) => a.replace(/[.\s]+$/, '').toLowerCase() === b.replace(/[.\s]+$/, '').toLowerCase();

async function Question({ id, model }: { id: QuestionId; model: DiagramModel }) {
  const { content, words } = await reviewWords();
  const page = FLOW[id];
  const q = content.questions[id];
  const labels = q.answers as Record<string, { label: string; hint?: string }>;
  const facts = clinical.questions[id];
  const nodeLabel = (to: string) => model.nodes.find((n) => n.id === to)?.label ?? to;
  const c = words.columns;
  return (
    <section className="app-review-question" id={`q-${id}`} aria-labelledby={`q-${id}-heading`} data-review-question={id}>
      <h3 className="app-heading-m" id={`q-${id}-heading`}>
        {q.heading}
      </h3>
      <p className="app-hint">
        {words.questionIdLabel}: <code>{id}</code> · {page.multiple ? words.tickAny : words.oneAnswer}
        {/* The page's own hint, unless it only says the same ("Tick any that apply."). */}
        {q.hint && !sameWords(q.hint, page.multiple ? words.tickAny : words.oneAnswer) ? ` · ${q.hint}` : ''}
      </p>
      <p>
        <strong>{words.whyLabel}:</strong> {q.why.text}
      </p>
      <SourceList ids={facts.why.sources} />
      <div className="app-table-wrap">
        <table className="app-table">
          <caption className="app-visually-hidden">{fill(words.answersCaption, { question: q.heading })}</caption>
          <thead>
            <tr>
              <th scope="col">{c.answer}</th>
              <th scope="col">{c.level}</th>
              <th scope="col">{c.causes}</th>
              <th scope="col">{c.actions}</th>
              <th scope="col">{c.refs}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(page.answers as Record<string, AnswerRule>).map(([answer, rule]) => (
              <AnswerRow
                key={answer}
                rule={rule}
                label={
                  <>
                    {labels[answer]?.label} <code className="app-hint">{answer}</code>
                    {labels[answer]?.hint ? <span className="app-hint app-review-answer-hint">{labels[answer]?.hint}</span> : null}
                  </>
                }
              />
            ))}
            {q.noneLabel ? <AnswerRow rule={('none' in page && page.none) || NEUTRAL} label={q.noneLabel} /> : null}
            {(TOGETHER_RULES[id] ?? []).map((t) => (
              <AnswerRow
                key={t.answers.join('+')}
                rule={t.rule}
                label={
                  <>
                    {togetherLabel(content, id, t.answers)} <code className="app-hint">{t.answers.join(' + ')}</code>
                  </>
                }
              />
            ))}
          </tbody>
        </table>
      </div>
      <h4 className="app-heading-s">{words.leadsHeading}</h4>
      <ul className="app-list app-list--bullet">
        {model.edges
          .filter((e) => e.from === id && e.event === 'answer')
          .map((edge) => (
            <li key={edge.index}>
              {edge.label} → {nodeLabel(edge.to)}
            </li>
          ))}
      </ul>
      <Note text={facts.reviewerNote} />
    </section>
  );
}

/**
 * The clinicians' review: every question, answer and rule with its sources and
 * evidence, the reviewers' notes (shown here only), the version and its
 * sign-offs. Server-rendered; reads and prints without JavaScript.
 */
export default async function ReviewPage() {
  const { content, clinicianWords, words, base } = await reviewWords();
  const model = diagramModel(content);
  const questions = Object.keys(FLOW) as QuestionId[];
  const d = content.diagram;
  return (
    <div className="app-clinician-page">
      <h1 className="app-heading-l">{words.title}</h1>
      <ClinicianNav words={clinicianWords} current="review" base={base} />
      {words.lead.map((p) => (
        <p key={p}>{p}</p>
      ))}

      <section aria-labelledby="status-heading" className="app-clinician-status">
        <h2 className="app-heading-m" id="status-heading">
          {words.statusHeading}
        </h2>
        <dl className="app-summary-list">
          <SummaryRow label={words.versionLabel}>
            {review.version}
          </SummaryRow>
          <SummaryRow label={words.statusLabel} valueProps={{ 'data-testid': 'clinician-status' }}>
            {reviewStatus(content.ui)}
          </SummaryRow>
          <SummaryRow label={words.hashLabel}>
            <code className="app-hash">{CURRENT_REVIEW.hash}</code>
          </SummaryRow>
        </dl>
        <h3 className="app-heading-s">{words.signOffsHeading}</h3>
        {SIGN_OFFS.length === 0 ? (
          <p>{words.noSignOffs}</p>
        ) : (
          <ul className="app-list app-list--bullet">
            {SIGN_OFFS.map((s) => (
              <li key={`${s.version}-${s.snapshotHash}`}>
                {fill(words.signOffLine, {
                  date: s.date,
                  version: s.version,
                  reviewers: s.reviewers.map((r) => `${r.name}, ${r.role}${r.registration ? ` (${r.registration})` : ''}`).join('; '),
                })}
              </li>
            ))}
          </ul>
        )}
        <h3 className="app-heading-s">{words.howToSignHeading}</h3>
        <ol className="app-list app-list--number">
          {words.howToSign.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      <nav aria-labelledby="contents-heading" className="app-no-print">
        <h2 className="app-heading-s" id="contents-heading">
          {words.contentsHeading}
        </h2>
        <ul className="app-list app-list--bullet">
          {QUESTION_STAGES.map((stage) => (
            <li key={stage}>
              <a href={`#stage-${stage}`}>{d.stageNames[stage]}</a>
            </li>
          ))}
          {(
            [
              ['results', words.resultsHeading],
              ['causes', words.causesHeading],
              ['actions', words.actionsHeading],
              ['myths', words.mythsHeading],
              ['bibliography', words.bibliographyHeading],
              ['hazards', words.hazardsHeading],
            ] as const
          ).map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <h2 className="app-heading-l">{words.questionsHeading}</h2>
      {QUESTION_STAGES.map((stage) => (
        <section key={stage} id={`stage-${stage}`} aria-labelledby={`stage-${stage}-heading`}>
          <h2 className="app-heading-m app-clinician-stage" id={`stage-${stage}-heading`}>
            {words.stageLabel}: {d.stageNames[stage]}
          </h2>
          {questions
            .filter((q) => FLOW[q].stage === stage)
            .map((q) => (
              <Question key={q} id={q} model={model} />
            ))}
        </section>
      ))}

      <section id="results" aria-labelledby="results-heading">
        <h2 className="app-heading-l" id="results-heading">
          {words.resultsHeading}
        </h2>
        <ul className="app-list app-list--bullet">
          {model.edges
            .filter((e) => e.from === 'review' && e.event === 'confirm')
            .map((edge) => (
              <li key={edge.index}>
                {edge.label} → {content.triage[edge.to as (typeof TRIAGE_LEVELS)[number]]?.label ?? edge.to}
              </li>
            ))}
        </ul>
        <p>{words.resultsLead}</p>
        <dl className="app-summary-list">
          {TRIAGE_LEVELS.map((level) => (
            <SummaryRow key={level} label={<><span className={`app-level app-level--${level}`}>{content.triage[level].label}</span></>}>
              <ActionTitles ids={LEVEL_ACTIONS[level]} />
              {/* A same-day result gives only same-day advice (content 0.7.0): whose advice each level carries. */}
              <p className="app-review__advice-from" data-advice-from={level}>
                {words.adviceFromLabel}: {ADVICE_FROM[level].map((from) => content.triage[from].label).join(', ')}
              </p>
            </SummaryRow>
          ))}
        </dl>
      </section>

      <section id="causes" aria-labelledby="causes-heading">
        <h2 className="app-heading-l" id="causes-heading">
          {words.causesHeading}
        </h2>
        {(Object.keys(clinical.causes) as CauseId[]).map((id) => (
          <Entry
            key={id}
            id={`cause-${id}`}
            facts={clinical.causes[id]}
            heading={
              <>
                {content.causes[id].name}
                {content.causes[id].term ? <span className="app-hint"> ({content.causes[id].term})</span> : null} <code className="app-hint">{id}</code>
              </>
            }
          >
            <p>{content.causes[id].summary}</p>
            <p>
              <strong>{words.strengthLabel}:</strong> {content.evidenceLabels[clinical.causes[id].evidence]}
            </p>
          </Entry>
        ))}
      </section>

      <section id="actions" aria-labelledby="actions-heading">
        <h2 className="app-heading-l" id="actions-heading">
          {words.actionsHeading}
        </h2>
        {(Object.keys(clinical.actions) as ActionId[]).map((id) => (
          <Entry
            key={id}
            id={`action-${id}`}
            facts={clinical.actions[id]}
            heading={
              <>
                {content.actions[id].title} <code className="app-hint">{id}</code>
              </>
            }
          >
            <p>
              <strong>{words.actionPlaceLabel}:</strong> {words.actionPlaces[clinical.actions[id].kind]} · <strong>{words.strengthLabel}:</strong>{' '}
              {content.evidenceLabels[clinical.actions[id].evidence]}
            </p>
          </Entry>
        ))}
      </section>

      <section id="myths" aria-labelledby="myths-heading">
        <h2 className="app-heading-l" id="myths-heading">
          {words.mythsHeading}
        </h2>
        {MYTH_IDS.map((id) => (
          <Entry key={id} id={`myth-${id}`} facts={clinical.myths[id]} heading={content.ui.result.myths[id].claim}>
            <p>{content.ui.result.myths[id].answer}</p>
          </Entry>
        ))}
      </section>

      <section id="bibliography" aria-labelledby="bibliography-heading">
        <h2 className="app-heading-l" id="bibliography-heading">
          {words.bibliographyHeading}
        </h2>
        <ol className="app-list app-list--number app-clinician-bibliography">
          {SOURCE_ORDER.map((id) => {
            const source = sources[id];
            return (
              <li key={id} id={`source-${id}`}>
                <strong>{shortCite(source)}</strong>: {source.authors}. {source.title}. {source.publication}. {words.briefRefLabel} [{source.briefRef}].
                <Note text={source.note} />
              </li>
            );
          })}
        </ol>
      </section>

      <section id="hazards" aria-labelledby="hazards-heading">
        <h2 className="app-heading-l" id="hazards-heading">
          {words.hazardsHeading}
        </h2>
        <p>
          {words.hazardsLead} <Link href={`${base}/review/safety`} prefetch={false}>{clinicianWords.nav.safety}</Link>
        </p>
        <ul className="app-list app-list--bullet">
          {HAZARDS.map((h) => (
            <li key={h.id}>
              <strong>{h.id}</strong> {h.title} ({clinicianWords.safety.residualLabel}: {riskRating(h.residual.severity, h.residual.likelihood)})
            </li>
          ))}
        </ul>
      </section>

      <SignOffForm words={words.signOffForm} version={review.version} hash={CURRENT_REVIEW.hash} />
    </div>
  );
}

/** The last thing printed: a form to fill in by hand and sign, naming the exact snapshot it signs. */
function SignOffForm({ words, version, hash }: { words: ClinicianContent['review']['signOffForm']; version: string; hash: string }) {
  const line = (label: string, key: string, tall = false) => (
    <div className={`app-sign-off__field${tall ? ' app-sign-off__field--tall' : ''}`} key={key}>
      <dt>{label}</dt>
      <dd />
    </div>
  );
  return (
    <section id="sign-off-form" aria-labelledby="sign-off-form-heading" className="app-sign-off" data-testid="sign-off-form">
      <h2 className="app-heading-l" id="sign-off-form-heading">
        {words.heading}
      </h2>
      <p>{fill(words.lead, { version, hash })}</p>
      <dl className="app-sign-off__fields">
        {line(words.name, 'name')}
        {line(words.role, 'role')}
        {line(words.registration, 'registration')}
        {line(words.date, 'date')}
        <div className="app-sign-off__field app-sign-off__field--choices">
          <dt>{words.decision}</dt>
          <dd>
            <ul className="app-list">
              {words.decisions.map((decision) => (
                <li key={decision}>
                  <span className="app-sign-off__box" aria-hidden="true" /> {decision}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {line(words.changes, 'changes', true)}
        {line(words.signature, 'signature')}
      </dl>
    </section>
  );
}
