/**
 * Whether the content people see is the content a clinician signed: the
 * current clinical snapshot's hash against the sign-off records. Server only
 * (node:crypto); the pages pass the computed status down.
 */
import { createHash } from 'node:crypto';
import { SIGN_OFFS, type SignOff } from '@/content/clinical/sign-offs';
import { canonicalJson, clinicalSpec, type ClinicalSpec } from '@/machines/spec';

/** sha-256 (hex) of a snapshot's canonical text: what a sign-off names. */
export const specHash = (spec: ClinicalSpec): string => createHash('sha256').update(canonicalJson(spec)).digest('hex');

export type ReviewState = { status: 'reviewed'; signOff: SignOff; hash: string } | { status: 'draft'; hash: string; version: string };

/** "Reviewed" only while the snapshot's hash matches a signed record of its version; anything else is a draft. */
export function reviewState(spec: ClinicalSpec = clinicalSpec(), signOffs: readonly SignOff[] = SIGN_OFFS): ReviewState {
  const hash = specHash(spec);
  const signOff = signOffs.find((s) => s.snapshotHash === hash && s.version === spec.version);
  return signOff ? { status: 'reviewed', signOff, hash } : { status: 'draft', hash, version: spec.version };
}

/** The shipped content's state, worked out once per server process. */
export const CURRENT_REVIEW: ReviewState = reviewState();
