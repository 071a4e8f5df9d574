// Polish translation of content/en/triage.ts; not yet reviewed by a clinician who speaks Polish.
import type { EvidenceLabel, TriageLevel } from '../ids';
import type { TriageContent } from '../types';

export const triage: Record<TriageLevel, TriageContent> = {
  emergency: {
    label: 'Nagły przypadek',
    heading: 'Zadzwoń teraz pod lokalny numer alarmowy',
    summary: 'Albo udaj się na najbliższy szpitalny oddział ratunkowy (SOR): niektóre twoje odpowiedzi mogą być objawem poważnego problemu.',
  },
  urgent: {
    label: 'Pilne: dzisiaj',
    heading: 'Uzyskaj pomoc medyczną dzisiaj',
    summary: 'Zadzwoń i umów się na wizytę na dzisiaj: niektóre twoje odpowiedzi wymagają, żeby zbadał cię lekarz, a czekanie i obserwowanie nie jest bezpieczne.',
  },
  see_doctor: {
    label: 'Wizyta u lekarza',
    heading: 'Umów się na wizytę u lekarza',
    summary: 'To nie jest nagły przypadek, ale lekarz powinien się temu przyjrzeć w ciągu najbliższych kilku dni lub tygodni.',
  },
  self_care: {
    label: 'Opieka w domu',
    heading: 'Możesz sobie z tym poradzić w domu',
    summary: 'Twoje odpowiedzi nie wskazują na nic poważnego.',
  },
};

export const evidenceLabels: Record<EvidenceLabel, string> = {
  high: 'Mocne dowody',
  moderate: 'Umiarkowane dowody',
  low_moderate: 'Pewne dowody, ale nierozstrzygające',
  low: 'Słabe dowody',
  consensus: 'Rada ekspertów, brak badań klinicznych',
  none_found: 'Nie znaleziono dowodów',
};
