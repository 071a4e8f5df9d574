/**
 * Clinical sign-off: one record per version a clinician has reviewed and
 * signed, naming the exact snapshot they signed by its hash (sha-256 of
 * content/clinical/spec.json as `npm run spec` writes it; `npm run spec -- --hash`
 * prints it). The status people and clinicians see is computed from this
 * (lib/sign-off.ts): "Reviewed on … by …" only while the current snapshot's
 * hash matches a record here, "Draft" after any unsigned change.
 *
 * Never invent a reviewer. This list stays empty until a real clinician signs;
 * add their record in the same pull request as their written sign-off.
 */
export interface Reviewer {
  name: string;
  /** e.g. "General practitioner", "Clinical safety officer". */
  role: string;
  /** Professional registration, e.g. "GMC 1234567", where they give one. */
  registration?: string;
}

export interface SignOff {
  version: string;
  /** ISO date of the sign-off. */
  date: string;
  reviewers: readonly Reviewer[];
  /** sha-256 (hex) of the signed snapshot. */
  snapshotHash: string;
}

export const SIGN_OFFS: readonly SignOff[] = [];
