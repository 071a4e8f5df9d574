import { translationOf } from '@/content/translations';
import { fill } from '@/lib/fill';

/**
 * On every page in a translated language, in that language: whether a clinician
 * who speaks it has checked the translation ("Translated from English; not yet
 * checked by …"), until a named reviewer signs (content/<lang>/translation.ts).
 * Nothing for English, the original. Every page has it in its footer; the start
 * page and the result, where a person decides what to do, also at the top
 * (a question page keeps its first screen for the question).
 */
export function TranslationStatus({ lang, className }: { lang: string; className?: string }) {
  const record = translationOf(lang)?.record;
  if (!record) return null;
  return (
    <p className={className} data-testid="translation-status" data-reviewed={record.reviewer ? 'true' : 'false'}>
      {record.reviewer ? fill(record.notice.reviewed, { ...record.reviewer }) : record.notice.unreviewed}
    </p>
  );
}
