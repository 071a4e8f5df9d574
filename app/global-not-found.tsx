import type { Metadata } from 'next';
import Link from 'next/link';
import { contentFor } from '@/content';
import { requestPlace } from '@/lib/site-surface';
import { Document } from './_components/document';
import { SiteChrome } from './_components/site-chrome';

export async function generateMetadata(): Promise<Metadata> {
  const { ui } = contentFor((await requestPlace()).lang);
  return { title: `${ui.notFound.heading} – ${ui.appName}`, referrer: 'no-referrer' };
}

/**
 * The calm 404 for any address that matches no page (next.config.js: experimental.globalNotFound),
 * including one whose path is not valid percent-encoding (proxy.ts sends it here), in the
 * language the address named. A page of its own, so the pages that do exist do not each
 * carry a rendered copy of it in their payload. Rendered per request, so its scripts carry
 * the request's CSP nonce.
 */
export default async function GlobalNotFound() {
  // The language the missed address named (`/pl/nope`), as proxy.ts read it; English otherwise.
  const { base, lang } = await requestPlace();
  const { ui, dir } = contentFor(lang);
  return (
    <Document lang={lang} dir={dir}>
      <SiteChrome surface={{ base, embedded: false, settings: { lang } }}>
        <h1 className="app-heading-l">{ui.notFound.heading}</h1>
        <p className="app-body">{ui.notFound.body}</p>
        <p className="app-body">
          <Link href={base || '/'}>{ui.notFound.home}</Link>
        </p>
      </SiteChrome>
    </Document>
  );
}
