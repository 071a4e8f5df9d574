import type { ReactNode } from 'react';
import { clinical, sources } from '@/content';
import { QUESTIONS, type QuestionId, type SourceId, type TriageLevel } from '@/content/ids';
import type { ContentPack } from '@/content/types';
import { ANSWER_RULES, LEVEL_ACTIONS, NONE_RULES, TOGETHER_RULES, type AnswerRule } from '@/machines/triage';
import type { DiagramEdge, DiagramModel, DiagramNode } from '@/machines/to-mermaid';
import { togetherLabel } from '@/machines/answer-labels';
import { shortCite, sourceHref } from '@/lib/cite';

type Level = 3 | 4 | 5;

/** A sub-heading one level under the node's own heading, wherever the details are shown. */
function Sub({ level, children }: { level: Level; children: ReactNode }) {
  const Tag = `h${level}` as 'h3';
  return <Tag className="app-heading-xs">{children}</Tag>;
}

function Sources({ ids, heading, level }: { ids: readonly SourceId[]; heading: string; level: Level }) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  return (
    <>
      <Sub level={level}>{heading}</Sub>
      <ul className="app-list app-list--bullet app-diagram-sources">
        {unique.map((id) => {
          const source = sources[id];
          const href = sourceHref(source);
          return (
            <li key={id}>
              {href ? (
                <a href={href} rel="noreferrer noopener">
                  {shortCite(source)}
                </a>
              ) : (
                shortCite(source)
              )}
              : {source.title}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function RuleSummary({ content, rule }: { content: ContentPack; rule: AnswerRule }) {
  return (
    <span className="app-rule">
      <span className={`app-level app-level--${rule.triage}`}>{content.triage[rule.triage].label}</span>
      {rule.causes.map((id) => (
        <span key={content.causes[id].name} className="app-rule__cause">
          {' '}
          · {content.causes[id].name} ({content.evidenceLabels[clinical.causes[id].evidence]})
        </span>
      ))}
    </span>
  );
}

const edgesFrom = (model: DiagramModel, id: string) => model.edges.filter((e) => e.from === id);
const labelOf = (model: DiagramModel, id: string) => model.nodes.find((n) => n.id === id)?.label ?? id;

function EdgeList({ content, model, edges }: { content: ContentPack; model: DiagramModel; edges: readonly DiagramEdge[] }) {
  return (
    <ul className="app-list app-list--bullet">
      {edges.map((edge) => (
        <li key={edge.index}>
          <strong>{edge.label}</strong> {content.diagram.leadsTo}{' '}
          <a href={`#outline-${edge.to}`} data-node-link={edge.to}>
            {labelOf(model, edge.to)}
          </a>
        </li>
      ))}
    </ul>
  );
}

function QuestionDetails({ content, model, node, level }: { content: ContentPack; model: DiagramModel; node: DiagramNode & { question: QuestionId }; level: Level }) {
  const q = content.questions[node.question];
  const facts = clinical.questions[node.question];
  const rules = ANSWER_RULES[node.question] as Record<string, AnswerRule>;
  const labels = q.answers as Record<string, { label: string; hint?: string }>;
  const none = NONE_RULES[node.question];
  const d = content.diagram;
  return (
    <>
      {q.hint ? <p className="app-hint">{q.hint}</p> : null}
      <Sub level={level}>{d.answersHeading}</Sub>
      <ul className="app-list app-list--bullet">
        {(QUESTIONS[node.question].answers as readonly string[]).map((id) => (
          <li key={id}>
            {labels[id]?.label}
            {labels[id]?.hint ? <span className="app-hint"> ({labels[id]?.hint})</span> : null}
            <br />
            <RuleSummary content={content} rule={rules[id]!} />
          </li>
        ))}
        {q.noneLabel ? (
          <li>
            {q.noneLabel}
            {none ? (
              <>
                <br />
                <RuleSummary content={content} rule={none} />
              </>
            ) : null}
          </li>
        ) : null}
        {(TOGETHER_RULES[node.question] ?? []).map((t) => (
          <li key={t.answers.join('+')}>
            {togetherLabel(content, node.question, t.answers)}
            <br />
            <RuleSummary content={content} rule={t.rule} />
          </li>
        ))}
      </ul>
      <EdgeList content={content} model={model} edges={edgesFrom(model, node.id)} />
      <Sub level={level}>{d.whyHeading}</Sub>
      <p>{q.why.text}</p>
      <Sources ids={[...facts.why.sources, ...Object.values(rules).flatMap((r) => r.causes.flatMap((c) => clinical.causes[c].sources))]} heading={d.sourcesHeading} level={level} />
    </>
  );
}

function ResultDetails({ content, node, level: headingLevel }: { content: ContentPack; node: DiagramNode & { result: TriageLevel }; level: Level }) {
  const level = node.result;
  const card = content.triage[level];
  const d = content.diagram;
  const calling = Object.entries(ANSWER_RULES).flatMap(([question, rules]) =>
    Object.entries(rules as Record<string, AnswerRule>)
      .filter(([, rule]) => rule.triage === level && rule.causes.length > 0)
      .map(([answer, rule]) => ({ question: question as QuestionId, answer, rule })),
  );
  const causes = [...new Set(calling.flatMap((c) => c.rule.causes))];
  const actions = LEVEL_ACTIONS[level];
  return (
    <>
      <p>{card.summary}</p>
      <Sub level={headingLevel}>{d.resultReachedBy}</Sub>
      <ul className="app-list app-list--bullet">
        {calling.map(({ question, answer }) => (
          <li key={`${question}.${answer}`}>
            {content.questions[question].summaryLabel}: {(content.questions[question].answers as Record<string, { label: string }>)[answer]?.label}
          </li>
        ))}
      </ul>
      <Sub level={headingLevel}>{d.resultCausesHeading}</Sub>
      <ul className="app-list app-list--bullet">
        {causes.map((id) => (
          <li key={id}>
            {content.causes[id].name} ({d.evidenceLabel}: {content.evidenceLabels[clinical.causes[id].evidence]})
          </li>
        ))}
      </ul>
      {actions.length > 0 ? (
        <>
          <Sub level={headingLevel}>{d.resultActionsHeading}</Sub>
          <ul className="app-list app-list--bullet">
            {actions.map((id) => (
              <li key={id}>
                {content.actions[id].title} ({d.evidenceLabel}: {content.evidenceLabels[clinical.actions[id].evidence]})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Sources ids={[...causes.flatMap((c) => clinical.causes[c].sources), ...actions.flatMap((a) => clinical.actions[a].sources)]} heading={d.sourcesHeading} level={headingLevel} />
    </>
  );
}

/** Everything a reviewer needs about one node: used by the outline and by the diagram's panel. */
export function NodeDetails({ content, model, node, level }: { content: ContentPack; model: DiagramModel; node: DiagramNode; level: Level }) {
  if (node.kind === 'question' && node.question) return <QuestionDetails content={content} model={model} node={node as DiagramNode & { question: QuestionId }} level={level} />;
  if (node.kind === 'result' && node.result) return <ResultDetails content={content} node={node as DiagramNode & { result: TriageLevel }} level={level} />;
  return <EdgeList content={content} model={model} edges={edgesFrom(model, node.id)} />;
}
