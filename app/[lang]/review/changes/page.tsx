import type { Metadata } from 'next';
import { review } from '@/content';
import { RELEASES, RELEASE_VERSIONS, releaseOf } from '@/content/clinical/releases';
import { oneValue, type SearchParams } from '@/machines/address';
import { clinicalSpec } from '@/machines/spec';
import { diffSpecs, type SpecChange } from '@/machines/spec-diff';
import { changesMermaid, changesModel } from '@/machines/spec-drawing';
import { fill } from '@/lib/fill';
import { DiagramViewer } from '../../diagram/_components/diagram-viewer';
import { ClinicianNav } from '../_components/clinician-nav';
import { pageWords } from '../_components/page-words';


export async function generateMetadata(): Promise<Metadata> {
  const { clinicianWords } = await pageWords();
  const words = clinicianWords.changes;
  return { title: words.title };
}

type Props = { searchParams: Promise<SearchParams> };

/** A version the reader asked for: a published one, or null with what was asked (to say so). */
function pick(params: SearchParams, key: string): { version: string | null; asked: string | null } {
  const one = oneValue(params, key);
  const asked = one.ok ? (one.value ?? null) : String(params[key]);
  if (asked === null || asked === '') return { version: null, asked: null };
  return { version: releaseOf(asked) ? asked : null, asked };
}

async function ChangeList({ changes }: { changes: readonly SpecChange[] }) {
  const { clinicianWords } = await pageWords();
  const words = clinicianWords.changes;
  return (
    <ul className="app-list" data-testid="change-list">
      {changes.map((change, i) => (
        <li key={i} className={`app-change app-change--${change.kind}`} data-change-kind={change.kind} data-change-question={change.question ?? ''}>
          <strong>{words.kinds[change.kind]}:</strong> {change.text}
        </li>
      ))}
    </ul>
  );
}

/**
 * What changed between two published versions of the rules: in words (the same
 * list `npm run spec:diff` prints) and drawn, with added, removed and changed
 * questions and steps marked by colour, border pattern and words. A plain GET
 * form picks the versions, so it works without JavaScript.
 */
export default async function ChangesPage({ searchParams }: Props) {
  const { content, clinicianWords, base } = await pageWords();
  const words = clinicianWords.changes;
  const params = await searchParams;
  const latest = RELEASE_VERSIONS.at(-1) ?? review.version;
  const to = pick(params, 'to');
  const toVersion = to.version ?? latest;
  const from = pick(params, 'from');
  const earlier = RELEASE_VERSIONS.filter((v) => v !== toVersion);
  const fromVersion = from.version ?? earlier.at(-1) ?? toVersion;
  const unknown = [from, to].filter((p) => p.asked !== null && p.version === null).map((p) => p.asked!);

  const before = RELEASES[fromVersion]!;
  const after = toVersion === review.version ? clinicalSpec() : RELEASES[toVersion]!;
  const diff = diffSpecs(before, after);
  const model = changesModel(content, before, after, diff);
  // Drawn in the browser: two versions' drawing is not one made ahead of time.
  const changed = { mermaid: changesMermaid(model, words.kinds, { onlyChanged: true }) };
  const whole = { mermaid: changesMermaid(model, words.kinds) };
  const views = [
    { key: 'changed', label: words.viewChanged, full: changed, forward: changed },
    { key: 'all', label: words.viewWhole, full: whole, forward: whole },
  ];
  const byQuestion = (id: string | null) => diff.changes.filter((c) => (c.question ?? null) === id);
  const panels = Object.fromEntries(
    model.nodes.map((node) => {
      const changes = node.question ? byQuestion(node.question) : [];
      return [node.id, changes.length > 0 ? <ChangeList key={node.id} changes={changes} /> : <p key={node.id}>{words.none}</p>];
    }),
  );
  const acrossTheCheck = byQuestion(null);

  return (
    <div className="app-clinician-page">
      <h1 className="app-heading-l">{words.title}</h1>
      <ClinicianNav words={clinicianWords} current="changes" base={base} />
      <p>{words.lead}</p>
      {unknown.map((asked) => (
        <p key={asked} className="app-error-message" role="alert" data-testid="unknown-version">
          {fill(words.unknownVersion, { version: asked.slice(0, 40) })}
        </p>
      ))}
      <form method="get" action={`${base}/review/changes`} className="app-changes-form app-no-print">
        {(
          [
            ['from', words.fromLabel, fromVersion],
            ['to', words.toLabel, toVersion],
          ] as const
        ).map(([name, label, value]) => (
          <div className="app-form-group" key={name}>
            <label className="app-label" htmlFor={`version-${name}`}>
              {label}
            </label>
            <select className="app-select" id={`version-${name}`} name={name} defaultValue={value}>
              {RELEASE_VERSIONS.map((v) => (
                <option key={v} value={v}>
                  {v === review.version ? `${v} (${words.current})` : v}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="app-button app-button--secondary">
          {words.compare}
        </button>
      </form>

      <section aria-labelledby="change-list-heading">
        <h2 className="app-heading-m" id="change-list-heading">
          {words.listHeading}
        </h2>
        <p data-testid="change-count">{diff.changes.length === 0 ? words.none : fill(words.count, { count: diff.changes.length, from: diff.from, to: diff.to })}</p>
        {[...after.questions, ...before.questions.filter((b) => !after.questions.some((a) => a.id === b.id))].map((q) => {
          const changes = byQuestion(q.id);
          if (changes.length === 0) return null;
          return (
            <section key={q.id} aria-labelledby={`changes-${q.id}`}>
              <h3 className="app-heading-s" id={`changes-${q.id}`}>
                {q.heading}
              </h3>
              <ChangeList changes={changes} />
            </section>
          );
        })}
        {acrossTheCheck.length > 0 ? (
          <section aria-labelledby="changes-across">
            <h3 className="app-heading-s" id="changes-across">
              {words.noQuestion}
            </h3>
            <ChangeList changes={acrossTheCheck} />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="drawing-heading" className="app-no-print">
        <h2 className="app-heading-m" id="drawing-heading">
          {words.drawingHeading}
        </h2>
        <p>{words.drawingLead}</p>
        <h3 className="app-heading-s">{words.legendHeading}</h3>
        <ul className="app-list">
          {(['added', 'removed', 'changed'] as const).map((kind) => (
            <li key={kind}>
              <span className={`app-change-key app-change-key--${kind}`} aria-hidden="true" />
              {words.legend[kind]}
            </li>
          ))}
        </ul>
        <DiagramViewer views={views} nodes={model.nodes.map(({ id, label }) => ({ id, label: label.split('\n')[0]! }))} panels={panels} words={content.diagram} />
      </section>
    </div>
  );
}
