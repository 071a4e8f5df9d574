import { redirect } from 'next/navigation';
import { DEFAULT_TOKEN } from '@/lib/embed-settings';

/** /embed on its own: the check with no clinic settings. */
export default function EmbedIndex() {
  redirect(`/embed/${DEFAULT_TOKEN}`);
}
