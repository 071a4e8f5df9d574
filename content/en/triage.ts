import type { EvidenceLabel, TriageLevel } from '../ids';
import type { TriageContent } from '../types';

/** Care-card words for each triage level (evidence brief §g). */
export const triage: Record<TriageLevel, TriageContent> = {
  emergency: {
    label: 'Emergency',
    heading: 'Call your local emergency number now',
    summary: 'Or go to the nearest emergency department: some of your answers could be a sign of a serious problem.',
  },
  urgent: {
    label: 'Urgent: today',
    heading: 'Get medical help today',
    summary: 'Call for an appointment today: some of your answers need a doctor to check you, and it isn’t safe to wait and see.',
  },
  see_doctor: {
    label: 'See a doctor',
    heading: 'Book an appointment with a doctor',
    summary: 'It is not an emergency, but a doctor should look into it in the next few days or weeks.',
  },
  self_care: {
    label: 'Self-care',
    heading: 'You can look after this at home',
    summary: 'Your answers don’t point to anything serious.',
  },
};

/** Plain-English evidence labels (the brief’s label table). */
export const evidenceLabels: Record<EvidenceLabel, string> = {
  high: 'Strong evidence',
  moderate: 'Moderate evidence',
  low_moderate: 'Some evidence, not conclusive',
  low: 'Weak evidence',
  consensus: 'Expert advice, no trials',
  none_found: 'No evidence found',
};
