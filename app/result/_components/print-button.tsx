'use client';

import { useEffect, useState } from 'react';

/** Print needs JavaScript to open the dialog; without it the browser's own Print works and this stays hidden. */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" className="app-button app-button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
