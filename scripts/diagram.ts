/**
 * `npm run diagram`: prints the machine as Mermaid flowchart text (the same
 * text the /diagram page draws). `--readme` rewrites the README's block instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { contentFor } from '../content';
import { toMermaid } from '../machines/to-mermaid';
import { README_BLOCK, replaceReadmeBlock } from './readme-block';

const text = toMermaid(contentFor('en'));
if (process.argv.includes('--readme')) {
  const path = new URL('../README.md', import.meta.url);
  writeFileSync(path, replaceReadmeBlock(readFileSync(path, 'utf8'), text));
  console.log(`README.md: ${README_BLOCK.start} block updated`);
} else {
  process.stdout.write(text);
}
