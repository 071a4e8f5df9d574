import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { contentFor } from '@/content';
import { NOSCRIPT_STYLE } from '@/lib/security-headers';
import { SiteChrome } from './_components/site-chrome';
import './globals.css';

const { ui, lang, dir } = contentFor(null);

export const metadata: Metadata = { title: `${ui.notFound.heading} – ${ui.appName}`, referrer: 'no-referrer' };

/**
 * The calm 404 for any address that matches no page (next.config.js: experimental.globalNotFound),
 * including one whose path is not valid percent-encoding (proxy.ts sends it here). A page of its
 * own, so the pages that do exist do not each carry a rendered copy of it in their payload.
 * Rendered per request, so its scripts carry the request's CSP nonce.
 */
export default async function GlobalNotFound() {
  await connection();
  return (
    <html lang={lang} dir={dir}>
      <body className="app-body">
        <noscript>
          <style>{NOSCRIPT_STYLE}</style>
        </noscript>
        <SiteChrome>
          <h1 className="app-heading-l">{ui.notFound.heading}</h1>
          <p className="app-body">{ui.notFound.body}</p>
          <p className="app-body">
            <Link href="/">{ui.notFound.home}</Link>
          </p>
        </SiteChrome>
      </body>
    </html>
  );
}
