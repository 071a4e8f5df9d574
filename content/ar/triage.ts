// Arabic translation of content/en/triage.ts; not yet reviewed by a clinician who speaks Arabic.
import type { EvidenceLabel, TriageLevel } from '../ids';
import type { TriageContent } from '../types';

export const triage: Record<TriageLevel, TriageContent> = {
  emergency: {
    label: 'طوارئ',
    heading: 'اتصل برقم الطوارئ المحلي الآن',
    summary: 'أو اذهب إلى أقرب قسم طوارئ: بعض إجاباتك قد تكون علامة على مشكلة خطيرة.',
  },
  urgent: {
    label: 'عاجل: اليوم',
    heading: 'احصل على مساعدة طبية اليوم',
    summary: 'اتصل لتحجز موعدًا اليوم: بعض إجاباتك تحتاج إلى أن يفحصك طبيب، وليس من الآمن أن تنتظر لترى ما سيحدث.',
  },
  see_doctor: {
    label: 'راجع طبيبًا',
    heading: 'احجز موعدًا مع طبيب',
    summary: 'ليست حالة طارئة، لكن ينبغي أن ينظر فيها طبيب خلال الأيام أو الأسابيع القليلة القادمة.',
  },
  self_care: {
    label: 'رعاية ذاتية',
    heading: 'يمكنك الاعتناء بهذا في المنزل',
    summary: 'إجاباتك لا تشير إلى شيء خطير.',
  },
};

export const evidenceLabels: Record<EvidenceLabel, string> = {
  high: 'أدلة قوية',
  moderate: 'أدلة متوسطة',
  low_moderate: 'بعض الأدلة، غير حاسمة',
  low: 'أدلة ضعيفة',
  consensus: 'نصيحة خبراء، دون تجارب',
  none_found: 'لم نجد أدلة',
};
