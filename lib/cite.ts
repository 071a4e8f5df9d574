import type { Source } from '@/content/clinical';

/** The brief's marker for a source whose authors it could not name. */
const UNNAMED = /^authors not named/i;

/** The authors as a reference list shows them, or null where the brief could not name them. */
export const namedAuthors = (source: Source): string | null => (UNNAMED.test(source.authors) ? null : source.authors);

/** "Allen RE" — a surname followed by initials. */
const PERSON = /^(.+?) [A-Z]{1,4}$/;

/** Who wrote it, short: "Allen and Kirby", "Garrison et al.", "NICE", or the organisation's name. */
function shortAuthors(source: Source): string {
  const { authors } = source;
  if (namedAuthors(source) === null) return source.title;
  const people = authors.split(',').map((a) => a.trim()).filter((a) => a && a !== 'et al.');
  const first = people[0] ?? authors;
  const person = PERSON.exec(first);
  if (person) {
    const surname = person[1]!;
    if (people.length === 1 && !authors.includes('et al.')) return surname;
    const second = PERSON.exec(people[1] ?? '');
    if (people.length === 2 && second && !authors.includes('et al.')) return `${surname} and ${second[1]}`;
    return `${surname} et al.`;
  }
  // Organisations: their own abbreviation where they give one, e.g. "(NICE)".
  const abbreviation = /\(([A-Z]{2,})[^)]*\)/.exec(authors);
  if (abbreviation) return abbreviation[1]!;
  return authors.split(/[;(]/)[0]!.trim();
}

/** Short citation for inline use: "Allen and Kirby, 2012", "NHS: DVT". Unique across the sources (tested). */
export function shortCite(source: Source): string {
  const who = source.shortTitle ? `${shortAuthors(source)}: ${source.shortTitle}` : shortAuthors(source);
  return source.year ? `${who}, ${source.year}` : who;
}

/** The best link for a source: its DOI, its PubMed record, or the publisher's page. */
export function sourceHref(source: Source): string | undefined {
  if (source.doi) return `https://doi.org/${source.doi}`;
  if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  return source.url;
}
