import { describe, expect, it } from 'vitest';
import { en } from '../en';
import { ENGLISH, TRANSLATIONS, translatedText } from '../translations';
import { entries, textHash, translationStatus, withEnglishWhereOutdated, type TranslationRecord } from './translation';

/** A stand-in translation: the English pack with every string marked, stamped from today's English. */
function fakeTranslation() {
  const translated = JSON.parse(JSON.stringify(en, (key, value: unknown) => (typeof value === 'string' && key !== 'lang' && key !== 'dir' ? `«${value}»` : value)));
  const record: TranslationRecord = {
    lang: 'xx',
    from: 'en',
    notice: { unreviewed: 'Translated; not yet checked', reviewed: 'Checked by {name}' },
    reviewer: null,
    madeFrom: Object.fromEntries(Object.entries(entries(en)).map(([path, text]) => [path, textHash(text)])),
  };
  return { translated: { ...translated, lang: 'xx' } as typeof en, record };
}

describe('the translation workflow', () => {
  it('hashes text the same way every time, and differently for a changed text', () => {
    expect(textHash('Call your local emergency number now')).toBe(textHash('Call your local emergency number now'));
    expect(textHash('Call your local emergency number now')).not.toBe(textHash('Call your local emergency number today'));
    expect(textHash('')).toMatch(/^[0-9a-f]{14}$/);
  });

  it('lists every string of a pack by its path', () => {
    const all = entries(en);
    expect(all['questions.age.heading']).toBe(en.questions.age.heading);
    expect(all['actions.stretch_during_cramp.body[0]']).toBe(en.actions.stretch_during_cramp.body[0]);
    expect(Object.keys(all).length).toBeGreaterThan(400);
  });

  it('a translation stamped from today’s English is current: nothing missing or outdated', () => {
    const { translated, record } = fakeTranslation();
    const status = translationStatus(en, translated, record);
    expect(status).toMatchObject({ lang: 'xx', missing: [], outdated: [], reviewed: false });
    expect(withEnglishWhereOutdated(en, translated, record).questions.age.heading).toBe(`«${en.questions.age.heading}»`);
  });

  it('a changed English string marks its translation outdated, and the English is shown in its place', () => {
    const { translated, record } = fakeTranslation();
    const changed = structuredClone(en);
    changed.questions.screen_leg.answers.calf_swollen.label = 'One calf is swollen, hot and red';
    const status = translationStatus(changed, translated, record);
    expect(status.outdated).toEqual(['questions.screen_leg.answers.calf_swollen.label']);
    const shown = withEnglishWhereOutdated(changed, translated, record);
    // The outdated clinical sentence is today's English, never the old translation…
    expect(shown.questions.screen_leg.answers.calf_swollen.label).toBe('One calf is swollen, hot and red');
    // …and everything else stays translated, with the pack's own language.
    expect(shown.questions.screen_leg.answers.cold_pale_leg.label).toBe(`«${en.questions.screen_leg.answers.cold_pale_leg.label}»`);
    expect(shown.lang).toBe('xx');
  });

  it('an empty translated entry is missing, and shown in English', () => {
    const { translated, record } = fakeTranslation();
    translated.ui.appName = '';
    expect(translationStatus(en, translated, record).missing).toEqual(['ui.appName']);
    expect(withEnglishWhereOutdated(en, translated, record).ui.appName).toBe(en.ui.appName);
  });
});

describe.each(Object.entries(TRANSLATIONS))('the %s translation', (lang, translation) => {
  const { words, record } = translation;
  // The check's words and the clinicians', as the workflow stamps them.
  const text = translatedText(translation);
  it('is a whole pack in its own language, stamped entry by entry from English, and claims no review it has not had', () => {
    expect(words.lang).toBe(lang);
    expect(record.lang).toBe(lang);
    // Right to left for the scripts written that way.
    expect(words.dir).toBe(['ar', 'he', 'fa', 'ur'].includes(lang) ? 'rtl' : 'ltr');
    const status = translationStatus(ENGLISH, text, record);
    expect(status.missing).toEqual([]);
    // Every stamp names an English entry that exists.
    const english = entries(ENGLISH);
    expect(Object.keys(record.madeFrom).filter((path) => !Object.hasOwn(english, path))).toEqual([]);
    // The review is a named person or nothing, and the notice says which.
    if (record.reviewer === null) expect(record.notice.unreviewed.trim()).not.toBe('');
    else expect(record.reviewer.name.trim()).not.toBe('');
    console.log(`translation ${lang}: ${status.entries} entries, ${status.missing.length} missing, ${status.outdated.length} outdated (shown in English), ${record.reviewer ? 'checked' : 'not yet checked by a clinician'}`);
  });

  it('keeps every placeholder, number and emergency number of the English', () => {
    const english = entries(ENGLISH);
    const translated = entries(text);
    const problems: string[] = [];
    for (const [path, text] of Object.entries(english)) {
      const other = translated[path] ?? '';
      const braces = (t: string) => (t.match(/\{[a-zA-Z]+\}/g) ?? []).sort().join();
      if (braces(text) !== braces(other)) problems.push(`${path}: placeholders`);
      // Digits, with separators removed (2,500 mg and 2500 mg are the same number).
      const numbers = (t: string) => (t.replace(/(\d)[,.](\d{3})\b/g, '$1$2').match(/\d+/g) ?? []).sort().join();
      if (numbers(text) !== numbers(other)) problems.push(`${path}: numbers ${numbers(text)} ≠ ${numbers(other)}`);
    }
    expect(problems).toEqual([]);
  });
});
