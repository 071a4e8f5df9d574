/**
 * Plain words, measured. Every string a person sees in the English pack is
 * scored with the Flesch–Kincaid grade (`text-readability`), group by group,
 * each string read as a sentence of its own:
 *
 * - what people read first (questions, answers, hints, the care cards, the
 *   emergency notice, action titles and the short lines): grade 6 at most;
 * - explanations (why we ask, the likely causes, what to do and why): grade 8 at most.
 *
 * GOV.UK writes for a reading age of 9 (about grade 4) and NHS guidance asks
 * for a reading age of 9 to 11 (grades 4–6); explanations, which people open
 * when they want more, are allowed two grades more. A grade means little for a
 * few words ("Diabetes" scores 20), so single strings are held only when they
 * are at least 12 words long: then grade 12 at most, unless reviewed below.
 * Every language, English too: no sentence over 30 words.
 */
import rs from 'text-readability';
import { describe, expect, it } from 'vitest';
import { CONTENT_PACKS } from './index';
import { TRANSLATIONS } from './translations';
import type { ContentPack, QuestionContent } from './types';
import type { QuestionId } from './ids';

export const TARGETS = { firstRead: 6, explanation: 8, longString: 12, sentenceWords: 30 } as const;

/**
 * Strings allowed above the long-string grade, each with its reason: medicine
 * names people read off their packets, which no plainer word replaces.
 */
const REVIEWED: Readonly<Record<string, string>> = {
  'questions.medicines.answers.other_linked_medicine.label': 'medicine names, as on the packet',
  'questions.medicines.answers.diuretic.hint': 'medicine names, as on the packet',
};

type Group = 'firstRead' | 'explanation';
interface Scored {
  path: string;
  text: string;
  group: Group;
}

/** Every string a person sees, with where it lives in the pack and which target applies. */
export function personStrings(pack: ContentPack): Scored[] {
  const out: Scored[] = [];
  const add = (group: Group, path: string, text: string | undefined) => {
    if (text && text.trim()) out.push({ path, text: text.trim(), group });
  };
  // The question words as the person sees them, and as someone answering for another person does.
  for (const [key, questions] of [
    ['questions', pack.questions],
    ['questionsForOther', pack.questionsForOther],
  ] as const) {
    for (const [id, q] of Object.entries(questions as Record<string, Partial<QuestionContent<QuestionId>> | undefined>)) {
      if (!q) continue;
      add('firstRead', `${key}.${id}.heading`, q.heading);
      add('firstRead', `${key}.${id}.hint`, q.hint);
      add('explanation', `${key}.${id}.why`, q.why?.text);
      for (const [answer, a] of Object.entries((q.answers ?? {}) as Record<string, { label?: string; hint?: string }>)) {
        add('firstRead', `${key}.${id}.answers.${answer}.label`, a.label);
        add('firstRead', `${key}.${id}.answers.${answer}.hint`, a.hint);
      }
    }
  }
  for (const [level, card] of Object.entries(pack.triage)) {
    add('firstRead', `triage.${level}.heading`, card.heading);
    add('firstRead', `triage.${level}.summary`, card.summary);
  }
  const notice = pack.ui.emergencyNotice as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(notice)) {
    if (typeof value === 'string') add('firstRead', `ui.emergencyNotice.${key}`, value);
    if (Array.isArray(value)) value.forEach((v, i) => typeof v === 'string' && add('firstRead', `ui.emergencyNotice.${key}[${i}]`, v));
  }
  for (const [id, cause] of Object.entries(pack.causes)) {
    add('explanation', `causes.${id}.summary`, cause.summary);
    add('explanation', `causes.${id}.explanation`, cause.explanation);
  }
  for (const [id, action] of Object.entries(pack.actions)) {
    add('firstRead', `actions.${id}.title`, action.title);
    action.short?.forEach((line, i) => add('firstRead', `actions.${id}.short[${i}]`, line));
    action.body.forEach((line, i) => add('explanation', `actions.${id}.body[${i}]`, line));
  }
  return out;
}

