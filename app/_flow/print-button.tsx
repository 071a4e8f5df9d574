'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** Print needs JavaScript to open the dialog; without it the browser's own Print works and this stays hidden. */
export function PrintButton({ label, className = 'app-button app-button--secondary' }: { label: string; className?: string }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!inBrowser) return null;
  return (
    <button type="button" className={className} onClick={() => window.print()} data-testid="print-button">
      {label}
    </button>
  );
}
