import { embedSurface } from '@/lib/embed-settings';
import { StartPage } from '@/app/_flow/start-page';

type Props = { params: Promise<{ settings: string }> };

export default async function Page({ params }: Props) {
  return <StartPage surface={embedSurface((await params).settings)} />;
}
