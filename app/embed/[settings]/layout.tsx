import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { contentFor } from '@/content';
import { TRANSLATIONS } from '@/content/translations';
import { fill } from '@/lib/fill';
import { embedSurface } from '@/lib/embed-settings';
import { dataTheme, themeCss } from '@/lib/theme';
import { allowedOrigins } from '@/lib/embed-origins';
import { EmergencyNotice } from '@/app/_components/emergency-notice';
import { ReviewStatus } from '@/app/_components/review-status';
import { emergencyNumbers } from '@/lib/emergency';
import { EmbedBridge } from './_components/embed-bridge';

type Props = { children: ReactNode; params: Promise<{ settings: string }> };

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
  const translation = Object.hasOwn(TRANSLATIONS, lang) ? TRANSLATIONS[lang]!.record : null;
  const theme = themeCss(surface.settings.themeColor);
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <div id="embed-root" className="app-embed" data-theme={dataTheme(surface.settings.theme)} lang={lang} dir={dir}>
      {/* The clinic's colour: a <style> with this request's CSP nonce, never a style attribute. */}
      {theme ? <style nonce={nonce}>{theme}</style> : null}
      <EmergencyNotice notice={ui.emergencyNotice} numbers={emergencyNumbers(surface.settings.emergencyNumber)} />
      <main id="main" className="app-main">
        {children}
      </main>
      <p className="app-embed__footer">
        <a href="/" target="_blank" rel="noopener noreferrer">
          {ui.embed.poweredBy}
        </a>{' '}
        <ReviewStatus ui={ui} />
      </p>
      {translation ? (
        <p className="app-embed__footer" data-testid="translation-status" data-reviewed={translation.reviewer ? 'true' : 'false'}>
          {translation.reviewer ? fill(translation.notice.reviewed, { ...translation.reviewer }) : translation.notice.unreviewed}
        </p>
      ) : null}
      <EmbedBridge origins={allowedOrigins()} warnings={surface.warnings} />
    </div>
  );
}
