import Link from 'next/link';
import type { ReactNode } from 'react';
import { contentFor } from '@/content';
import { langOf } from '@/content/languages';
import { emergencyNumbers } from '@/lib/emergency';
import type { Surface } from '@/lib/embed-settings';
import { EmergencyNotice } from './emergency-notice';
import { LanguageSwitcher } from './language-switcher';
import { PageWidth } from './page-width';
import { ReviewStatus } from './review-status';
import { TranslationStatus } from './translation-status';

/** Header (with the language switcher), emergency notice and footer of the site itself (not the embed). */
export function SiteChrome({ surface, children }: { surface: Surface; children: ReactNode }) {
  const lang = langOf(surface.settings.lang);
  const { ui } = contentFor(lang);
  return (
    <PageWidth>
      <a className="app-skip-link" href="#main">
        {ui.skipLink}
      </a>
      <header className="app-header">
        <div className="app-width app-header__bar">
          <Link className="app-header__name" href={surface.base || '/'}>
            {ui.appName}
          </Link>
          <LanguageSwitcher current={lang} label={ui.languageNav} />
        </div>
      </header>
      <div className="app-width">
        <EmergencyNotice notice={ui.emergencyNotice} regions={ui.regions} numbers={emergencyNumbers()} />
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
          <TranslationStatus lang={lang} />
          <p>
            <Link href={`${surface.base}/diagram`} prefetch={false}>
              {ui.footer.howItDecides}
            </Link>
          </p>
          <p>{ui.footer.openSource}</p>
        </div>
      </footer>
    </PageWidth>
  );
}
