/**
 * Mermaid's settings for every drawing the app shows, in one place: the
 * /diagram drawings made ahead of time by `npm run diagram:svg`
 * (scripts/diagram-svg.ts), and the /review/changes drawing, which the browser
 * still draws (lib/diagram-svg.ts names each file made ahead by these too).
 * No Node imports: the browser's viewer reads it.
 */
import type { MermaidConfig } from 'mermaid';

/**
 * The SVG's id: fixed, so the same drawing made twice is the same file. Mermaid
 * derives each node's id from it (`lcc-diagram-svg-flowchart-<node>-<n>`), which
 * is how the viewer finds the nodes.
 */
export const DRAWING_ID = 'lcc-diagram-svg';

/**
 * Arial first, with its stand-ins. Mermaid sizes each box to its text as the
 * drawing machine measures it. Where the drawings are made (headless Chromium
 * on Debian), Arial resolves to Liberation Sans, which is metric-compatible with
 * Arial (every glyph the same width), so the boxes measured there fit the text
 * where the reader's machine draws it in Arial itself (Windows, macOS) or in
 * Liberation Sans (most Linux desktops). Mermaid's default ("trebuchet ms",
 * verdana, …) would be measured in one font and read in another.
 */
export const DRAWING_FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif';

export const MERMAID_SETTINGS = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'base',
  themeVariables: { fontFamily: DRAWING_FONT },
  flowchart: { useMaxWidth: false, wrappingWidth: 400, rankSpacing: 40, nodeSpacing: 30 },
} as const satisfies MermaidConfig;

/**
 * The Mermaid release the drawings made ahead of time come from. It is part of
 * each file's name, so an upgrade asks for new drawings; a unit test fails when
 * it is not the installed release (lib/diagram-svg.test.ts).
 */
export const MERMAID_VERSION = '11.17.2';
