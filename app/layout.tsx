import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { contentFor } from '@/content';
import { EmergencyNotice } from './_components/emergency-notice';
import './globals.css';

const { ui, lang, dir } = contentFor(null);

export const metadata: Metadata = {
  title: { default: ui.appName, template: `%s – ${ui.appName}` },
  description: ui.tagline,
  // Nothing here is for search engines to index with someone's answers in the URL.
  robots: { index: true, follow: false },
  referrer: 'no-referrer',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b0c0c',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={lang} dir={dir}>
      <body className="app-body">
        <a className="app-skip-link" href="#main">
          Skip to main content
        </a>
        <header className="app-header">
          <div className="app-width">
            <Link className="app-header__name" href="/">
              {ui.appName}
            </Link>
          </div>
        </header>
        <div className="app-width">
          <EmergencyNotice notice={ui.emergencyNotice} />
          <main id="main" className="app-main" tabIndex={-1}>
            {children}
          </main>
        </div>
        <footer className="app-footer">
          <div className="app-width">
            <p>{ui.footer.notAdvice}</p>
            <p>{ui.footer.privacy}</p>
            <p>{ui.footer.sourceCode}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
