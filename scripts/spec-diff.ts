/**
 * `npm run spec:diff -- <from> <to>`: prints what changed between two published
 * clinical snapshots (content/clinical/releases/<version>.json), in words, one
 * change per line. `<to>` may be `current` (the working snapshot, from the code),
 * and is `current` when left out: paste the output into a pull request.
 */
import { diffSpecs, diffText } from '../machines/spec-diff';
import { clinicalSpec } from '../machines/spec';
import { RELEASES, RELEASE_VERSIONS } from '../content/clinical/releases';

const [from, to = 'current'] = process.argv.slice(2);
const snapshot = (version: string | undefined) => {
  if (version === 'current') return clinicalSpec();
  const found = version === undefined ? undefined : RELEASES[version];
  if (!found) {
    console.error(`usage: npm run spec:diff -- <from> [<to>|current]; published versions: ${RELEASE_VERSIONS.join(', ')}`);
    process.exit(2);
  }
  return found;
};
process.stdout.write(diffText(diffSpecs(snapshot(from), snapshot(to))));
