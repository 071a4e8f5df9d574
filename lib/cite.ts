import type { Source } from '@/content/types';

/** "Allen & Kirby, 2012"-style short citation for inline use. */
export function shortCite(source: Source): string {
  const names = source.authors.split(/,\s*|\s+and\s+/).filter(Boolean);
  const first = names[0] ?? source.authors;
  // "Allen RE" → "Allen"; organisations keep their full name.
  const surname = /^[A-Z][A-Za-z'-]+ [A-Z]{1,3}$/.test(first) ? first.split(' ')[0] : first;
  const who = names.length > 1 && surname !== first ? `${surname} et al.` : surname;
  return source.year ? `${who}, ${source.year}` : (who ?? source.title);
}

/** The best link for a source: its DOI, its PubMed record, or the publisher's page. */
export function sourceHref(source: Source): string | undefined {
  if (source.doi) return `https://doi.org/${source.doi}`;
  if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  return source.url;
}
