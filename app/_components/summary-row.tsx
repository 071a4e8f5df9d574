import type { ReactNode } from 'react';

/** One key and value of an `app-summary-list` (a <dl>). */
export function SummaryRow({ label, children, valueProps }: { label: ReactNode; children: ReactNode; valueProps?: Record<`data-${string}`, string | boolean> }) {
  return (
    <div className="app-summary-list__row">
      <dt className="app-summary-list__key">{label}</dt>
      <dd className="app-summary-list__value" {...valueProps}>
        {children}
      </dd>
    </div>
  );
}
