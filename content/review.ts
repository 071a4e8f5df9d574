/**
 * Version and clinical sign-off of the content. Update `version` on every
 * change to content/ or to the machine's rules, and the review block when a
 * clinician signs the new version off.
 */
export const review = {
  version: '0.3.0',
  /** ISO date of the last clinical review, or null while no clinician has signed this version off. */
  reviewedOn: null as string | null,
  reviewers: [] as readonly string[],
  status: 'Draft: written from the evidence brief, awaiting clinical review.',
} as const;
