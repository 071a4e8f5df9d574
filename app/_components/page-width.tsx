'use client';

import { useSelectedLayoutSegment } from 'next/navigation';
import type { ReactNode } from 'react';

/** The pages wider than the check's reading column: the drawing, and the clinicians' tables. */
const WIDE_PAGES: Readonly<Record<string, 'drawing' | 'clinician'>> = { diagram: 'drawing', review: 'clinician' };

/**
 * The site's width, set from the route before the page's own HTML arrives, so that the header
 * does not jump from the reading column to the full width while a long page is still being
 * parsed (as it did when the width followed `body:has(.app-diagram-page)`).
 */
export function PageWidth({ children }: { children: ReactNode }) {
  const segment = useSelectedLayoutSegment();
  return (
    <div className="app-site" data-width={(segment && WIDE_PAGES[segment]) || undefined}>
      {children}
    </div>
  );
}
