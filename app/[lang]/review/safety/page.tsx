import type { Metadata } from 'next';
import { SummaryRow } from '@/app/_components/summary-row';
import {
  HAZARD_LOG_STATUS,
  HAZARDS,
  LIKELIHOOD_DEFINITIONS,
  LIKELIHOODS,
  RISK_MEANINGS,
  riskRating,
  SEVERITIES,
  SEVERITY_DEFINITIONS,
  type Risk,
  type RiskRating,
} from '@/content/clinical/hazards';
import { fill } from '@/lib/fill';
import { ClinicianNav } from '../_components/clinician-nav';
import { pageWords } from '../_components/page-words';


export async function generateMetadata(): Promise<Metadata> {
  const { clinicianWords } = await pageWords();
  const words = clinicianWords.safety;
  return { title: words.title };
}

/** "Major × Low: rating 3 (Undesirable)": the words say it, the number is never colour alone. */
async function RiskText({ risk }: { risk: Risk }) {
  const { clinicianWords } = await pageWords();
  const words = clinicianWords.safety;
  const rating = riskRating(risk.severity, risk.likelihood);
  return (
    <span data-rating={rating}>
      {fill(words.riskLine, {
        severity: words.severities[risk.severity],
        likelihood: words.likelihoods[risk.likelihood],
        rating,
        label: RISK_MEANINGS[rating].label,
      })}
    </span>
  );
}

const RATINGS = [1, 2, 3, 4, 5] as const satisfies readonly RiskRating[];

/**
 * The safety case: the hazard log (content/clinical/hazards.ts) with its risk
 * matrix, each control naming the test that checks it. Server-rendered; reads
 * and prints without JavaScript.
 */
export default async function SafetyPage() {
  const { clinicianWords, base } = await pageWords();
  const words = clinicianWords.safety;
  return (
    <div className="app-clinician-page">
      <h1 className="app-heading-l">{words.title}</h1>
      <ClinicianNav words={clinicianWords} current="safety" base={base} />
      {words.lead.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <section aria-labelledby="log-status-heading" className="app-inset" data-testid="hazard-log-status" data-status={HAZARD_LOG_STATUS.status}>
        <h2 className="app-heading-s app-inset__heading" id="log-status-heading">
          {words.statusHeading}
        </h2>
        <p>{HAZARD_LOG_STATUS.text}</p>
      </section>

      <section aria-labelledby="matrix-heading">
        <h2 className="app-heading-m" id="matrix-heading">
          {words.matrixHeading}
        </h2>
        <div className="app-table-wrap">
          <table className="app-table app-risk-matrix">
            <caption>{words.matrixCaption}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {words.likelihoodHeading} \ {words.severityHeading}
                </th>
                {SEVERITIES.map((s) => (
                  <th scope="col" key={s}>
                    {words.severities[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...LIKELIHOODS].reverse().map((l) => (
                <tr key={l}>
                  <th scope="row">{words.likelihoods[l]}</th>
                  {SEVERITIES.map((s) => (
                    <td key={s}>
                      <span className="app-risk">{riskRating(s, l)}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 className="app-heading-s">{words.ratingsHeading}</h3>
        <dl className="app-summary-list">
          {RATINGS.map((r) => (
            <SummaryRow key={r} label={<><span className="app-risk">{r}</span> {RISK_MEANINGS[r].label}</>}>
              {RISK_MEANINGS[r].meaning}
            </SummaryRow>
          ))}
        </dl>
        <h3 className="app-heading-s">{words.definitionsHeading}</h3>
        <dl className="app-summary-list">
          {SEVERITIES.map((s) => (
            <SummaryRow key={s} label={<>{words.severityHeading}: {words.severities[s]}</>}>
              {SEVERITY_DEFINITIONS[s]}
            </SummaryRow>
          ))}
          {LIKELIHOODS.map((l) => (
            <SummaryRow key={l} label={<>{words.likelihoodHeading}: {words.likelihoods[l]}</>}>
              {LIKELIHOOD_DEFINITIONS[l]}
            </SummaryRow>
          ))}
        </dl>
      </section>

      <section aria-labelledby="log-heading">
        <h2 className="app-heading-m" id="log-heading">
          {words.logHeading}
        </h2>
        <p>{fill(words.count, { count: HAZARDS.length })}</p>
        {HAZARDS.map((h) => (
          <section key={h.id} id={h.id} className="app-review-entry app-hazard" aria-labelledby={`${h.id}-heading`} data-hazard={h.id}>
            <h3 className="app-heading-s" id={`${h.id}-heading`}>
              {h.id}: {h.title}
            </h3>
            <dl className="app-summary-list">
              <SummaryRow label={words.causeLabel}>
                {h.cause}
              </SummaryRow>
              <SummaryRow label={words.effectLabel}>
                {h.effect}
              </SummaryRow>
              <SummaryRow label={words.initialLabel}>
                <RiskText risk={h.initial} />
              </SummaryRow>
              <SummaryRow label={words.controlsLabel}>
                <ol className="app-list app-list--number">
                    {h.controls.map((c) => (
                      <li key={c.test.file + c.test.name}>
                        {c.text}
                        <br />
                        <span className="app-hint">
                          {words.testLabel}: <code>{c.test.file}</code> “{c.test.name}”
                        </span>
                      </li>
                    ))}
                  </ol>
              </SummaryRow>
              <SummaryRow label={words.residualLabel} valueProps={{ 'data-residual': true }}>
                <RiskText risk={h.residual} />
              </SummaryRow>
              {h.note ? (
                <SummaryRow label={words.noteLabel}>
                  {h.note}
                </SummaryRow>
              ) : null}
            </dl>
          </section>
        ))}
      </section>
    </div>
  );
}
