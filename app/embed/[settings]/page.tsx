import { redirect } from 'next/navigation';
import { embedSurface } from '@/lib/embed-settings';
import { StartPage } from '@/app/_flow/start-page';

type Props = { params: Promise<{ settings: string }> };

export default async function Page({ params }: Props) {
  const surface = embedSurface((await params).settings);
  // A clinic that writes its own introduction opens on the first question. A
  // server redirect, so it works before (and without) JavaScript.
  if (surface.settings.start === 'skip') redirect(`${surface.base}/check`);
  return <StartPage surface={surface} />;
}
