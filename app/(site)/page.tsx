import { SITE } from '@/lib/embed-settings';
import { StartPage } from '@/app/_flow/start-page';

export default function Page() {
  return <StartPage surface={SITE} />;
}
