import { clinical, sources, SOURCE_ORDER } from '@/content';
import type { SourceId } from '@/content/ids';
import type { ContentPack } from '@/content/types';
import type { TriageOutput } from '@/machines/triage';
import { namedAuthors, sourceHref } from '@/lib/cite';

/** Sources cited anywhere on this result, in the brief's reference order. */
function citedSources(output: TriageOutput, extra: readonly SourceId[]): SourceId[] {
  const cited = new Set<SourceId>([
    ...output.causes.flatMap((id) => clinical.causes[id].sources),
    ...output.actions.flatMap((id) => clinical.actions[id].sources),
    ...extra,
  ]);
  return SOURCE_ORDER.filter((id) => cited.has(id));
}

/** Every source this result cites, once each, as a numbered list the inline citations link to. */
export function References({ content, output, extra, embedded }: { content: ContentPack; output: TriageOutput; extra: readonly SourceId[]; embedded: boolean }) {
  const r = content.ui.result;
  return (
    <details className="app-section app-sources" data-testid="sources">
      <summary className="app-section__summary">{r.sourcesHeading}</summary>
      <ol className="app-section__body app-sources__list">
        {citedSources(output, extra).map((id) => {
          const source = sources[id];
          const href = sourceHref(source);
          return (
            <li key={id} id={`source-${id}`}>
              {/* A reference is written as published, in English: its own language and direction inside any page. */}
              <span lang="en" dir="ltr">
                {namedAuthors(source) ? `${namedAuthors(source)!.replace(/\.$/, '')}. ` : null}
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
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
