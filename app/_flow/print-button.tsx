'use client';

/**
 * Print needs JavaScript to open the dialog. The button is in the server's HTML, so nothing
 * moves when the page comes alive (a tap meant for the line below it would land elsewhere);
 * without JavaScript the `<noscript>` style hides it (`app-js-only`) and the browser's own
 * Print still works.
 */
export function PrintButton({ label, className = 'app-button app-button--secondary' }: { label: string; className?: string }) {
  return (
    <button type="button" className={`${className} app-js-only`} onClick={() => window.print()} data-testid="print-button">
      {label}
    </button>
  );
}
