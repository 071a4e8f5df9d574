import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { contentFor } from '@/content';
import { Document } from '@/app/_components/document';
import { ErrorWords } from '@/app/_components/calm-error';
import { SiteChrome } from '@/app/_components/site-chrome';
import { siteLanguage, siteSurface } from '@/lib/site-surface';

export { viewport } from '@/app/_components/document';

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { ui } = contentFor(await siteLanguage(params));
  return {
    title: { default: ui.appName, template: `%s – ${ui.appName}` },
    description: ui.tagline,
    referrer: 'no-referrer',
  };
}

/** The site in one language: its own `<html lang dir>`, its chrome, and the calm error page's words. */
export default async function SiteLayout({ children, params }: Props) {
  const surface = await siteSurface(params);
  const { lang, dir, ui } = contentFor(surface.settings.lang);
  return (
    <Document lang={lang} dir={dir}>
      <ErrorWords base={surface.base} words={ui.restoreError}>
        <SiteChrome surface={surface}>{children}</SiteChrome>
      </ErrorWords>
    </Document>
  );
}
