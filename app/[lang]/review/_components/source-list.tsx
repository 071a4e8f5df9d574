import { sources } from '@/content';
import type { SourceId } from '@/content/ids';
import { shortCite, sourceHref } from '@/lib/cite';

/** Short citations, each linked to the original where it has an address; nothing when there are none. */
export function SourceList({ ids }: { ids: readonly SourceId[] }) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  return (
    <ul className="app-list app-clinician-sources">
      {unique.map((id) => {
        const href = sourceHref(sources[id]);
        const cite = shortCite(sources[id]);
        return <li key={id}>{href ? <a href={href} rel="noreferrer noopener">{cite}</a> : cite}</li>;
      })}
    </ul>
  );
}
