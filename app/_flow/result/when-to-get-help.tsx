import type { ActionId, TriageLevel } from '@/content/ids';
import type { ContentPack } from '@/content/types';
import { severity } from '@/machines/triage';
import type { EmergencyNumber } from '@/lib/emergency';
import { fill } from '@/lib/fill';

/** "When to get help", split like NHS.UK care cards: only the signs that call for faster help than this result gives. */
export function helpGroupsFor(content: ContentPack, level: TriageLevel, helpIds: readonly ActionId[]) {
  return (['emergency', 'urgent', 'see_doctor'] as const)
    .filter((group) => severity(group) < severity(level))
    .map((group) => ({ group, lines: helpIds.flatMap((id) => content.actions[id].when?.[group] ?? []) }))
    .filter(({ lines }) => lines.length > 0);
}

export function WhenToGetHelp({ content, helpGroups, numbers }: {
  content: ContentPack;
  helpGroups: ReturnType<typeof helpGroupsFor>;
  numbers: readonly EmergencyNumber[];
}) {
  const r = content.ui.result;
  const configuredEmergency = numbers.length === 1 ? numbers[0]?.number : undefined;
  const groupHeading = {
    emergency: configuredEmergency ? fill(r.whenEmergency, { number: configuredEmergency }) : r.whenEmergencyNoNumber,
    urgent: r.whenUrgent,
    see_doctor: r.whenSeeDoctor,
  };
  return (
    <>
      {helpGroups.length > 0 ? (
        <section aria-labelledby="get_help-heading" className="app-when" data-testid="when-to-get-help">
          <h2 className="app-heading-m" id="get_help-heading">
            {r.getHelpHeading}
          </h2>
          {helpGroups.map(({ group, lines }) => (
            <div className={`app-when__group app-when__group--${group}`} key={group} data-when={group}>
              <h3 className="app-heading-s app-when__heading">{groupHeading[group]}</h3>
              <ul className="app-list app-list--bullet">
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
