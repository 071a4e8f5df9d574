import type { Viewport } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { NOSCRIPT_STYLE } from '@/lib/security-headers';
import '../globals.css';

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b0c0c',
};

/**
 * The document itself, for both root layouts: the site's (app/[lang]/layout.tsx,
 * one per language) and the embed's (app/embed/[settings]/layout.tsx), so
 * `<html lang dir>` is the page's own language wherever it is shown.
 * Every page is rendered per request (`connection`), so each gets this request's
 * CSP nonce on its scripts and no HTML is ever cached as a static file.
 */
export async function Document({ lang, dir, children }: { lang: string; dir: 'ltr' | 'rtl'; children: ReactNode }) {
  await connection();
  return (
    <html lang={lang} dir={dir}>
      <body className="app-body">
        {/* Without JavaScript, hide the controls only JavaScript can make work, and say so instead. */}
        <noscript>
          {/* Allowed by its hash in the CSP's style-src (lib/security-headers.js). */}
          <style>{NOSCRIPT_STYLE}</style>
        </noscript>
        {children}
      </body>
    </html>
  );
}
