/**
 * The content packs, one per language: words only. The machine never reads words,
 * only ids; pages pick a pack and look the ids up in it, and look the same ids up
 * in `clinical` (content/clinical/) for the facts: sources, evidence labels,
 * action kinds and reviewer notes, the same in every language.
 *
 * Server code only. The browser's island gets its words from the page that
 * renders it (app/_flow/island-words.ts), so each page ships one language.
 * A translated pack shows today's English for any entry whose English has
 * changed since it was translated (content/i18n/translation.ts).
 */
import { en } from './en';
import { CURRENT } from './translations';
import { langOf, type Lang } from './languages';
import type { AnswerContent, ContentPack, QuestionWordsForOther } from './types';
import type { QuestionId } from './ids';

/** A translated language's pack as shown (merged once, in content/translations.ts), without the clinicians' words. */
const current = (lang: Exclude<Lang, 'en'>): ContentPack => {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the clinicians' words have their own packs (content/clinician.ts)
  const { clinician, ...pack } = CURRENT[lang];
  return pack;
};

export const CONTENT_PACKS: Readonly<Record<Lang, ContentPack>> = { en, es: current('es'), pl: current('pl'), ar: current('ar') };

export function contentFor(lang: string | undefined | null): ContentPack {
  return CONTENT_PACKS[langOf(lang)];
}

/** Each pack's words for someone answering for another person, merged once per pack (not on every request). */
const FOR_OTHER_PACKS = new WeakMap<ContentPack, ContentPack>();

/**
 * A pack whose words speak to whoever is answering: the pack itself for the person with
 * the leg trouble, or, for someone answering for another person (`forOther`, as an address
 * carries it), every question's "they" words (`questionsForOther`) over its own, and the
 * result's (`resultForOther`) over the care cards, actions, causes and buttons.
 */
export function forReader(pack: ContentPack, forOther: boolean | undefined): ContentPack {
  if (!forOther) return pack;
  let merged = FOR_OTHER_PACKS.get(pack);
  if (!merged) FOR_OTHER_PACKS.set(pack, (merged = forOtherPack(pack)));
  return merged;
}

function forOtherPack(pack: ContentPack): ContentPack {
  const questions = Object.fromEntries(
    Object.entries(pack.questions).map(([id, own]) => {
      const other = (pack.questionsForOther as Record<string, QuestionWordsForOther<QuestionId> | undefined>)[id];
      if (!other) return [id, own];
      const answers = Object.fromEntries(
        Object.entries(own.answers as Record<string, AnswerContent>).map(([answer, words]) => [answer, { ...words, ...(other.answers as Record<string, Partial<AnswerContent>> | undefined)?.[answer] }]),
      );
      return [id, { ...own, ...other, answers }];
    }),
  ) as unknown as ContentPack['questions'];
  const other = pack.resultForOther;
  const over = <T extends object>(own: Record<string, T>, theirs: Partial<Record<string, Partial<T>>>) =>
    Object.fromEntries(Object.entries(own).map(([id, words]) => [id, { ...words, ...theirs[id] }]));
  const triage = over(pack.triage, other.triage) as ContentPack['triage'];
  const actions = over(pack.actions, other.actions) as ContentPack['actions'];
  const causes = over(pack.causes, other.causes) as ContentPack['causes'];
  const ui = { ...pack.ui, result: { ...pack.ui.result, ...other.result, handover: { ...pack.ui.result.handover, ...other.handover } } };
  return { ...pack, questions, triage, actions, causes, ui };
}

export { DEFAULT_LANG, LANGUAGES, isLang, type Lang } from './languages';
export { clinical, MYTH_IDS, sources, SOURCE_ORDER } from './clinical';
export { review } from './review';
