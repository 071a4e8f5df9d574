import { describe, expect, it } from 'vitest';
import { RELEASES } from '../content/clinical/releases';
import { earlierAnswers } from './earlier-answers';

const OLD = RELEASES['0.2.0']!;
const heading = (id: string) => OLD.questions.find((q) => q.id === id)!.heading;
const label = (q: string, a: string) => OLD.questions.find((x) => x.id === q)!.answers.find((x) => x.id === a)!.label;

describe('earlier answers as text', () => {
  it("reads a link's answers in the words of the version they were given under", () => {
    const { shown, hidden } = earlierAnswers(
      [
        { question: 'screen_leg', value: [] },
        { question: 'medicines', value: ['statin'] },
        { question: 'pattern', value: ['disturbs_sleep'] },
      ],
      OLD,
    );
    expect(shown).toEqual([
      { question: 'screen_leg', heading: heading('screen_leg'), labels: [] },
      { question: 'medicines', heading: heading('medicines'), labels: [label('medicines', 'statin')] },
      { question: 'pattern', heading: heading('pattern'), labels: [label('pattern', 'disturbs_sleep')] },
    ]);
    expect(hidden).toBe(0);
  });

  it('counts, and does not show, what that version does not know: an unknown question or answer, two answers to a one-answer page, a question twice', () => {
    const { shown, hidden } = earlierAnswers(
      [
        { question: 'timing', value: 'night_rest' },
        { question: 'screen_leg', value: ['made_up'] },
        { question: 'age', value: ['under_16', 'age_16_plus'] },
        { question: 'age', value: 'under_16' },
        { question: 'age', value: 'age_16_plus' },
      ],
      OLD,
    );
    expect(shown).toEqual([{ question: 'age', heading: heading('age'), labels: [label('age', 'under_16')] }]);
    expect(hidden).toBe(4);
  });
});
