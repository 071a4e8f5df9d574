import Link from 'next/link';
import type { ReactNode } from 'react';
import { contentFor } from '@/content';
import { emergencyNumbers } from '@/lib/emergency';
import { EmergencyNotice } from './emergency-notice';
import { ReviewStatus } from './review-status';

/** Header, emergency notice and footer of the site itself (not the embed). */
export function SiteChrome({ children }: { children: ReactNode }) {
  const { ui } = contentFor(null);
  return (
    <>
      <a className="app-skip-link" href="#main">
        {ui.skipLink}
      </a>
      <header className="app-header">
        <div className="app-width">
          <Link className="app-header__name" href="/">
            {ui.appName}
          </Link>
        </div>
      </header>
      <div className="app-width">
        <EmergencyNotice notice={ui.emergencyNotice} numbers={emergencyNumbers()} />
        <main id="main" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="app-footer">
        <div className="app-width">
          <p>{ui.footer.notAdvice}</p>
          <p>{ui.footer.privacy}</p>
          <p>
            <ReviewStatus ui={ui} />
          </p>
          <p>
            <Link href="/diagram" prefetch={false}>
              {ui.footer.howItDecides}
            </Link>
          </p>
          <p>{ui.footer.openSource}</p>
        </div>
      </footer>
    </>
  );
}
