/**
 * The drawings the /diagram page offers in one language, as Mermaid text: one
 * per view (diagramViews), then the whole check, each with Back and Start again
 * arrows (`full`) and without them (`forward`). The page shows them, `npm run
 * diagram:svg` draws each one ahead of time, and a test checks that every one
 * has its drawing: all three read this list, so none can miss one.
 */
import type { ContentPack } from '../content/types';
import { diagramModel, diagramViews, toMermaid, type DiagramModel, type DiagramView } from './to-mermaid';

/** The key of the drawing of the whole check. */
export const WHOLE_CHECK = 'all';

export type DrawingVariant = 'full' | 'forward';
export const DRAWING_VARIANTS: readonly DrawingVariant[] = ['full', 'forward'];

export interface DiagramDrawing {
  key: string;
  /** The view drawn; undefined for the whole check. */
  view: DiagramView | undefined;
  /** The Mermaid text, with no one's path highlighted. */
  full: string;
  forward: string;
}

export function diagramDrawings(content: ContentPack, model: DiagramModel = diagramModel(content)): DiagramDrawing[] {
  return [...diagramViews(model), undefined].map((view) => ({
    key: view?.key ?? WHOLE_CHECK,
    view,
    full: toMermaid(content, { view, model }),
    forward: toMermaid(content, { view, navigation: false, model }),
  }));
}
