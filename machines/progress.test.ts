import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { QUESTION_IDS, QUESTIONS, type QuestionId } from '../content/ids';
import { triageMachine, type AnswerValue } from './triage';
import { serializeModelState } from './model';
import { currentQuestion, replay, startSnapshot, type TriageSnapshot } from './replay';
import { longestPath, progressAt, questionsLeft } from './progress';

/** Every single-choice answer, and for tick-any pages: none, each box alone, and every box. */
function optionsFor(question: QuestionId): AnswerValue[] {
  const answers = QUESTIONS[question].answers as readonly string[];
  if (!QUESTIONS[question].multiple) return [...answers];
  return [[], ...answers.map((id) => [id]), [...answers]];
}

/**
 * Exhaustive search through the real machine. The guards that read context compare
 * the path's triage level or look for an earlier answer (cramps on the path), so the
 * model's state key (state, level, those answers) identifies what can follow.
 */
function search() {
  const memo = new Map<string, number>();
  /** Longest real remaining count from each question, over every way of reaching it. */
  const longestFromQuestion = new Map<QuestionId, number>();
  let paths = 0;

  function longestFrom(snapshot: TriageSnapshot): number {
    const question = currentQuestion(snapshot);
    if (question === null) {
      paths++;
      return 0;
    }
    const key = serializeModelState(snapshot);
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let best = 0;
    for (const value of optionsFor(question)) {
      const [next] = transition(triageMachine, snapshot, { type: 'answer', value });
      if (next.context.history.length !== snapshot.context.history.length + 1) {
        throw new Error(`refused ${JSON.stringify(value)} at ${question}`);
      }
      best = Math.max(best, 1 + longestFrom(next));
    }
    memo.set(key, best);
    longestFromQuestion.set(question, Math.max(longestFromQuestion.get(question) ?? 0, best));
    return best;
  }

  const longest = longestFrom(startSnapshot());
  return { longest, longestFromQuestion, paths };
}

const found = search();

describe('progress', () => {
  it('longestPath equals the longest real path found by exhaustive search', () => {
    expect(found.paths).toBeGreaterThan(20);
    expect(longestPath).toBe(found.longest);
  });

  it('longestPath is the child who is asked the adult kind page and has cramps and walking pain (16, with the last check), at most 16', () => {
    const longest = replay([
      { question: 'screen_leg', value: [] },
      { question: 'screen_body', value: [] },
      { question: 'screen_medical', value: [] },
      { question: 'age', value: 'under_16' },
      { question: 'child_kind', value: 'child_other' },
      { question: 'child_signs', value: [] },
      { question: 'kind', value: ['cramp', 'walking_pain'] },
      { question: 'walking_relief', value: 'stand_still' },
      { question: 'timing', value: 'night_rest' },
      { question: 'how_often', value: 'now_and_then' },
      { question: 'medicines', value: [] },
      { question: 'health', value: [] },
      { question: 'calcium_risk', value: [] },
      { question: 'pattern', value: [] },
      { question: 'leg_changes', value: [] },
      { question: 'last_check', value: [] },
    ]);
    if (!longest.ok) throw new Error(JSON.stringify(longest.error));
    expect(longest.snapshot.value).toBe('review');
    expect(longest.snapshot.context.history).toHaveLength(16);
    expect(longestPath).toBeLessThanOrEqual(16);
    expect(longestPath).toBe(16);
  });

  it("questionsLeft('screen_leg') === longestPath", () => {
    expect(questionsLeft('screen_leg')).toBe(longestPath);
  });

  it('questionsLeft for each question is the longest real way on from it', () => {
    for (const question of QUESTION_IDS) {
      expect(found.longestFromQuestion.has(question), question).toBe(true);
      expect(questionsLeft(question), question).toBe(found.longestFromQuestion.get(question));
    }
    expect(questionsLeft('last_check')).toBe(1);
    expect(questionsLeft('leg_changes')).toBe(2);
    expect(questionsLeft('pattern')).toBe(3);
    expect(questionsLeft('child_pattern')).toBe(2);
    expect(questionsLeft('walking_relief')).toBe(9);
    expect(questionsLeft('kind')).toBe(10);
    expect(questionsLeft('child_kind')).toBe(12);
    expect(questionsLeft('age')).toBe(13);
  });

  it('progressAt arithmetic', () => {
    expect(progressAt(0, 'screen_leg')).toEqual({ current: 1, total: 16 });
    expect(progressAt(4, 'kind')).toEqual({ current: 5, total: 14 });
    expect(progressAt(5, 'walking_relief')).toEqual({ current: 6, total: 14 });
    expect(progressAt(5, 'medicines')).toEqual({ current: 6, total: 11 });
    expect(progressAt(5, 'child_pattern')).toEqual({ current: 6, total: 7 });
    expect(progressAt(10, 'pattern')).toEqual({ current: 11, total: 13 });
    for (const question of QUESTION_IDS) {
      for (const answered of [0, 3, 7]) {
        expect(progressAt(answered, question)).toEqual({ current: answered + 1, total: answered + questionsLeft(question) });
      }
    }
  });

  it('along real paths the count never runs past the total, and the total never undercounts', () => {
    const paths: AnswerValue[][] = [
      [[], [], [], 'age_16_plus', ['walking_pain'], 'stand_still', [], [], [], [], []],
      [[], [], [], 'age_16_plus', ['cramp'], 'night_rest', 'now_and_then', [], [], [], [], [], []],
      [[], [], [], 'age_16_plus', ['cramp', 'walking_pain'], 'stand_still', 'night_rest', 'now_and_then', [], [], [], [], [], []],
      [[], [], [], 'under_16', 'child_ache', [], []],
      [[], [], [], 'under_16', 'child_cramp', 'during_exercise', 'regularly', [], [], [], [], [], []],
      [[], [], [], 'age_16_plus', ['sleep_start'], [], [], [], [], ['breathless']],
      [['calf_swollen'], [], [], []],
    ];
    for (const values of paths) {
      let snapshot = startSnapshot();
      const seen: { answered: number; question: QuestionId }[] = [];
      for (const value of values) {
        const question = currentQuestion(snapshot);
        if (question === null) throw new Error('path ended early');
        seen.push({ answered: snapshot.context.history.length, question });
        snapshot = transition(triageMachine, snapshot, { type: 'answer', value })[0];
      }
      expect(currentQuestion(snapshot)).toBeNull();
      for (const { answered, question } of seen) {
        const { current, total } = progressAt(answered, question);
        expect(current).toBeLessThanOrEqual(total);
        expect(total).toBeGreaterThanOrEqual(values.length);
        expect(total).toBeLessThanOrEqual(longestPath);
      }
    }
  });
});
