import Link from 'next/link';
import { contentFor } from '@/content';
import { SiteChrome } from './_components/site-chrome';

export default function NotFound() {
  const { ui } = contentFor(null);
  return (
    <SiteChrome>
      <h1 className="app-heading-l">{ui.notFound.heading}</h1>
      <p className="app-body">{ui.notFound.body}</p>
      <p className="app-body">
        <Link href="/">{ui.notFound.home}</Link>
      </p>
    </SiteChrome>
  );
}
