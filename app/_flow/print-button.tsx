'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** Print needs JavaScript to open the dialog; without it the browser's own Print works and this stays hidden. */
export function PrintButton({ label }: { label: string }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!inBrowser) return null;
  return (
    <button type="button" className="app-button app-button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
