/**
 * Clinical vignettes: short cases in people's own words, each with the answers
 * such a person would give on the check's pages and the result a clinician
 * following the evidence brief (../shared/clinical/evidence-brief.md) would give.
 * vignettes.test.ts runs every case through the machine and prints a scorecard.
 *
 * Plain data: imports only the content ids.
 */
import type { AnswerId, CauseId, QUESTIONS, QuestionId, TriageLevel } from '../../ids';

/**
 * The answer to one page, as the machine takes it: the ids ticked on a "tick
 * any that apply" page (`[]` = "None of these"), one id on a single-answer page.
 */
export type VignetteAnswer<Q extends QuestionId> = (typeof QUESTIONS)[Q]['multiple'] extends true
  ? readonly AnswerId<Q>[]
  : AnswerId<Q>;

/**
 * What the person would answer on each page, by question id (not in order):
 * at least every question on their path. The runner asks in the machine's
 * order and looks each answer up here, so a case keeps working when the order
 * changes, and may answer questions its path does not reach today (such as the
 * kind of trouble, for a child).
 */
export type VignetteAnswers = { readonly [Q in QuestionId]?: VignetteAnswer<Q> };

/** Who wrote the story (and answers the pages): the person, or someone writing about them. */
export type Teller = 'self' | 'parent' | 'partner' | 'relative';

/** What the case is there to exercise, beyond its level. */
export type VignetteTag =
  /** A medicine is part of the story. */
  | 'medicines'
  /** The person plays down a serious sign ("probably nothing"). */
  | 'understated'
  /** The person is more worried than the story calls for. */
  | 'overstated';

/** How a careful reader can honestly read a page differently from the way the case's answers do. */
export type Misreading =
  /** Skips an option whose first words do not fit, though a later part of it does. */
  | 'skips_option'
  /** Reads "now" literally: a sign that has passed is not ticked. */
  | 'literal_now'
  /** A relative answers for the person, reading "you" as themselves. */
  | 'relative'
  /** Ticks a milder option where a more serious one also fits. */
  | 'milder_option'
  /** Does not connect a sign with the page's wording (for example heat without exercise). */
  | 'other_wording';

/** Another honest answer set for the same story: what changes, and why a reader might give it. */
export interface Alternative {
  misreading: Misreading;
  /** One sentence: which page, and how it is read. */
  why: string;
  /** The answers that differ from the case's own; the rest are as the case gives them. */
  answers: VignetteAnswers;
}

export interface Vignette {
  /** kebab-case, unique. */
  id: string;
  teller: Teller;
  /** Age of the person with the leg trouble, as the story implies it. */
  age: number;
  /** Pregnant now, or gave birth in the last 6 weeks. */
  pregnancy?: 'pregnant' | 'after_birth';
  tags?: readonly VignetteTag[];
  /** 2–5 sentences in the teller's own words; never an answer label word for word. */
  story: string;
  answers: VignetteAnswers;
  /** The level a clinician following the brief (§g, §f) would give. */
  expected: TriageLevel;
  /** Levels accepted as right: `expected`, plus any safer level the brief's contested points allow. Never a less urgent one. */
  acceptable: readonly TriageLevel[];
  /** The most specific likely cause: what should head the result's list. */
  cause: CauseId;
  /** Brief sections and reference numbers the expectation rests on, e.g. "§g 2.1, §b RF7 [23]". */
  brief: string;
  /** Why a level or cause was chosen where the brief is silent or contested, or why the case exists. */
  note?: string;
  /**
   * For emergency and urgent cases: other answer sets a careful but different reader could
   * honestly give (issue 16). None may lead to a level below urgent.
   */
  alternatives?: readonly Alternative[];
}
