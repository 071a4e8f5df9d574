import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { SummaryRow } from '@/app/_components/summary-row';
import { review } from '@/content';
import { decodeAnswers, checkQuery, oneValue, type SearchParams } from '@/machines/address';
import { DIAGRAM_STAGES, diagramModel, takenPath, tracePath, type DiagramNode, type StageKey } from '@/machines/to-mermaid';
import { diagramDrawings, WHOLE_CHECK, type DiagramDrawing } from '@/machines/diagram-drawings';
import { svgHref } from '@/lib/diagram-svg';
import { CURRENT_REVIEW } from '@/lib/sign-off';
import { reviewStatus } from '@/app/_components/review-status';
import { NodeDetails } from './_components/node-details';
import { DiagramViewer, type DiagramView, type Drawing } from './_components/diagram-viewer';
import { PathAnswers } from './_components/path-answers';
import { ClinicianNav } from '../review/_components/clinician-nav';
import { pageWords } from '../review/_components/page-words';
import type { PathAnswer } from '@/machines/triage';


export async function generateMetadata(): Promise<Metadata> {
  const { d } = await pageWords();
  return { title: d.pageTitle };
}

type Props = { searchParams: Promise<SearchParams> };


/**
 * The clinicians' view: the shipped machine drawn with Mermaid ahead of time
 * (`npm run diagram:svg`: the browser fetches an SVG file and never loads
 * Mermaid), and an outline of the same thing rendered here on the server so it
 * reads without JavaScript. `?a=` highlights one person's path, marked on the SVG.
 */
export default async function DiagramPage({ searchParams }: Props) {
  const { content, clinicianWords, d, dir, base } = await pageWords();
  const params = await searchParams;
  const encoded = oneValue(params, 'a');
  const decoded = encoded.ok && encoded.value ? decodeAnswers(encoded.value) : null;
  const path = decoded?.ok ? tracePath(content, decoded.answers) : null;
  const model = diagramModel(content);
  // Each drawing's SVG made ahead of time (npm run diagram:svg), and where the person's path is in it.
  const drawing = (text: string, view: DiagramDrawing['view'], navigation: boolean): Drawing => ({
    svg: svgHref(text, dir),
    ...(path ? { taken: takenPath(content, { highlight: path, view, navigation, model }) } : {}),
  });
  const views: DiagramView[] = diagramDrawings(content, model).map(({ key, view, full, forward }, i) => ({
    key,
    label: view ? `${i + 1}. ${d.stageNames[view.stage]}${view.parts > 1 ? ` (${view.part}/${view.parts})` : ''}` : d.viewWhole,
    full: drawing(full, view, true),
    forward: drawing(forward, view, false),
  }));
  const initialView = path ? WHOLE_CHECK : views[0]!.key;
  const firstDrawing = views.find((v) => v.key === initialView)!.forward;
  // Fetched as soon as the HTML arrives, not once the page's JavaScript asks for it.
  if ('svg' in firstDrawing) preload(firstDrawing.svg, { as: 'fetch', crossOrigin: 'anonymous' });
  const panels = Object.fromEntries(model.nodes.map((node) => [node.id, <NodeDetails key={node.id} content={content} model={model} node={node} level={3} />]));
  const viewerNodes = model.nodes.map(({ id, label }) => ({ id, label }));
  const mermaidHref = `${base}/diagram/flowchart.mmd${path && decoded?.ok ? checkQuery(decoded.answers as PathAnswer[]) : ''}`;
  const signed = CURRENT_REVIEW.status === 'reviewed' ? CURRENT_REVIEW.signOff : null;
  const byStage = (stage: StageKey | null) => model.nodes.filter((n) => n.stage === stage);

  return (
    <div className="app-diagram-page">
      <h1 className="app-heading-l">{d.pageTitle}</h1>
      <ClinicianNav words={clinicianWords} current="diagram" base={base} />
      {d.lead.map((p) => (
        <p key={p}>{p}</p>
      ))}

      {!encoded.ok || encoded.value ? (
        <section className="app-path" aria-labelledby="path-heading" data-testid="path-summary">
          <h2 className="app-heading-m" id="path-heading">
            {d.pathHeading}
          </h2>
          {path ? (
            <>
              <p>{d.pathLead}</p>
              <PathAnswers content={content} path={path} resultLabel={model.nodes.find((n) => n.id === path.nodes.at(-1))?.label} />
              {model.nodes.find((n) => n.id === path.nodes.at(-1))?.kind === 'result' && decoded?.ok ? (
                <p>
                  <a href={`${base}/result${checkQuery(decoded.answers as PathAnswer[])}`} data-testid="back-to-result">
                    {d.backToResult}
                  </a>
                </p>
              ) : null}
            </>
          ) : (
            <p>{d.pathNone}</p>
          )}
        </section>
      ) : null}

      <DiagramViewer views={views} initialView={initialView} nodes={viewerNodes} panels={panels} words={d} mermaidHref={mermaidHref} />

      <section aria-labelledby="outline-heading" className="app-outline" data-testid="outline">
        <h2 className="app-heading-l" id="outline-heading">
          {d.outlineHeading}
        </h2>
        <p>{d.outlineLead}</p>
        {[...DIAGRAM_STAGES, null].map((stage) => (
          <section key={stage ?? 'any'} aria-labelledby={`outline-stage-${stage ?? 'any'}`}>
            <h3 className="app-heading-m" id={`outline-stage-${stage ?? 'any'}`}>
              {stage ? d.stageNames[stage] : d.startAgainNode}
            </h3>
            {byStage(stage).map((node: DiagramNode) => (
              <section key={node.id} id={`outline-${node.id}`} className={`app-outline__node app-outline__node--${node.kind}`} data-outline-node={node.id}>
                <h4 className="app-heading-s">{node.label}</h4>
                <p className="app-outline__show">
                  <a href="#diagram" data-show-node={node.id}>
                    {d.showInDiagram}
                  </a>
                </p>
                <NodeDetails content={content} model={model} node={node} level={5} />
              </section>
            ))}
          </section>
        ))}
      </section>

      <section aria-labelledby="version-heading" className="app-version">
        <h2 className="app-heading-m" id="version-heading">
          {d.versionHeading}
        </h2>
        <dl className="app-summary-list">
          <SummaryRow label={d.version}>
            {review.version}
          </SummaryRow>
          <SummaryRow label={d.reviewedOn}>
            {signed ? signed.date : d.notReviewed}
          </SummaryRow>
          <SummaryRow label={d.reviewers}>
            {signed ? signed.reviewers.map((r) => `${r.name}, ${r.role}${r.registration ? ` (${r.registration})` : ''}`).join('; ') : '—'}
          </SummaryRow>
        </dl>
        <p>{reviewStatus(content.ui)}</p>
        <p>
          <a href={`${base}/fhir/Questionnaire`} download={`leg-cramp-check-questionnaire-${review.version}.json`} data-testid="fhir-questionnaire">
            {d.downloadQuestionnaire}
          </a>
        </p>
      </section>
    </div>
  );
}
