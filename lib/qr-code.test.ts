import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '@/content/ids';
import { LANGUAGES, languageBase } from '@/content/languages';
import { checkQuery, type RawAnswer } from '@/machines/address';
import { allRoutes } from '@/machines/paths';
import { restoreParams } from '@/machines/replay';
import { PRINT_MODULE_MM, QUIET_ZONE, qrDrawing, type QrDrawing } from './qr-code';

/** A public address of a plausible length for a clinic's copy of the check. */
const ORIGIN = 'https://leg-cramp-check.riverside-health.example';

/** The drawing's rectangles, read back from its path. */
function rectangles({ path }: QrDrawing) {
  const parts = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(parts.map((p) => p[0]).join(''), 'the path is only rectangles').toBe(path);
  return parts.map(([, x, y, w, back]) => {
    expect(back).toBe(w);
    return { x: Number(x), y: Number(y), width: Number(w) };
  });
}

/** The drawing painted as a screenshot would be: black on white, `scale` pixels a module. */
function paint(drawing: QrDrawing, scale = 4) {
  const side = drawing.size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const { x, y, width } of rectangles(drawing)) {
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + width) * scale; px++) pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
    }
  }
  return { pixels, side };
}

const read = (drawing: QrDrawing) => {
  const { pixels, side } = paint(drawing);
  return jsQR(pixels, side, side, { inversionAttempts: 'dontInvert' })?.data;
};

/** Every result's address, in every language's site, as the code on its page carries it. */
const resultAddresses = (routes: readonly { answers: readonly RawAnswer[] }[]) =>
  routes.flatMap(({ answers }) => LANGUAGES.map((lang) => `${ORIGIN}${languageBase(lang)}/result${checkQuery(answers)}`));

/**
 * The same routes with every box ticked on each tick-any page after the warning
 * signs (medicines, conditions, triggers, …), where the path still reaches a
 * result: the longest addresses real answers make.
 */
function everythingTicked() {
  return allRoutes()
    .map(({ answers }) => ({
      answers: answers.map(({ question, value }) => {
        const { multiple, stage, answers: ids } = QUESTIONS[question];
        return multiple && stage !== 'red_flags' ? { question, value: [...ids] } : { question, value };
      }),
    }))
    .filter(({ answers }) => {
      const restored = restoreParams(Object.fromEntries(new URLSearchParams(checkQuery(answers))), { toResult: true });
      return restored.ok && restored.snapshot.status === 'done';
    });
}

const longest = (addresses: string[]) => addresses.reduce((a, b) => (b.length > a.length ? b : a));

describe('a QR code drawn for a result', () => {
  it('reads back as its text, quiet zone and all', () => {
    const text = `${ORIGIN}/es/result${checkQuery(allRoutes()[0]!.answers)}`;
    const drawing = qrDrawing(text);
    expect(drawing.size).toBe(4 * drawing.version + 17 + 2 * QUIET_ZONE);
    expect(read(drawing)).toBe(text);
    for (const { x, y, width } of rectangles(drawing)) {
      expect(Math.min(x, y), 'nothing in the quiet zone').toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Math.max(x + width, y + 1), 'nothing in the quiet zone').toBeLessThanOrEqual(drawing.size - QUIET_ZONE);
    }
  });

  it("the longest route's address is version 15 at most, 4.3 cm printed, and reads back", () => {
    const text = longest(resultAddresses(allRoutes()));
    const drawing = qrDrawing(text);
    expect(drawing.version).toBeLessThanOrEqual(15);
    expect(drawing.size * PRINT_MODULE_MM).toBeLessThanOrEqual(42.5);
    expect(read(drawing)).toBe(text);
  });

  it('with every box ticked, the longest address is version 24 at most, 6.1 cm printed, and reads back', () => {
    const text = longest(resultAddresses(everythingTicked()));
    const drawing = qrDrawing(text);
    expect(text.length).toBeGreaterThan(600);
    expect(drawing.version).toBeLessThanOrEqual(24);
    expect(drawing.size * PRINT_MODULE_MM).toBeLessThanOrEqual(60.5);
    expect(read(drawing)).toBe(text);
  });
});
