/**
 * `npm run diagram:svg`: draws every /diagram drawing ahead of time, so the page
 * shows an SVG file and never loads Mermaid (issue 13). Run it after changing
 * content/ or the flow; lib/diagram-svg.test.ts fails until it is run.
 *
 * For every language, view and variant (lib/diagram-svg.ts `neededSvgs`, from the
 * same list the page reads), Mermaid's own bundle from node_modules draws the
 * Mermaid text in a blank page in headless Chromium, with the settings the
 * browser used (lib/mermaid-settings.ts). Then each SVG is:
 * - made the same every time: Mermaid's rounded shapes are drawn by rough.js,
 *   which jitters its curves with Math.random, so each drawing starts from the
 *   same seed, and the SVG's id is fixed;
 * - given each arrow's position in the text (`data-link`, what Mermaid's
 *   `linkStyle` counts), by which the viewer marks a person's path;
 * - written as XML (XMLSerializer: Mermaid's own string has HTML's bare `<br>`,
 *   which no SVG viewer opens), without the `data-points` Mermaid keeps only
 *   while drawing, and with path coordinates rounded to 1/100 px;
 * and saved as public/diagram-svg/<hash>.svg. Files no drawing needs are deleted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { neededSvgs, roundPaths, SVG_FOLDER } from '../lib/diagram-svg';
import { DRAWING_FONT, DRAWING_ID, MERMAID_SETTINGS } from '../lib/mermaid-settings';
import { launchChromium } from './serve';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = join(root, 'public', SVG_FOLDER);
const mermaidBundle = join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

async function main() {
  const needed = neededSvgs();
  const browser = await launchChromium();
  const written = new Map<string, number>();
  let changed = 0;
  try {
    const page = await browser.newPage();
    for (const dir of ['ltr', 'rtl'] as const) {
      const drawings = needed.filter((n) => n.dir === dir && !written.has(n.file));
      if (drawings.length === 0) continue;
      // The drawings are measured in the direction the page shows them in.
      await page.setContent(`<!doctype html><html dir="${dir}"><head><meta charset="utf-8"></head><body></body></html>`);
      await page.addScriptTag({ content: readFileSync(mermaidBundle, 'utf8') });
      await checkFont(page);
      for (const drawing of drawings) {
        if (written.has(drawing.file)) continue;
        const svg = roundPaths(await draw(page, drawing.text));
        const path = join(folder, drawing.file);
        if (!existsSync(path) || readFileSync(path, 'utf8') !== svg) {
          mkdirSync(folder, { recursive: true });
          writeFileSync(path, svg);
          changed += 1;
        }
        written.set(drawing.file, Buffer.byteLength(svg));
      }
    }
  } finally {
    await browser.close();
  }
  const orphans = readdirSync(folder).filter((name) => !written.has(name));
  for (const name of orphans) rmSync(join(folder, name));

  let raw = 0;
  let gzipped = 0;
  for (const name of [...written.keys()].sort()) {
    const bytes = readFileSync(join(folder, name));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`public/${SVG_FOLDER}: ${written.size} drawings (${needed.length} language × view × variant), ${changed} written, ${orphans.length} deleted`);
  console.log(`${(raw / 1024).toFixed(1)} kB in all, ${(gzipped / 1024).toFixed(1)} kB gzipped; the largest ${(Math.max(...written.values()) / 1024).toFixed(1)} kB`);
}

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>['newPage']>>;

/** Refuses to draw where Arial is neither installed nor stood in for by a metric-compatible font: the boxes would not fit the text elsewhere. */
async function checkFont(page: Page) {
  // (No named functions inside evaluate: tsx wraps them in a helper the page does not have.)
  const [arial, liberation, fallback, drawing] = await page.evaluate(
    (families) =>
      families.map((family) => {
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `16px ${family}`;
        return context.measureText('Leg cramps at night: which answers call for a doctor?').width;
      }),
    ['Arial, monospace', '"Liberation Sans", monospace', 'monospace', DRAWING_FONT],
  );
  const widths = { arial, liberation, fallback, drawing };
  if (widths.arial === widths.fallback || widths.drawing !== widths.arial || (widths.liberation !== widths.fallback && widths.liberation !== widths.arial)) {
    throw new Error(`Arial is not installed here, nor Liberation Sans in its place (fonts-liberation on Debian): the drawings would be measured in another font (${JSON.stringify(widths)})`);
  }
}

/** One drawing: Mermaid's SVG, each arrow numbered by its position in the text, serialized as XML. */
function draw(page: Page, text: string): Promise<string> {
  return page.evaluate(
    async ({ text, id, settings }) => {
      // A fixed seed for every drawing (rough.js's jitter): the same text always makes the same file.
      let seed = 20251205;
      Math.random = () => {
        seed = (seed * 48271) % 2147483647;
        return seed / 2147483647;
      };
      const mermaid = (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid;
      mermaid.initialize(settings);
      const { svg } = await mermaid.render(id, text);
      const holder = document.createElement('div');
      holder.innerHTML = svg;
      const root = holder.querySelector('svg')!;
      // Mermaid's own list of the arrows, in the order written, with the id each path carries.
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
      const edges = (diagram.db as unknown as { getEdges(): { id: string }[] }).getEdges();
      const paths = [...root.querySelectorAll('.edgePaths path[data-id]')];
      if (paths.length !== edges.length) throw new Error(`${paths.length} arrows drawn, ${edges.length} written`);
      edges.forEach((edge, position) => {
        const path = paths.find((p) => p.getAttribute('data-id') === edge.id);
        if (!path) throw new Error(`no arrow drawn for ${edge.id}`);
        path.setAttribute('data-link', String(position));
      });
      for (const element of root.querySelectorAll('[data-points]')) element.removeAttribute('data-points');
      return new XMLSerializer().serializeToString(root);
    },
    { text, id: DRAWING_ID, settings: MERMAID_SETTINGS },
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
