import type { ContentPack } from '@/content/types';
import { PRINT_MODULE_MM, qrDrawing } from '@/lib/qr-code';

/**
 * A QR code that opens this result on another screen (a clinician's), with the
 * plain warning that the answers are inside it. Made on the server, drawn as the
 * page's own SVG: no script, no request to anyone. Its colours are the drawing's
 * own (presentation attributes, which the CSP allows where a style attribute is
 * refused), so it stays black on white with its quiet zone in dark mode and on
 * paper; printed, each module is PRINT_MODULE_MM wide (the width and height
 * below), on screen the stylesheet fits it to the column.
 */
export function ResultCode({ href, content }: { href: string; content: ContentPack }) {
  const h = content.ui.result.handover;
  const { size, path } = qrDrawing(href);
  const printed = `${size * PRINT_MODULE_MM}mm`;
  return (
    <figure className="app-result-code" data-testid="result-code">
      <svg
        className="app-result-code__image"
        role="img"
        aria-label={h.codeLabel}
        viewBox={`0 0 ${size} ${size}`}
        width={printed}
        height={printed}
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#ffffff" />
        <path d={path} fill="#000000" />
      </svg>
      <figcaption className="app-result-code__note">{h.codeNote}</figcaption>
    </figure>
  );
}
