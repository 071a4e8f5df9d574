/**
 * Every published version's clinical snapshot (written by `npm run spec`), by
 * version: what /review/changes compares, what `npm run spec:diff` reads, and
 * what an old link's answers are read against. A test checks that every JSON
 * file in this folder is listed here and that the current version's file
 * equals the current snapshot.
 *
 * 0.2.0 was generated from the flow table as it stood at that version (commit
 * 941928a), by the same `clinicalSpec` code.
 */
import type { ClinicalSpec } from '../../../machines/spec';
import v020 from './0.2.0.json';
import v030 from './0.3.0.json';
import v040 from './0.4.0.json';
import v050 from './0.5.0.json';
import v060 from './0.6.0.json';
import v070 from './0.7.0.json';

export const RELEASES: Readonly<Record<string, ClinicalSpec>> = {
  '0.2.0': v020 as ClinicalSpec,
  '0.3.0': v030 as ClinicalSpec,
  '0.4.0': v040 as ClinicalSpec,
  '0.5.0': v050 as ClinicalSpec,
  '0.6.0': v060 as ClinicalSpec,
  '0.7.0': v070 as ClinicalSpec,
};

/** Oldest first. */
export const RELEASE_VERSIONS: readonly string[] = Object.keys(RELEASES);

/** A published version's snapshot, by its own key only (a version named "toString" is not one). */
export const releaseOf = (version: string | null | undefined): ClinicalSpec | undefined =>
  version && Object.hasOwn(RELEASES, version) ? RELEASES[version] : undefined;
