/**
 * How a clinic's embed looks: its button colour (with text that meets WCAG AA on
 * it) and a fixed light or dark scheme. The values were checked with the other
 * settings (embed-settings.ts); this only turns them into CSS.
 */
import type { EmbedSettings } from './embed-settings';

/** Relative luminance (WCAG) of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export const contrast = (a: string, b: string): number => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

/**
 * CSS variables for a clinic's colour. Text on it is white or near-black,
 * whichever passes WCAG AA; a colour too light to use as a link on white is
 * kept for buttons and borders only.
 */
export function themeStyle(themeColor: string | undefined): Record<string, string> {
  if (!themeColor) return {};
  const text = contrast(themeColor, '#ffffff') >= 4.5 ? '#ffffff' : '#0b0c0c';
  return { '--app-button': themeColor, '--app-button-text': text, '--app-theme': themeColor };
}

/**
 * The clinic's colour as a rule for the frame's root, for a <style> element
 * carrying the request's CSP nonce (a style attribute would need 'unsafe-inline').
 * Empty when the clinic sets no colour. Only checked colours reach it.
 */
export function themeCss(themeColor: string | undefined, selector = '#embed-root'): string {
  const entries = Object.entries(themeStyle(themeColor));
  return entries.length === 0 ? '' : `${selector}{${entries.map(([name, value]) => `${name}:${value}`).join(';')}}`;
}

/**
 * The frame root's data-theme: set only when the clinic fixes light or dark, so
 * that 'auto' (and no attribute) leaves the reader's own setting in charge.
 */
export function dataTheme(theme: EmbedSettings['theme']): 'light' | 'dark' | undefined {
  return theme === 'light' || theme === 'dark' ? theme : undefined;
}
