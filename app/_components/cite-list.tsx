/**
 * Inline "Sources: Allen, 2012; NHS" list, from citations already written
 * (the island gets them so, without the sources table). With `hrefs`, each
 * links to the full reference further down the page.
 */
export function CiteList({ cites, label, hrefs }: { cites: readonly string[]; label: string; hrefs?: readonly string[] }) {
  if (cites.length === 0) return null;
  return (
    <p className="app-source-refs">
      <span className="app-source-refs__label">{label}: </span>
      {/* Citations as published, in English: their own language and direction inside any page. */}
      <span lang="en" dir="ltr">
        {cites.map((cite, i) => (
          <span key={cite}>
            {i > 0 ? '; ' : ''}
            {hrefs?.[i] ? <a href={hrefs[i]}>{cite}</a> : cite}
          </span>
        ))}
      </span>
    </p>
  );
}
