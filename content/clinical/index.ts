/**
 * The clinical facts, the same in every language: the sources (bibliography)
 * the content cites. Words live in the language packs (content/<lang>/).
 */
export { sources, SOURCE_ORDER } from './sources';
export type { Source } from './types';
