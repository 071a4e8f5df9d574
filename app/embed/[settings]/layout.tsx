import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { contentFor } from '@/content';
import { langOf, languageBase } from '@/content/languages';
import { embedSurface } from '@/lib/embed-settings';
import { dataTheme, themeCss } from '@/lib/theme';
import { allowedOrigins } from '@/lib/embed-origins';
import { EmergencyNotice } from '@/app/_components/emergency-notice';
import { ReviewStatus } from '@/app/_components/review-status';
import { TranslationStatus } from '@/app/_components/translation-status';
import { Document } from '@/app/_components/document';
import { ErrorWords } from '@/app/_components/calm-error';
import { emergencyNumbers } from '@/lib/emergency';
import { EmbedBridge } from './_components/embed-bridge';

export { viewport } from '@/app/_components/document';

type Props = { children: ReactNode; params: Promise<{ settings: string }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { ui } = contentFor(embedSurface((await params).settings).settings.lang);
  return { title: { default: ui.appName, template: `%s – ${ui.appName}` }, description: ui.tagline, referrer: 'no-referrer' };
}

/**
 * The check inside a clinic's page: no site header or footer, the emergency
 * notice kept, the clinic's colour, light or dark when it fixes one (data-theme;
 * the colours themselves live in globals.css), and a bridge that sizes the frame
 * and tells the host page about steps and results (never answers).
 */
export default async function EmbedLayout({ children, params }: Props) {
  const { settings: token } = await params;
  const surface = embedSurface(token);
  const { ui, lang, dir } = contentFor(surface.settings.lang);
  const theme = themeCss(surface.settings.themeColor);
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <Document lang={lang} dir={dir}>
      <div id="embed-root" className="app-embed" data-theme={dataTheme(surface.settings.theme)}>
        {/* The clinic's colour: a <style> with this request's CSP nonce, never a style attribute. */}
        {theme ? <style nonce={nonce}>{theme}</style> : null}
        <EmergencyNotice notice={ui.emergencyNotice} regions={ui.regions} numbers={emergencyNumbers(surface.settings.emergencyNumber)} />
        <main id="main" className="app-main">
          <ErrorWords base={surface.base} words={ui.restoreError}>
            {children}
          </ErrorWords>
        </main>
        <p className="app-embed__footer">
          <a href={`${languageBase(langOf(lang))}/`} target="_blank" rel="noopener noreferrer">
            {ui.embed.poweredBy}
          </a>{' '}
          <ReviewStatus ui={ui} />
        </p>
        <TranslationStatus lang={lang} className="app-embed__footer" />
        <EmbedBridge origins={allowedOrigins()} warnings={surface.warnings} detailed={surface.settings.events === 'detailed'} />
      </div>
    </Document>
  );
}
