import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { contentFor } from '@/content';
import { NOSCRIPT_STYLE } from '@/lib/security-headers';
import './globals.css';

const { ui, lang, dir } = contentFor(null);

export const metadata: Metadata = {
  title: { default: ui.appName, template: `%s – ${ui.appName}` },
  description: ui.tagline,
  referrer: 'no-referrer',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b0c0c',
};

/**
 * The document itself. The site's chrome lives in (site)/layout.tsx; the embed has its own.
 * Every page is rendered per request (`connection`), so each gets this request's
 * CSP nonce on its scripts and no HTML is ever cached as a static file.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
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
