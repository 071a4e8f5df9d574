/**
 * The translation workflow's data: each language pack other than English says,
 * entry by entry, which English text it was translated from (a hash of it), and
 * whether a clinician who speaks the language has checked it.
 *
 * - A missing entry is a compile error: every pack is a full ContentPack.
 * - An outdated entry (the English changed since it was translated) is never
 *   shown as if current: `withEnglishWhereOutdated` puts today's English in its
 *   place, so a person reads the current clinical sentence, in English, rather
 *   than a translation of an old one. `npm run i18n:status` lists them.
 * - The review status is shown on the pack's pages until a named reviewer signs.
 *
 * Plain data and pure functions (no Node APIs): the browser's copy of the check
 * uses the same packs.
 */

/** Who checked a translation. Never invent one: stays null until a real clinician signs. */
export interface TranslationReviewer {
  name: string;
  role: string;
  date: string;
}

export interface TranslationRecord {
  lang: string;
  /** The language it was translated from. */
  from: 'en';
  /** "Translated from English; not yet checked by …" in the language itself, and the reviewed wording ({name}, {role}, {date}). */
  notice: { unreviewed: string; reviewed: string };
  reviewer: TranslationReviewer | null;
  /** By entry path (e.g. `questions.age.heading`): the hash of the English text it was translated from. */
  madeFrom: Readonly<Record<string, string>>;
}

/** cyrb53: a fast 53-bit string hash, the same in Node and the browser (change detection, not security). */
export function textHash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Every string in a pack, by path: `questions.age.heading`, `actions.heat.body[1]`. */
export function entries(value: unknown, path = ''): Record<string, string> {
  if (typeof value === 'string') return { [path]: value };
  if (Array.isArray(value)) return Object.assign({}, ...value.map((v, i) => entries(v, `${path}[${i}]`)));
  if (value && typeof value === 'object') {
    return Object.assign({}, ...Object.entries(value).map(([k, v]) => entries(v, path ? `${path}.${k}` : k)));
  }
  return {};
}

export interface TranslationStatus {
  lang: string;
  entries: number;
  /** In English, but empty in the translation. */
  missing: string[];
  /** Translated from an English text that has changed since. */
  outdated: string[];
  reviewed: boolean;
}

/** Where a translation stands against today's English. */
export function translationStatus(english: object, translated: object, record: TranslationRecord): TranslationStatus {
  const en = entries(english);
  const tr = entries(translated);
  const paths = Object.keys(en).filter((p) => p !== 'lang' && p !== 'dir');
  return {
    lang: record.lang,
    entries: paths.length,
    missing: paths.filter((p) => !tr[p]?.trim()),
    outdated: paths.filter((p) => tr[p]?.trim() && record.madeFrom[p] !== textHash(en[p]!)),
    reviewed: record.reviewer !== null,
  };
}

/** Today's English for every outdated or missing entry, the translation for the rest. */
export function withEnglishWhereOutdated<T extends object>(english: T, translated: T, record: TranslationRecord): T {
  const merge = (en: unknown, tr: unknown, path: string): unknown => {
    if (typeof en === 'string') {
      const current = typeof tr === 'string' && tr.trim() !== '' && record.madeFrom[path] === textHash(en);
      return current ? tr : en;
    }
    if (Array.isArray(en)) {
      // A list that changed length was translated from a different English list: English, whole.
      if (!Array.isArray(tr) || tr.length !== en.length) return en;
      return en.map((v, i) => merge(v, tr[i], `${path}[${i}]`));
    }
    if (en && typeof en === 'object') {
      const trObject = (tr && typeof tr === 'object' ? tr : {}) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(en).map(([k, v]) => [k, merge(v, trObject[k], path ? `${path}.${k}` : k)]));
    }
    return tr ?? en;
  };
  const merged = merge(english, translated, '') as Record<string, unknown>;
  // The pack's own language and direction are not English text to fall back to.
  const own = translated as unknown as Record<string, unknown>;
  return { ...merged, ...('lang' in own ? { lang: own.lang } : {}), ...('dir' in own ? { dir: own.dir } : {}) } as T;
}
