import type { TriageLevel } from '@/content/ids';
import type { ContentPack, UiContent } from '@/content/types';
import { PhoneText } from '@/app/_components/phone-text';
import { telHref, urgentNumbers, type EmergencyNumber } from '@/lib/emergency';
import { fill } from '@/lib/fill';
import type { EmbedSettings } from '@/lib/embed-settings';
import { PrintButton } from '../print-button';

function CallList({ numbers, label, regions, className = 'app-button app-button--call' }: { numbers: readonly EmergencyNumber[]; label: string; regions: UiContent['regions']; className?: string }) {
  return (
    <ul className="app-call-list">
      {numbers.map(({ number, region }) => (
        <li key={number}>
          <a className={className} href={telHref(number)}>
            <PhoneText template={label} name="number" phone={number} />
            {region ? <span className="app-button__region"> ({regions[region]})</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The clinic's own phone, where a clinic set one (embed settings). */
function ClinicCall({ content, settings }: { content: ContentPack; settings: EmbedSettings }) {
  if (!settings.clinicPhone) return null;
  const r = content.ui.result;
  return (
    <div className="app-clinic" data-testid="clinic-contact">
      {settings.clinicName ? <p className="app-clinic__name">{fill(r.clinicHeading, { clinic: settings.clinicName })}</p> : null}
      <a className="app-button app-button--on-card" href={telHref(settings.clinicPhone)}>
        <PhoneText template={r.clinicCall} name="phone" phone={settings.clinicPhone} />
      </a>
    </div>
  );
}

/** What to tell whoever answers the call: the warning signs ticked, in their own words. */
function CallWords({ content, phrases }: { content: ContentPack; phrases: readonly string[] }) {
  if (phrases.length === 0) return null;
  return (
    <div className="app-call-handler" data-testid="call-words">
      <p>{content.actions.tell_call_handler.title}:</p>
      <ul>
        {phrases.map((phrase) => (
          <li key={phrase}>“{phrase}”</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The one thing to tap (or do) for this level, inside the care card:
 * emergency → call; urgent → the clinic or the urgent line; see a doctor → the
 * clinic, or the summary to take to the doctor; self-care → the "do this now" box below.
 */
export function TapAction({ level, content, settings, numbers, callPhrases }: {
  level: TriageLevel;
  content: ContentPack;
  settings: EmbedSettings;
  numbers: readonly EmergencyNumber[];
  callPhrases: readonly string[];
}) {
  const r = content.ui.result;
  if (level === 'emergency') {
    return (
      <div data-testid="tap-action">
        <CallList numbers={numbers} label={r.callButton} regions={content.ui.regions} />
        <CallWords content={content} phrases={callPhrases} />
      </div>
    );
  }
  if (level === 'urgent') {
    return (
      <div data-testid="tap-action">
        <ClinicCall content={content} settings={settings} />
        <CallList numbers={urgentNumbers()} label={r.urgentCall} regions={content.ui.regions} className="app-button app-button--on-card" />
        <p className="app-care-card__note">{r.urgentElsewhere}</p>
        <CallWords content={content} phrases={callPhrases} />
      </div>
    );
  }
  if (level === 'see_doctor') {
    if (settings.clinicPhone) {
      return (
        <div data-testid="tap-action">
          <ClinicCall content={content} settings={settings} />
        </div>
      );
    }
    return (
      <div data-testid="tap-action">
        <PrintButton label={r.printButton} className="app-button app-button--on-card" />
        <a className="app-button app-button--on-card app-no-js-only" href="#handover-content">
          {r.showSummary}
        </a>
      </div>
    );
  }
  return null;
}
