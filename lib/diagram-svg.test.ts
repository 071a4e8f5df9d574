import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { neededSvgs, roundPaths, svgFileName, SVG_FOLDER } from './diagram-svg';
import { MERMAID_VERSION } from './mermaid-settings';

const folder = fileURLToPath(new URL(`../public/${SVG_FOLDER}/`, import.meta.url));
const RUN = 'run `npm run diagram:svg` and commit public/diagram-svg/';

describe('the /diagram drawings made ahead of time (public/diagram-svg/)', () => {
  const needed = neededSvgs();
  const committed = existsSync(folder) ? readdirSync(folder) : [];

  it('has a drawing of the current Mermaid text for every language, view and variant', () => {
    // A changed label, rule or translation changes the text, so its file name: the old file no longer counts.
    const missing = needed.filter((n) => !committed.includes(n.file)).map((n) => `${n.lang} ${n.key} ${n.variant}: ${n.file}`);
    expect(missing, `drawings missing or out of date: ${RUN}`).toEqual([]);
  });

  it('keeps no drawing that nothing shows', () => {
    const wanted = new Set(needed.map((n) => n.file));
    expect(
      committed.filter((name) => !wanted.has(name)),
      `files no drawing needs: ${RUN} (it deletes them)`,
    ).toEqual([]);
  });

  it('each file draws its own text: every node written, and every arrow numbered by its position', () => {
    for (const { file, text, lang, key, variant } of needed.filter((n) => committed.includes(n.file))) {
      const svg = readFileSync(join(folder, file), 'utf8');
      const where = `${lang} ${key} ${variant} (${file})`;
      const nodes = [...text.matchAll(/^ {2,4}(\w+)(?:\("|\[\["|\(\["|>")/gm)].map((m) => m[1]!);
      for (const id of nodes) expect(svg, `${where}: node ${id}`).toMatch(new RegExp(`id="lcc-diagram-svg-flowchart-${id}-\\d+"`));
      const arrows = text.split('\n').filter((line) => /^ {2}\w+ -\.?->\|/.test(line)).length;
      const links = [...svg.matchAll(/ data-link="(\d+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
      expect(links, where).toEqual([...Array(arrows).keys()]);
      // Self-contained: its own styles, nothing fetched, no script.
      expect(svg, where).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg, where).not.toMatch(/<script|href="http|url\(http|@import/i);
    }
  });

  it('names each file by its text, its direction and the Mermaid release that draws it', () => {
    expect(svgFileName('flowchart TD\n', 'ltr')).toMatch(/^[0-9a-f]{16}\.svg$/);
    expect(svgFileName('flowchart TD\n', 'ltr')).not.toBe(svgFileName('flowchart LR\n', 'ltr'));
    expect(svgFileName('flowchart TD\n', 'ltr')).not.toBe(svgFileName('flowchart TD\n', 'rtl'));
    const installed = (JSON.parse(readFileSync(new URL('../node_modules/mermaid/package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(MERMAID_VERSION, `Mermaid ${installed} is installed: set MERMAID_VERSION in lib/mermaid-settings.ts to it, then ${RUN}`).toBe(installed);
  });
});

describe('roundPaths', () => {
  it("rounds a path's coordinates to 1/100 px, keeping numbers apart, and touches nothing else", () => {
    expect(roundPaths('<path d="M-184.0703125 -19.5 C37.585656957094784,108.89899858581043 1e-7 2.004" x="1.23456"/>')).toBe(
      '<path d="M-184.07 -19.5 C37.59,108.9 0 2" x="1.23456"/>',
    );
    // Two numbers written without a separator stay two numbers.
    expect(roundPaths('<path d="M1.001.5L-0.001-2"/>')).toBe('<path d="M1 0.5L0 -2"/>');
  });
});
