import { describe, expect, it } from 'vitest';
import { NONE_VALUE, parseSubmission } from './submission';

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
