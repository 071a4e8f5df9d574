import { clinical } from '@/content/clinical';
import type { QuestionId } from '@/content/ids';
import type { ContentPack } from '@/content/types';
import { whyCites } from '@/app/_components/source-refs';

/**
 * What the browser's island can show: every question and the step,
 * "check your answers" and error wording, in the page's one language, and each
 * question's "why we ask" citations, written out. The server picks them and
 * hands them to the island as a prop, so they travel in the page's own data:
 * no JavaScript file carries a language, the sources table or any reviewer's
 * note. (Results are rendered on the server: their words never reach the island.)
 */
export type IslandWords = Pick<ContentPack, 'lang' | 'questions' | 'ui'> & { cites: Readonly<Record<QuestionId, readonly string[]>> };

const CITES = whyCites(clinical.questions) as Record<QuestionId, readonly string[]>;

export const islandWords = ({ lang, questions, ui }: ContentPack): IslandWords => ({ lang, questions, ui, cites: CITES });
