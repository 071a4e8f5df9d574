import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { contentFor } from '@/content';
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

/** The document itself. The site's chrome lives in (site)/layout.tsx; the embed has its own. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={lang} dir={dir}>
      <body className="app-body">
        {/* Without JavaScript, hide the controls only JavaScript can make work, and say so instead. */}
        <noscript>
          <style>{'.app-js-only{display:none!important}.app-no-js-only{display:block!important}'}</style>
        </noscript>
        {children}
      </body>
    </html>
  );
}
