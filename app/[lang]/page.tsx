import { StartPage } from '@/app/_flow/start-page';
import { siteSurface } from '@/lib/site-surface';

export default async function Page({ params }: { params: Promise<{ lang: string }> }) {
  return <StartPage surface={await siteSurface(params)} />;
}
