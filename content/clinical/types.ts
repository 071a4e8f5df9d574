import type { SourceId } from '../ids';

/**
 * Types of the clinical facts: what the words in each language pack rest on.
 * These are the same in every language, so they live here once, beside the data.
 */

export interface Source {
  id: SourceId;
  /** Authors, or the organisation that published it. */
  authors: string;
  title: string;
  /** Where one publisher has several sources: a few words that tell them apart in short citations. */
  shortTitle?: string;
  /** Journal or publisher, with volume/pages where known. */
  publication: string;
  /** null where the brief could not find a year. */
  year: number | null;
  pmid?: string;
  doi?: string;
  /** The publisher's own page (never a third-party copy). */
  url?: string;
  /** Reference number in the evidence brief, for reviewers. */
  briefRef: number;
}
