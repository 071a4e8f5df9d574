/**
 * The /diagram drawings made ahead of time (`npm run diagram:svg`): one SVG file
 * per language, view and variant in public/diagram-svg/, named by a hash of all
 * its drawing depends on (the Mermaid text, the page's direction, the Mermaid
 * release and its settings), so a file's name changes whenever its drawing
 * would, and a browser may keep it for ever.
 * Server and scripts only (node:crypto).
 */
import { createHash } from 'node:crypto';
import { CONTENT_PACKS, LANGUAGES, type Lang } from '@/content';
import { DIRECTION } from '@/content/languages';
import { diagramDrawings, DRAWING_VARIANTS, type DrawingVariant } from '@/machines/diagram-drawings';
import { MERMAID_SETTINGS, MERMAID_VERSION } from './mermaid-settings';

/** The folder in public/, and so the path the files are served at. */
export const SVG_FOLDER = 'diagram-svg';

export type Direction = 'ltr' | 'rtl';

/**
 * The file that holds the drawing of `text` on a page in direction `dir`: the
 * first 16 hex digits of a SHA-256 of all it depends on. (Mermaid measures
 * right-to-left labels in a right-to-left page differently: the Arabic boxes
 * come out other sizes in a left-to-right one.)
 */
export function svgFileName(text: string, dir: Direction): string {
  const hash = createHash('sha256').update(`mermaid ${MERMAID_VERSION}\n${JSON.stringify(MERMAID_SETTINGS)}\n${dir}\n${text}`).digest('hex');
  return `${hash.slice(0, 16)}.svg`;
}

/** Where the page fetches the drawing of `text` from. */
export const svgHref = (text: string, dir: Direction): string => `/${SVG_FOLDER}/${svgFileName(text, dir)}`;

export interface NeededSvg {
  lang: Lang;
  dir: Direction;
  key: string;
  variant: DrawingVariant;
  text: string;
  file: string;
}

/** Every drawing /diagram can show, in every language: what `npm run diagram:svg` makes and its test checks. */
export function neededSvgs(): NeededSvg[] {
  return LANGUAGES.flatMap((lang) =>
    diagramDrawings(CONTENT_PACKS[lang]).flatMap((drawing) =>
      DRAWING_VARIANTS.map((variant) => ({ lang, dir: DIRECTION[lang], key: drawing.key, variant, text: drawing[variant], file: svgFileName(drawing[variant], DIRECTION[lang]) })),
    ),
  );
}

/** Rounds the numbers in every path's `d` to 1/100 px: rough.js writes 16 digits, most of each file. */
export function roundPaths(svg: string): string {
  return svg.replace(/ d="([^"]*)"/g, (_, d: string) => {
    const rounded = d.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (number: string, at: number) => {
      const value = Math.round(Number(number) * 100) / 100;
      const text = String(Object.is(value, -0) ? 0 : value);
      // "1.001.5" is two numbers; rounded, they must not run together as "10.5".
      return at > 0 && /[\d.]/.test(d[at - 1]!) ? ` ${text}` : text;
    });
    return ` d="${rounded}"`;
  });
}
