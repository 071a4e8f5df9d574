import { describe, expect, it } from 'vitest';
import { contrast, dataTheme, themeStyle } from './theme';

describe('light or dark', () => {
  it('marks the frame root only when the clinic fixes light or dark', () => {
    expect(dataTheme('dark')).toBe('dark');
    expect(dataTheme('light')).toBe('light');
    expect(dataTheme('auto')).toBeUndefined();
    expect(dataTheme(undefined)).toBeUndefined();
  });
});

describe('theme colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#005eb8', '#ffffff')).toBeGreaterThan(4.5);
  });
  it('puts dark text on a light clinic colour and white on a dark one', () => {
    expect(themeStyle('#ffdd00')['--app-button-text']).toBe('#0b0c0c');
    expect(themeStyle('#005eb8')['--app-button-text']).toBe('#ffffff');
    expect(themeStyle('#fff')['--app-button-text']).toBe('#0b0c0c');
    expect(themeStyle(undefined)).toEqual({});
  });
});
