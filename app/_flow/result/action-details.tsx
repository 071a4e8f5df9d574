import { clinical } from '@/content';
import type { ActionId } from '@/content/ids';
import type { ContentPack } from '@/content/types';
import { SourceRefs } from '@/app/_components/source-refs';

/** Each action of a kind, with its evidence label and its sources listed once. */
export function ActionDetails({ content, ids }: { content: ContentPack; ids: readonly ActionId[] }) {
  return (
    <>
      {ids.map((id) => {
        const action = content.actions[id];
        const facts = clinical.actions[id];
        return (
          <section className="app-action" key={id} data-action={id} aria-labelledby={`action-${id}`}>
            <h3 className="app-heading-s" id={`action-${id}`}>
              {action.title}
            </h3>
            {action.body.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            <p className="app-evidence">
              <span className="app-evidence__label">{content.ui.result.evidenceLabel}</span>{' '}
              <span className={`app-tag app-tag--${facts.evidence}`}>{content.evidenceLabels[facts.evidence]}</span>
            </p>
            <SourceRefs ids={facts.sources} label={content.ui.step.sourcesLabel} linked />
          </section>
        );
      })}
    </>
  );
}
