import { sources } from '@/content/clinical/sources';
import type { SourceId } from '@/content/ids';
import { shortCite } from '@/lib/cite';

/**
 * Inline "Sources: Allen, 2012; NHS" list. With `linkTo`, each name links to
 * the full reference further down the page (`#source-<id>`).
 */
export function SourceRefs({ ids, label, linked = false }: { ids: readonly SourceId[]; label: string; linked?: boolean }) {
  if (ids.length === 0) return null;
  return (
    <p className="app-source-refs">
      <span className="app-source-refs__label">{label}: </span>
      {/* Citations as published, in English: their own language and direction inside any page. */}
      <span lang="en" dir="ltr">
        {ids.map((id, i) => (
          <span key={id}>
            {i > 0 ? '; ' : ''}
            {linked ? <a href={`#source-${id}`}>{shortCite(sources[id])}</a> : shortCite(sources[id])}
          </span>
        ))}
      </span>
    </p>
  );
}
