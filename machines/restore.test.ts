import { describe, expect, it } from 'vitest';
import { checkQuery, readAddress, searchParamsOf, type SearchParams } from './address';
import { answerAt, stepOf, currentQuestion, restoreParams, type TriageSnapshot } from './replay';
import type { PathAnswer } from './triage';

const ADULT: PathAnswer[] = [
  { question: 'screen_leg', value: [] },
  { question: 'screen_body', value: [] },
  { question: 'screen_medical', value: [] },
  { question: 'age', value: 'age_16_plus' },
  { question: 'kind', value: ['cramp'] },
  { question: 'timing', value: 'night_rest' },
  { question: 'how_often', value: 'now_and_then' },
  { question: 'medicines', value: ['statin'] },
  { question: 'health', value: [] },
  { question: 'calcium_risk', value: [] },
  { question: 'pattern', value: ['toes_pointed'] },
  { question: 'leg_changes', value: [] },
  { question: 'last_check', value: [] },
];

/** The params a page gets for one of the app's own addresses. */
const paramsOf = (query: string): SearchParams => searchParamsOf(new URLSearchParams(query));

function restored(params: SearchParams, options?: { toResult?: boolean }): TriageSnapshot {
  const result = restoreParams(params, options);
  if (!result.ok) throw new Error(`expected a restored check, got ${JSON.stringify(result)}`);
  return result.snapshot;
}

describe('restoreParams with keep', () => {
  const change = answerAt(ADULT, 4, ['walking_pain']);
  if (!change.ok) throw new Error('answerAt failed');

  it('an address with kept answers restores them by question (walking_relief page, contributors remembered)', () => {
    const snapshot = restored(paramsOf(checkQuery(change.answers, change.at, { kept: change.kept })));
    expect(currentQuestion(snapshot)).toBe('walking_relief');
    expect(snapshot.context.answers.medicines).toEqual(['statin']);
    expect(snapshot.context.answers.pattern).toEqual(['toes_pointed']);
    // Remembered, not on the path.
    expect(snapshot.context.history).not.toContain('medicines');
  });

  it('a bad keep is a bad link (the calm restore page), like a bad `a`', () => {
    const base = checkQuery(change.answers, change.at);
    for (const keep of ['medicines:made_up', 'kind:cramp', 'medicines:none.medicines:statin', 'nope:none', '<b>', 'medicines:statin-statin']) {
      const result = restoreParams(paramsOf(`${base}&keep=${encodeURIComponent(keep)}`));
      expect(result.ok, keep).toBe(false);
    }
    expect(restoreParams(paramsOf(`${base}&keep=pattern:none&keep=pattern:none`))).toEqual({ ok: false, error: { kind: 'repeated_key', key: 'keep' } });
    // An empty keep is no keep.
    expect(restored(paramsOf(`${base}&keep=`)).context.answers.medicines).toBeUndefined();
  });

  it('a result ignores keep (the result depends on the path alone)', () => {
    const snapshot = restored(paramsOf(`${checkQuery(ADULT)}&keep=walking_relief:nope`), { toResult: true });
    expect(stepOf(snapshot).kind).toBe('result');
  });
});

describe('return in the address', () => {
  const returning = (query: string) => {
    const read = readAddress(paramsOf(query));
    return read.ok ? read.address.returnToReview : read.error.kind;
  };

  it('is set only for exactly return=review', () => {
    expect(returning('?return=review')).toBe(true);
    for (const query of ['', '?return=', '?return=Review', '?return=result', '?return=review&return=review', '?return=%20review', '?return=review%00']) {
      expect(returning(query), query).toBe(false);
    }
  });
});

describe('for in the address (someone answering for another person)', () => {
  it('survives a restore, on a question, on review and to a result, and never changes the answers or the place', () => {
    for (const at of [0, 4, ADULT.length]) {
      const self = restoreParams(paramsOf(checkQuery(ADULT, at)));
      const other = restoreParams(paramsOf(checkQuery(ADULT, at, { forOther: true })));
      if (!self.ok || !other.ok) throw new Error('restore failed');
      expect(other.address, String(at)).toEqual({ ...self.address, forOther: true });
      expect(other.snapshot.value).toEqual(self.snapshot.value);
      expect(self.address).not.toHaveProperty('forOther');
    }
    const result = restoreParams(paramsOf(checkQuery(ADULT, undefined, { forOther: true })), { toResult: true });
    expect(result.ok && result.address.forOther).toBe(true);
  });
});

describe('searchParamsOf', () => {
  it('gives one value as a string and a repeated key as a list', () => {
    expect(searchParamsOf(new URLSearchParams('a=x&v=1&v=2&q='))).toEqual({ a: 'x', v: ['1', '2'], q: '' });
  });
});
