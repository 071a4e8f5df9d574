import type { ContentPack } from '@/content/types';

/**
 * The words the browser's island can show: every question and the step,
 * "check your answers" and error wording, in the page's one language. The
 * server picks them from its pack and hands them to the island as a prop, so
 * they travel in the page's own data and no JavaScript file carries a language.
 * (Results are rendered on the server: their words never reach the island.)
 */
export type IslandWords = Pick<ContentPack, 'lang' | 'questions' | 'ui'>;

export const islandWords = ({ lang, questions, ui }: ContentPack): IslandWords => ({ lang, questions, ui });
