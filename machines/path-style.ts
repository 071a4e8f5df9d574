/**
 * How one person's path is drawn: its boxes with a thick yellow border, its
 * arrows thick and red. machines/to-mermaid.ts writes it into the Mermaid text
 * (`classDef taken`, `linkStyle`), and the /diagram viewer puts the same on the
 * SVG drawn ahead of time, so both draw the path alike. No imports: the
 * browser's viewer reads it without the machine.
 */
export const PATH_STYLE = {
  node: { stroke: '#ffdd00', strokeWidth: '6px' },
  edge: { stroke: '#d4351c', strokeWidth: '4px' },
} as const;

/** Where one person's path is in one drawing. */
export interface TakenPath {
  /** Ids of the path's nodes that the drawing has. */
  nodes: readonly string[];
  /** Positions of the path's arrows among the drawing's arrows, in the order written (what `linkStyle` counts). */
  links: readonly number[];
}
