import { sources } from '@/content/clinical/sources';
import type { SourceId } from '@/content/ids';
import { shortCite } from '@/lib/cite';
import { CiteList } from './cite-list';

/** The same for source ids (server): with `linked`, each name links to `#source-<id>` further down the page. */
export function SourceRefs({ ids, label, linked = false }: { ids: readonly SourceId[]; label: string; linked?: boolean }) {
  return <CiteList cites={ids.map((id) => shortCite(sources[id]))} label={label} hrefs={linked ? ids.map((id) => `#source-${id}`) : undefined} />;
}

/** Each question's "why we ask" citations, written out for the island. */
export const whyCites = (facts: Readonly<Record<string, { why: { sources: readonly SourceId[] } }>>): Record<string, readonly string[]> =>
  Object.fromEntries(Object.entries(facts).map(([id, f]) => [id, f.why.sources.map((s) => shortCite(sources[s]))]));
