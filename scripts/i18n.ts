/**
 * The translation workflow's commands.
 *
 *   npm run i18n:status                 per language: entries, missing, outdated, review status
 *   npm run i18n:stamp -- es --all      after translating: record today's English as the source of every entry
 *   npm run i18n:stamp -- es <path>…    …or of the entries named (e.g. questions.age.heading)
 *
 * Stamps live in content/<lang>/made-from.json (generated; never edit by hand).
 */
import { writeFileSync } from 'node:fs';
import { ENGLISH, TRANSLATIONS, translatedText, translationOf } from '../content/translations';
import { entries, textHash, translationStatus } from '../content/i18n/translation';

const [command, lang, ...rest] = process.argv.slice(2);

if (command === 'status') {
  const rows = Object.values(TRANSLATIONS).map((translation) => translationStatus(ENGLISH, translatedText(translation), translation.record));
  console.log('| Language | Entries | Missing | Outdated (shown in English) | Checked by a clinician who speaks it |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const reviewer = translationOf(row.lang)?.record.reviewer;
    console.log(`| ${row.lang} | ${row.entries} | ${row.missing.length} | ${row.outdated.length} | ${reviewer ? `${reviewer.name}, ${reviewer.role}, ${reviewer.date}` : 'not yet'} |`);
  }
  for (const row of rows) {
    for (const path of row.missing) console.log(`${row.lang} missing: ${path}`);
    for (const path of row.outdated) console.log(`${row.lang} outdated: ${path}`);
  }
  if (rows.length === 0) console.log('(no translations yet)');
} else if (command === 'stamp' && lang && translationOf(lang)) {
  const english = entries(ENGLISH);
  const paths = rest.includes('--all') ? Object.keys(english).filter((p) => p !== 'lang' && p !== 'dir') : rest;
  const unknown = paths.filter((p) => !Object.hasOwn(english, p));
  if (paths.length === 0 || unknown.length > 0) {
    console.error(paths.length === 0 ? 'Name the entries to stamp, or --all.' : `Not an English entry: ${unknown.join(', ')}`);
    process.exit(1);
  }
  const madeFrom: Record<string, string> = { ...translationOf(lang)!.record.madeFrom };
  for (const path of paths) madeFrom[path] = textHash(english[path]!);
  const sorted = Object.fromEntries(Object.keys(madeFrom).sort().map((k) => [k, madeFrom[k]]));
  writeFileSync(new URL(`../content/${lang}/made-from.json`, import.meta.url), JSON.stringify(sorted, null, 2) + '\n');
  console.log(`content/${lang}/made-from.json: ${paths.length} entries stamped from today's English`);
} else {
  console.error('Usage: npm run i18n:status | npm run i18n:stamp -- <lang> (--all | <entry path>…)');
  process.exit(1);
}
