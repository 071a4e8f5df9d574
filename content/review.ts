/**
 * The content version. Bump it on every change to the clinical snapshot
 * (`npm run spec`; a test fails when the snapshot changed but a published
 * version's file would be overwritten). Whether this version is signed off is
 * computed from content/clinical/sign-offs.ts (lib/sign-off.ts), never typed here.
 */
export const review = {
  version: '0.7.0',
} as const;
