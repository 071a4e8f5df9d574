/**
 * A QR code as a drawing: the `qrcode` package makes the code (on the server,
 * nothing sent anywhere), and this turns its modules into one SVG path, so a
 * page can draw it as its own `<svg>` with presentation attributes only (the
 * pages' CSP allows no style attributes) and give it a name.
 */
import QRCode from 'qrcode';

/** The quiet zone around the code, in modules: the 4 the QR standard asks for, so a camera finds its edges on any background. */
export const QUIET_ZONE = 4;

/**
 * Printed size of one module, in millimetres. Phone cameras read codes whose
 * modules are 0.33 mm and up when held close; 0.5 mm reads at arm's length and
 * from a desk, and keeps the longest result's code (version 15, 85 modules with
 * the quiet zone: 4.3 cm) small enough for the two-page print.
 */
export const PRINT_MODULE_MM = 0.5;

export interface QrDrawing {
  /** The QR version (1–40): 4 × version + 17 modules across, without the quiet zone. */
  version: number;
  /** Modules across, quiet zone included: the drawing's viewBox is size × size. */
  size: number;
  /** The dark modules as one path in module units: a rectangle per run of dark modules in a row. */
  path: string;
}

/** The drawing of a code for `text`, at error correction level M (15 % of it can be damaged or smudged). */
export function qrDrawing(text: string): QrDrawing {
  const { version, modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let path = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      const run = col - start;
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`;
    }
  }
  return { version, size: n + 2 * QUIET_ZONE, path };
}
