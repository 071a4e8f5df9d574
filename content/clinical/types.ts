import type { ActionId, ActionKind, CauseId, EvidenceLabel, QuestionId, SourceId } from '../ids';
import type { MythId } from './myths';

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
  /** For reviewers: what the brief could not give (never shown in the public reference list). */
  note?: string;
}

/** A cited claim: the source ids that back the words. */
export interface Cited {
  sources: readonly SourceId[];
}

/** A note for the clinicians who review the content; never shown to the public. */
export interface ReviewerNote {
  reviewerNote?: string;
}

/** The facts behind a likely cause. */
export interface CauseFacts extends Cited, ReviewerNote {
  /** How strong the evidence is for the link between the answers and the cause. */
  evidence: EvidenceLabel;
}

/** The facts behind an action. */
export interface ActionFacts extends Cited, ReviewerNote {
  /** Where the result shows it: what to do now, prevention, when to get help, or the calcium answer. */
  kind: ActionKind;
  evidence: EvidenceLabel;
}

/** The facts behind a question page. */
export interface QuestionFacts extends ReviewerNote {
  /** The sources of its "why we ask this" text. */
  why: Cited;
}

/** The facts behind a myth's answer. */
export interface MythFacts extends Cited, ReviewerNote {}

/** Every clinical fact, by id. A missing id is a compile error. */
export interface ClinicalFacts {
  questions: Record<QuestionId, QuestionFacts>;
  causes: Record<CauseId, CauseFacts>;
  actions: Record<ActionId, ActionFacts>;
  myths: Record<MythId, MythFacts>;
}
