/**
 * The content packs, one per language: words only. The machine never reads words,
 * only ids; pages pick a pack and look the ids up in it, and look the same ids up
 * in `clinical` (content/clinical/) for the facts: sources, evidence labels,
 * action kinds and reviewer notes, the same in every language.
 */
import { en } from './en';
import type { ContentPack } from './types';

export const CONTENT_PACKS = { en } as const satisfies Record<string, ContentPack>;
export type Lang = keyof typeof CONTENT_PACKS;
export const DEFAULT_LANG: Lang = 'en';

export function contentFor(lang: string | undefined | null): ContentPack {
  // Own keys only: a language named like a prototype property ("toString", "__proto__") is not a pack.
  return lang && Object.hasOwn(CONTENT_PACKS, lang) ? CONTENT_PACKS[lang as Lang] : CONTENT_PACKS[DEFAULT_LANG];
}

export { clinical, MYTH_IDS, sources, SOURCE_ORDER } from './clinical';
export { review } from './review';
