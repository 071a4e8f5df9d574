/**
 * `npm run spec`: writes the clinical snapshot (machines/spec.ts) to
 * content/clinical/spec.json and, as this version's published snapshot, to
 * content/clinical/releases/<version>.json. A test fails when either is stale,
 * so a change to the rules cannot land without them (and without a new version
 * number once the old one is published: see the spec test).
 *
 * `npm run spec -- --check` only compares, and exits 1 when they differ.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { canonicalJson, clinicalSpec } from '../machines/spec';
import { specHash } from '../lib/sign-off';

const spec = clinicalSpec();
const text = canonicalJson(spec);
const targets = [new URL('../content/clinical/spec.json', import.meta.url), new URL(`../content/clinical/releases/${spec.version}.json`, import.meta.url)];

if (process.argv.includes('--hash')) {
  console.log(specHash(spec));
  process.exit(0);
}
if (process.argv.includes('--check')) {
  const stale = targets.filter((target) => !existsSync(target) || readFileSync(target, 'utf8') !== text);
  for (const target of stale) console.error(`stale: ${target.pathname} (run npm run spec)`);
  process.exit(stale.length > 0 ? 1 : 0);
}
for (const target of targets) writeFileSync(target, text);
console.log(`clinical snapshot ${spec.version}: ${spec.questions.length} questions, written to ${targets.map((t) => t.pathname.split('/content/')[1]).join(' and ')}`);
