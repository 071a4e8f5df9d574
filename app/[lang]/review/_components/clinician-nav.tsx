import Link from 'next/link';
import type { ClinicianContent } from '@/content/types';
import { PrintButton } from '@/app/_flow/print-button';

type Page = 'review' | 'changes' | 'safety' | 'diagram';

const HREFS: Record<Page, string> = { review: '/review', changes: '/review/changes', safety: '/review/safety', diagram: '/diagram' };

/** The links between the clinicians' pages (the current one marked), and Print. Not printed. */
export function ClinicianNav({ words, current, base }: { words: ClinicianContent; current: Page; base: string }) {
  return (
    <nav className="app-clinician-nav app-no-print" aria-label={words.nav.label}>
      <ul className="app-clinician-nav__list">
        {(['review', 'changes', 'safety', 'diagram'] as const).map((page) => (
          <li key={page}>
            <Link href={`${base}${HREFS[page]}`} prefetch={false} aria-current={page === current ? 'page' : undefined}>
              {words.nav[page]}
            </Link>
          </li>
        ))}
      </ul>
      <PrintButton label={words.print} className="app-button app-button--secondary app-button--small" />
    </nav>
  );
}