/** A string read as sentences: one without a closing stop gets one, so a label is a sentence of its own. */
const asSentence = (text: string) => (/[.?!:]$/.test(text) ? text : `${text}.`);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Sentences: a stop (Arabic's ؟ too) then a space and a capital, a letter of a script without case (Arabic), a digit or an opening mark. */
const sentencesOf = (text: string) => text.split(/(?<=[.?!؟])\s+(?=[\p{Lu}\p{Lo}0-9“"'«(¿¡])/u).filter(Boolean);

export const groupGrade = (items: readonly Scored[]) => rs.fleschKincaidGrade(items.map((i) => asSentence(i.text)).join(' '));

describe('plain words (English)', () => {
  const strings = personStrings(CONTENT_PACKS.en);

  it('scores every group within its target, and prints the figures', () => {
    const rows = (['firstRead', 'explanation'] as const).map((group) => {
      const items = strings.filter((s) => s.group === group);
      const text = items.map((i) => asSentence(i.text)).join(' ');
      return {
        group,
        strings: items.length,
        grade: Number(groupGrade(items).toFixed(1)),
        ease: Number(rs.fleschReadingEase(text).toFixed(0)),
        wordsPerSentence: Number((rs.lexiconCount(text) / rs.sentenceCount(text)).toFixed(1)),
        target: TARGETS[group],
      };
    });
    console.log(`readability (en): ${rows.map((r) => `${r.group} ${r.strings} strings, grade ${r.grade} (≤ ${r.target}), reading ease ${r.ease}, ${r.wordsPerSentence} words a sentence`).join(' · ')}`);
    for (const row of rows) expect(row.grade, row.group).toBeLessThanOrEqual(row.target);
    expect(strings.length).toBeGreaterThan(300);
  });

  it(`holds every string of ${TARGETS.longString}+ words to grade ${TARGETS.longString}, but for the reviewed exceptions`, () => {
    const dense = strings
      .filter((s) => words(s.text) >= 12 && !Object.hasOwn(REVIEWED, s.path))
      .map((s) => ({ ...s, grade: rs.fleschKincaidGrade(asSentence(s.text)) }))
      .filter((s) => s.grade > TARGETS.longString)
      .map((s) => `${s.path} (grade ${s.grade.toFixed(1)}): ${s.text}`);
    expect(dense).toEqual([]);
    // Each reviewed exception is still there, and still needs its place on the list.
    for (const path of Object.keys(REVIEWED)) {
      const found = strings.find((s) => s.path === path);
      expect(found, path).toBeDefined();
      expect(rs.fleschKincaidGrade(asSentence(found!.text)), path).toBeGreaterThan(TARGETS.longString);
    }
  });

  it('the measure itself tells a dense sentence from a plain one', () => {
    const plain = [{ path: 'x', group: 'firstRead' as const, text: 'Stretch your leg. Pull your toes up towards your shin.' }];
    const dense = [{ path: 'y', group: 'firstRead' as const, text: 'Pharmacological intervention demonstrates considerable heterogeneity regarding nocturnal musculoskeletal manifestations.' }];
    expect(groupGrade(plain)).toBeLessThanOrEqual(TARGETS.firstRead);
    expect(groupGrade(dense)).toBeGreaterThan(TARGETS.explanation);
  });
});

const EVERY_PACK = [...Object.entries(CONTENT_PACKS), ...Object.entries(TRANSLATIONS).map(([lang, t]) => [lang, t.words] as const)];

describe.each(EVERY_PACK)('sentence length (%s)', (_lang, pack) => {
  it(`has no sentence a person sees over ${TARGETS.sentenceWords} words`, () => {
    const long = personStrings(pack)
      .flatMap((s) => sentencesOf(s.text).map((sentence) => ({ path: s.path, sentence })))
      .filter(({ sentence }) => words(sentence) > TARGETS.sentenceWords)
      .map(({ path, sentence }) => `${path} (${words(sentence)} words): ${sentence}`);
    expect(long).toEqual([]);
  });
});
