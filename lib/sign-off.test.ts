import { describe, expect, it } from 'vitest';
import { SIGN_OFFS } from '@/content/clinical/sign-offs';
import { clinicalSpec, type ClinicalSpec } from '@/machines/spec';
import { CURRENT_REVIEW, reviewState, specHash } from './sign-off';

const reviewer = { name: 'A. Clinician', role: 'General practitioner' };

describe('sign-off status', () => {
  it('is "reviewed" while the snapshot hash matches a signed record, and "draft" after any change', () => {
    const spec = clinicalSpec();
    const signed = [{ version: spec.version, date: '2026-12-01', reviewers: [reviewer], snapshotHash: specHash(spec) }];
    expect(reviewState(spec, signed)).toMatchObject({ status: 'reviewed', signOff: { date: '2026-12-01' } });

    const changed: ClinicalSpec = structuredClone(spec);
    changed.questions[0]!.answers[0]!.triage = 'urgent';
    expect(reviewState(changed, signed)).toMatchObject({ status: 'draft', version: spec.version });
  });

  it('a signature for another version does not count, even with the same hash', () => {
    const spec = clinicalSpec();
    expect(reviewState(spec, [{ version: '9.9.9', date: '2026-12-01', reviewers: [reviewer], snapshotHash: specHash(spec) }]).status).toBe('draft');
  });

  it('ships unsigned: no reviewer is invented, so the status is draft', () => {
    expect(SIGN_OFFS).toEqual([]);
    expect(CURRENT_REVIEW.status).toBe('draft');
  });

  it('hashes the canonical text: key order does not matter, values do', () => {
    const spec = clinicalSpec();
    const reordered = Object.fromEntries(Object.entries(spec).reverse()) as unknown as ClinicalSpec;
    expect(specHash(reordered)).toBe(specHash(spec));
    expect(specHash({ ...spec, version: 'x' })).not.toBe(specHash(spec));
    expect(specHash(spec)).toMatch(/^[0-9a-f]{64}$/);
  });
});
