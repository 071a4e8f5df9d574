import { describe, expect, it } from 'vitest';
import { decodeSettings, DEFAULT_TOKEN, embedSurface, encodeSettings, validateSettings, type EmbedSettings } from './embed-settings';

describe('embed settings', () => {
  it('round-trips valid settings through the token', () => {
    const settings: EmbedSettings = { clinicName: 'Riverside Health Centre', clinicPhone: '+44 20 7946 0000', emergencyNumber: '999', themeColor: '#005eb8', theme: 'dark', lang: 'en', start: 'skip', events: 'detailed' };
    expect(decodeSettings(encodeSettings(settings))).toEqual({ settings, warnings: [] });
    expect(encodeSettings({})).toBe(DEFAULT_TOKEN);
    expect(decodeSettings(DEFAULT_TOKEN)).toEqual({ settings: {}, warnings: [] });
  });

  it('drops each invalid value with a warning naming its attribute', () => {
    const { settings, warnings } = validateSettings({
      clinicName: '<script>alert(1)</script>',
      clinicPhone: 'call me',
      emergencyNumber: '9',
      themeColor: 'red; background:url(x)',
      theme: 'midnight',
      lang: 'xx',
      start: 'later',
      events: 'all',
    });
    expect(settings).toEqual({});
    expect(warnings.join(' ')).toMatch(/clinic-name.*clinic-phone.*emergency-number.*theme-color.*theme .*lang.*start .*events /);
  });

  it('accepts only "detailed" for events (the result event names the causes only then)', () => {
    expect(validateSettings({ events: 'detailed' })).toEqual({ settings: { events: 'detailed' }, warnings: [] });
    for (const events of ['Detailed', 'all', 'causes', '', 'detailed,triage']) {
      expect(validateSettings({ events })).toEqual({ settings: {}, warnings: ['Leg Cramp Check: ignored the events attribute (not a valid value).'] });
    }
  });

  it('accepts each theme, and only "skip" for start', () => {
    for (const theme of ['auto', 'light', 'dark']) expect(validateSettings({ theme })).toEqual({ settings: { theme }, warnings: [] });
    expect(validateSettings({ theme: ' light ' }).settings).toEqual({ theme: 'light' });
    for (const theme of ['Dark', 'dark; color:red', '', 'true']) {
      expect(validateSettings({ theme })).toEqual({ settings: {}, warnings: ['Leg Cramp Check: ignored the theme attribute (not a valid value).'] });
    }
    expect(validateSettings({ start: 'skip' })).toEqual({ settings: { start: 'skip' }, warnings: [] });
    for (const start of ['SKIP', 'start', '', 'skip it']) {
      expect(validateSettings({ start })).toEqual({ settings: {}, warnings: ['Leg Cramp Check: ignored the start attribute (not a valid value).'] });
    }
  });

  it('a bad theme or start in a token is dropped, and the good settings beside it kept', () => {
    const token = Buffer.from(JSON.stringify({ theme: 'url(x)', start: 'now', emergencyNumber: '112' })).toString('base64url');
    const { settings, warnings } = decodeSettings(token);
    expect(settings).toEqual({ emergencyNumber: '112' });
    expect(warnings).toHaveLength(2);
  });

  it('treats an unreadable token as no settings, never as an error', () => {
    for (const token of ['%%%', 'a'.repeat(700), Buffer.from('[1,2]').toString('base64url'), Buffer.from('not json').toString('base64url')]) {
      const { settings, warnings } = decodeSettings(token);
      expect(settings).toEqual({});
      expect(warnings).toHaveLength(1);
    }
  });

  it('puts the canonical token in the base path, never the raw segment', () => {
    expect(embedSurface('default')).toMatchObject({ base: '/embed/default', embedded: true, settings: {} });
    const good = encodeSettings({ clinicName: 'Riverside', emergencyNumber: '999' });
    expect(embedSurface(good).base).toBe(`/embed/${good}`);
    // Unreadable, or readable with a bad value: the base carries only what passed the checks.
    for (const raw of ['a b', '\u0000', '日本', '%zz', '../../x', 'default/../../etc']) expect(embedSurface(raw).base).toBe('/embed/default');
    const mixed = Buffer.from(JSON.stringify({ clinicName: 'Riverside', theme: 'neon' })).toString('base64url');
    expect(embedSurface(mixed).base).toBe(`/embed/${encodeSettings({ clinicName: 'Riverside' })}`);
    expect(embedSurface(mixed).base).toMatch(/^\/embed\/[A-Za-z0-9_-]+$/);
  });

  it('takes only a language the app has: prototype names are not languages', () => {
    for (const lang of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf']) {
      const token = Buffer.from(JSON.stringify({ lang })).toString('base64url');
      const { settings, warnings } = decodeSettings(token);
      expect(settings).toEqual({});
      expect(warnings).toEqual(['Leg Cramp Check: ignored the lang attribute (not a valid value).']);
    }
    expect(decodeSettings(Buffer.from(JSON.stringify({ lang: 'en' })).toString('base64url')).settings).toEqual({ lang: 'en' });
  });
});
