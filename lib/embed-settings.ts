/**
 * What a clinic sets on <leg-cramp-check>: its name and phone, the emergency
 * number, a theme colour, light or dark, the language, whether to skip the
 * start page, and whether the result event names the likely causes. The loader (public/embed.js) checks them and puts them in the
 * frame's address as one token; the frame checks them again here. Anything
 * invalid is dropped with a warning and never rendered.
 */
import { isLang } from '@/content/languages';
import { isEmergencyNumber, isPhoneNumber } from './emergency';

export interface EmbedSettings {
  clinicName?: string;
  clinicPhone?: string;
  emergencyNumber?: string;
  themeColor?: string;
  /** 'auto' follows the reader's own light or dark setting. */
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
  /** 'skip': open on the first question, for clinics that write their own introduction. */
  start?: 'skip';
  /**
   * 'detailed': the result event also carries the likely causes' ids. Off by default: a cause
   * (a suspected clot, pregnancy cramps) is health information about the visitor, and host
   * pages often forward every event to analytics.
   */
  events?: 'detailed';
}

/** Where a flow is shown: the site itself, or a clinic's embed (under its own base path). */
export interface Surface {
  /** Prefix for every link and form in the flow: '' on the site, '/embed/<token>' in a frame. */
  base: string;
  embedded: boolean;
  settings: EmbedSettings;
}

export const SITE: Surface = { base: '', embedded: false, settings: {} };

/** The token for "no settings". */
export const DEFAULT_TOKEN = 'default';
const MAX_TOKEN_LENGTH = 600;

const CHECKS: Record<keyof EmbedSettings, { attribute: string; valid: (value: string) => boolean }> = {
  clinicName: { attribute: 'clinic-name', valid: (v) => v.length >= 1 && v.length <= 80 && !/[\u0000-\u001f<>]/.test(v) },
  clinicPhone: { attribute: 'clinic-phone', valid: isPhoneNumber },
  emergencyNumber: { attribute: 'emergency-number', valid: isEmergencyNumber },
  themeColor: { attribute: 'theme-color', valid: (v) => /^#(?:[0-9a-fA-F]{3}){1,2}$/.test(v) },
  theme: { attribute: 'theme', valid: (v) => v === 'auto' || v === 'light' || v === 'dark' },
  lang: { attribute: 'lang', valid: isLang },
  start: { attribute: 'start', valid: (v) => v === 'skip' },
  events: { attribute: 'events', valid: (v) => v === 'detailed' },
};

export function validateSettings(raw: Record<string, unknown>): { settings: EmbedSettings; warnings: string[] } {
  const settings: EmbedSettings = {};
  const warnings: string[] = [];
  for (const key of Object.keys(CHECKS) as (keyof EmbedSettings)[]) {
    const value = raw[key];
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value.trim() : '';
    // The check has just narrowed the text to the key's own values.
    if (CHECKS[key].valid(text)) (settings as Record<keyof EmbedSettings, string>)[key] = text;
    else warnings.push(`Leg Cramp Check: ignored the ${CHECKS[key].attribute} attribute (not a valid value).`);
  }
  return { settings, warnings };
}

export function encodeSettings(settings: EmbedSettings): string {
  const entries = Object.entries(settings).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return DEFAULT_TOKEN;
  return Buffer.from(JSON.stringify(Object.fromEntries(entries)), 'utf8').toString('base64url');
}

export function decodeSettings(token: string): { settings: EmbedSettings; warnings: string[] } {
  if (token === DEFAULT_TOKEN) return { settings: {}, warnings: [] };
  const unreadable = { settings: {}, warnings: ['Leg Cramp Check: ignored the clinic settings (they could not be read).'] };
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return unreadable;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return unreadable;
    return validateSettings(parsed as Record<string, unknown>);
  } catch {
    return unreadable;
  }
}

/**
 * The embed's surface for a token from the address. Its base path is built from
 * the canonical token of the settings that passed the checks (never the raw
 * segment), so every link, form and redirect in the frame carries only
 * base64url characters or `default`, whatever was typed into the address.
 */
export function embedSurface(token: string): Surface & { warnings: string[] } {
  const { settings, warnings } = decodeSettings(token);
  return { base: `/embed/${encodeSettings(settings)}`, embedded: true, settings, warnings };
}
