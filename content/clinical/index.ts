/**
 * The clinical facts, the same in every language: for each id, the sources
 * that back it, its evidence label and the reviewers' notes; and the
 * bibliography those sources name. The words are in the language packs
 * (content/<lang>/), which hold no facts.
 */
import { actions } from './actions';
import { causes } from './causes';
import { myths } from './myths';
import { questions } from './questions';
import type { ClinicalFacts } from './types';

export const clinical: ClinicalFacts = { questions, causes, actions, myths };

export { MYTH_IDS, type MythId } from './myths';
export { sources, SOURCE_ORDER } from './sources';
export type * from './types';
