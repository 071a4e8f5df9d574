import { describe, expect, it } from 'vitest';
import { NONE_VALUE, parseSubmission, tickedIds } from './submission';

describe('parseSubmission', () => {
  it('takes one known answer for a single-choice question', () => {
    expect(parseSubmission('kind', ['cramp'])).toEqual({ ok: true, value: 'cramp' });
  });
  it('refuses nothing, two answers or an unknown one for a single-choice question', () => {
    expect(parseSubmission('kind', [])).toEqual({ ok: false, error: 'required' });
    expect(parseSubmission('kind', ['cramp', 'not_sure'])).toEqual({ ok: false, error: 'invalid' });
    expect(parseSubmission('kind', ['made_up'])).toEqual({ ok: false, error: 'invalid' });
  });
  it('takes ticked boxes, and "none" as the empty list', () => {
    expect(parseSubmission('screen_leg', ['calf_swollen', 'one_leg_weak'])).toEqual({ ok: true, value: ['calf_swollen', 'one_leg_weak'] });
    expect(parseSubmission('screen_leg', [NONE_VALUE])).toEqual({ ok: true, value: [] });
    expect(parseSubmission('screen_leg', ['calf_swollen', 'calf_swollen'])).toEqual({ ok: true, value: ['calf_swollen'] });
  });
  it('refuses "none" with a sign, nothing ticked, and unknown boxes', () => {
    expect(parseSubmission('screen_leg', ['calf_swollen', NONE_VALUE])).toEqual({ ok: false, error: 'none_with_others' });
    expect(parseSubmission('screen_leg', [])).toEqual({ ok: false, error: 'required' });
    expect(parseSubmission('screen_leg', ['chest_breathless'])).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('tickedIds', () => {
  it('keeps the question\'s own ids and "none", once each, in the page\'s order', () => {
    expect(tickedIds('screen_leg', [NONE_VALUE, 'one_leg_weak', 'calf_swollen', 'calf_swollen'])).toEqual(['calf_swollen', 'one_leg_weak', NONE_VALUE]);
    expect(tickedIds('screen_leg', ['calf_swollen', NONE_VALUE])).toEqual(['calf_swollen', NONE_VALUE]);
  });
  it('drops anything else: other questions\' ids, unknown ids, near misses', () => {
    expect(tickedIds('screen_leg', ['chest_breathless', 'made_up', '', 'None', ' none', 'calf_swollen ', '__proto__', 'toString', NONE_VALUE])).toEqual([NONE_VALUE]);
    expect(tickedIds('screen_leg', [])).toEqual([]);
  });
  it('has nothing to show for a single-choice question', () => {
    expect(tickedIds('kind', ['cramp', NONE_VALUE])).toEqual([]);
  });
});
