/**
 * The translations, each with its record (content/<lang>/translation.ts): where
 * every entry came from (a hash of the English) and who checked it. A module of
 * its own, imported by the server, the scripts and the tests only, so no
 * language's words reach the browser through it.
 *
 * A translation becomes a language people can choose when its pack joins
 * CONTENT_PACKS (content/index.ts), built with `withEnglishWhereOutdated`, so an
 * outdated entry shows today's English. Spanish, Polish and Arabic are
 * translated and stamped but not yet offered: they wait for the per-language
 * pages and bundles of issue 12, so that English pages do not carry their words.
 */
import { ar } from './ar';
import { translation as arRecord } from './ar/translation';
import { es } from './es';
import { translation as esRecord } from './es/translation';
import { pl } from './pl';
import { translation as plRecord } from './pl/translation';
import type { TranslationRecord } from './i18n/translation';
import type { ContentPack } from './types';

export const TRANSLATIONS: Readonly<Record<string, { words: ContentPack; record: TranslationRecord }>> = {
  es: { words: es, record: esRecord },
  pl: { words: pl, record: plRecord },
  ar: { words: ar, record: arRecord },
};
