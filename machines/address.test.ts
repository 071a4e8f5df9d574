import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTIONS } from '../content/ids';
import { isValidAnswer, type PathAnswer } from './triage';
import {
  CONTENT_VERSION,
  MAX_ENCODED_LENGTH,
  NONE,
  checkAnswer,
  checkQuery,
  decodeAnswers,
  decodePosition,
  decodeReturn,
  encodeAnswers,
  readAddress,
  readShown,
  readSubmission,
  searchParamsOf,
  stepHref,
  resultHref,
  tickedIds,
  withReader,
} from './address';
import { pathAnswers, replay, replayToResult } from './replay';

/** The version every link made now carries. */
const V = `version=${CONTENT_VERSION}`;

const ADULT: PathAnswer[] = [
  { question: 'screen_leg', value: [] },
  { question: 'screen_body', value: [] },
  { question: 'screen_medical', value: [] },
  { question: 'age', value: 'age_16_plus' },
  { question: 'kind', value: ['cramp'] },
];

const REAL_PATHS: Record<string, PathAnswer[]> = {
  adult_cramp: [
    ...ADULT,
    { question: 'timing', value: 'night_rest' },
    { question: 'how_often', value: 'now_and_then' },
    { question: 'medicines', value: [] },
    { question: 'health', value: ['pregnant'] },
    { question: 'calcium_risk', value: [] },
    { question: 'pattern', value: ['toes_pointed', 'long_sitting_standing'] },
    { question: 'leg_changes', value: [] },
    { question: 'last_check', value: [] },
  ],
  walking: [
    ...ADULT.slice(0, 4),
    { question: 'kind', value: ['walking_pain'] },
    { question: 'walking_relief', value: 'not_sure_walking' },
    { question: 'medicines', value: ['diuretic', 'statin', 'quinine'] },
    { question: 'health', value: ['diabetes'] },
    { question: 'calcium_risk', value: ['neck_surgery'] },
    { question: 'leg_changes', value: [] },
    { question: 'last_check', value: [] },
  ],
  child: [
    ...ADULT.slice(0, 3),
    { question: 'age', value: 'under_16' },
    { question: 'child_kind', value: 'child_ache' },
    { question: 'child_pattern', value: [] },
  ],
  urgent: [
    { question: 'screen_leg', value: ['calf_swollen', 'one_leg_weak'] },
    { question: 'screen_body', value: [] },
    { question: 'screen_medical', value: ['tingling_mouth'] },
    { question: 'last_check', value: [] },
  ],
  emergency: [{ question: 'screen_leg', value: ['cold_pale_leg', 'calf_swollen'] }],
  unfinished: ADULT.slice(0, 2),
};

describe('encodeAnswers / decodeAnswers', () => {
  it('encodes the documented example', () => {
    expect(encodeAnswers(ADULT)).toBe('screen_leg:none.screen_body:none.screen_medical:none.age:age_16_plus.kind:cramp');
  });

  it("'none' ↔ [] and ticked ids joined by '-'", () => {
    expect(encodeAnswers([{ question: 'screen_leg', value: [] }])).toBe('screen_leg:none');
    expect(encodeAnswers([{ question: 'screen_leg', value: ['calf_swollen', 'one_leg_weak'] }])).toBe(
      'screen_leg:calf_swollen-one_leg_weak',
    );
    expect(decodeAnswers('screen_leg:none')).toEqual({ ok: true, answers: [{ question: 'screen_leg', value: [] }] });
    // A single tick on a tick-any page is still a list.
    expect(decodeAnswers('screen_leg:calf_swollen')).toEqual({
      ok: true,
      answers: [{ question: 'screen_leg', value: ['calf_swollen'] }],
    });
    // On a single-choice page, 'none' is just an (unknown) id, left for replay to refuse.
    expect(decodeAnswers('age:none')).toEqual({ ok: true, answers: [{ question: 'age', value: 'none' }] });
    expect(encodeAnswers([])).toBe('');
  });

  for (const [name, path] of Object.entries(REAL_PATHS)) {
    it(`round-trips the ${name} path, through replay too`, () => {
      const encoded = encodeAnswers(path);
      const decoded = decodeAnswers(encoded);
      expect(decoded).toEqual({ ok: true, answers: path });
      if (!decoded.ok) return;
      const replayed = replay(decoded.answers);
      if (!replayed.ok) throw new Error(JSON.stringify(replayed.error));
      expect(pathAnswers(replayed.snapshot)).toEqual(path);
      expect(encodeAnswers(pathAnswers(replayed.snapshot))).toBe(encoded);
    });
  }

  it('the round-tripped paths reach the expected results', () => {
    const level = (p: PathAnswer[]) => {
      const r = replayToResult(p);
      return r.ok ? r.snapshot.output?.triage : r.error.kind;
    };
    expect(level(REAL_PATHS.adult_cramp!)).toBe('self_care');
    expect(level(REAL_PATHS.walking!)).toBe('see_doctor');
    expect(level(REAL_PATHS.urgent!)).toBe('urgent');
    expect(level(REAL_PATHS.emergency!)).toBe('emergency');
  });

  it('empty, null and undefined decode to no answers', () => {
    for (const empty of ['', null, undefined]) expect(decodeAnswers(empty)).toEqual({ ok: true, answers: [] });
  });

  it('keeps unknown questions and multi-ids on single questions for replay to refuse', () => {
    expect(decodeAnswers('foo:bar')).toEqual({ ok: true, answers: [{ question: 'foo', value: 'bar' }] });
    expect(decodeAnswers('foo:bar-baz')).toEqual({ ok: true, answers: [{ question: 'foo', value: ['bar', 'baz'] }] });
    const kind = decodeAnswers('kind:cramp-walking_pain');
    expect(kind).toEqual({ ok: true, answers: [{ question: 'kind', value: ['cramp', 'walking_pain'] }] });
  });

  it('bad characters are malformed', () => {
    for (const bad of [
      'screen_leg:None',
      'screen_leg:none ',
      'screen_leg:none&x=1',
      'screen_leg%3Anone',
      'screen_leg:none,age:under_16',
      'screen_leg:nöne',
      'screen_leg:none/',
      'screen_leg:none\n',
    ]) {
      expect(decodeAnswers(bad), bad).toEqual({ ok: false, error: { kind: 'malformed', part: 'characters' } });
    }
  });

  it('missing colons, empty parts and empty ids are malformed, naming the part', () => {
    const cases: [string, string][] = [
      ['screen_leg', 'screen_leg'],
      ['screen_leg:none.age', 'age'],
      [':none', ':none'],
      ['screen_leg:', 'screen_leg:'],
      ['a:b:c', 'a:b:c'],
      ['a:b--c', 'a:b--c'],
      ['a:-b', 'a:-b'],
      ['a:b-', 'a:b-'],
      ['a:-', 'a:-'],
      ['screen_leg:none..age:under_16', ''],
      ['screen_leg:none.', ''],
      ['.screen_leg:none', ''],
      ['.', ''],
    ];
    for (const [input, part] of cases) {
      expect(decodeAnswers(input), input).toEqual({ ok: false, error: { kind: 'malformed', part } });
    }
  });

  it('over MAX_ENCODED_LENGTH is too_long (checked before anything else)', () => {
    const long = `x:${'y'.repeat(MAX_ENCODED_LENGTH - 1)}`;
    expect(long.length).toBe(MAX_ENCODED_LENGTH + 1);
    expect(decodeAnswers(long)).toEqual({ ok: false, error: { kind: 'too_long', length: MAX_ENCODED_LENGTH + 1 } });
    expect(decodeAnswers('!'.repeat(MAX_ENCODED_LENGTH + 5))).toEqual({
      ok: false,
      error: { kind: 'too_long', length: MAX_ENCODED_LENGTH + 5 },
    });
    // Exactly at the limit is accepted.
    const atLimit = `x:${'y'.repeat(MAX_ENCODED_LENGTH - 2)}`;
    expect(atLimit.length).toBe(MAX_ENCODED_LENGTH);
    expect(decodeAnswers(atLimit).ok).toBe(true);
  });

  it('every id is URL-safe and none is the reserved word, so encoding is unambiguous', () => {
    for (const question of QUESTION_IDS) {
      expect(question).toMatch(/^[a-z0-9_]+$/);
      for (const id of QUESTIONS[question].answers as readonly string[]) {
        expect(id).toMatch(/^[a-z0-9_]+$/);
        expect(id).not.toBe('none');
      }
    }
  });

  it('MAX_ENCODED_LENGTH is above any real path, even with every box ticked on every page', () => {
    const everything: PathAnswer[] = QUESTION_IDS.map((question) => ({
      question,
      value: QUESTIONS[question].multiple
        ? [...(QUESTIONS[question].answers as readonly string[])]
        : (QUESTIONS[question].answers as readonly string[]).reduce((a, b) => (b.length > a.length ? b : a)),
    }));
    const length = encodeAnswers(everything).length;
    expect(length).toBeGreaterThan(500);
    expect(length).toBeLessThan(MAX_ENCODED_LENGTH);
    expect(decodeAnswers(encodeAnswers(everything))).toEqual({ ok: true, answers: everything });
  });

  it('never throws on random strings', () => {
    let seed = 7;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const alphabet = 'abcdefgkmnorstuwy_:.-0123456789';
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const decoded = decodeAnswers(text);
      if (decoded.ok) {
        expect(() => replay(decoded.answers)).not.toThrow();
      } else {
        expect(['malformed', 'too_long']).toContain(decoded.error.kind);
      }
    }
  });
});

describe('decodePosition', () => {
  /** The position, or the kind of error. */
  const position = (raw: string | null | undefined, count: number) => {
    const decoded = decodePosition(raw, count);
    return decoded.ok ? decoded.at : decoded.error.kind;
  };

  it('missing means the end of the list', () => {
    expect(position(undefined, 5)).toBe(5);
    expect(position(null, 5)).toBe(5);
    expect(position('', 5)).toBe(5);
    expect(position('', 0)).toBe(0);
  });

  it('a whole number within the list', () => {
    expect(position('0', 5)).toBe(0);
    expect(position('3', 5)).toBe(3);
    expect(position('5', 5)).toBe(5);
    expect(position('007', 10)).toBe(7);
    expect(position('0', 0)).toBe(0);
  });

  it('beyond the list is bad_position; negative, fractional, padded or not a number is malformed', () => {
    expect(decodePosition('6', 5)).toEqual({ ok: false, error: { kind: 'bad_position', at: 6, count: 5 } });
    expect(decodePosition('1', 0)).toEqual({ ok: false, error: { kind: 'bad_position', at: 1, count: 0 } });
    for (const raw of ['-1', '1.5', '1e1', ' 1', '1 ', '+1', 'abc', '0x1', '1000', 'NaN', 'Infinity', '١']) {
      expect(decodePosition(raw, 5), raw).toEqual({ ok: false, error: { kind: 'malformed', part: raw } });
    }
  });
});

describe('checkQuery', () => {
  it('is empty for no answers', () => {
    expect(checkQuery([])).toBe('');
    expect(checkQuery([], 0)).toBe('');
  });

  it('holds the answers with readable colons', () => {
    expect(checkQuery(ADULT)).toBe(
      `?a=screen_leg:none.screen_body:none.screen_medical:none.age:age_16_plus.kind:cramp&${V}`,
    );
    expect(checkQuery([{ question: 'screen_leg', value: ['calf_swollen', 'one_leg_weak'] }])).toBe(
      `?a=screen_leg:calf_swollen-one_leg_weak&${V}`,
    );
  });

  it('adds `at` only when it is before the end', () => {
    expect(checkQuery(ADULT, 2)).toBe(`?a=screen_leg:none.screen_body:none.screen_medical:none.age:age_16_plus.kind:cramp&at=2&${V}`);
    expect(checkQuery(ADULT, 0)).toMatch(/&at=0&version=/);
    expect(checkQuery(ADULT, ADULT.length)).not.toContain('at=');
    expect(checkQuery(ADULT, undefined)).not.toContain('at=');
  });

  it('round-trips through URLSearchParams, decodeAnswers and decodePosition', () => {
    for (const path of Object.values(REAL_PATHS)) {
      for (let at = 0; at <= path.length; at++) {
        const params = new URLSearchParams(checkQuery(path, at));
        const decoded = decodeAnswers(params.get('a'));
        expect(decoded).toEqual({ ok: true, answers: path });
        expect(decodePosition(params.get('at'), path.length)).toEqual({ ok: true, at });
      }
    }
  });
});

describe('keep and return in the query', () => {
  const KEPT: PathAnswer[] = [
    { question: 'medicines', value: ['statin'] },
    { question: 'pattern', value: [] },
  ];

  it('adds `keep` only when answers are kept, in the same format as `a`', () => {
    expect(checkQuery(ADULT, 5, { kept: [] })).toBe(checkQuery(ADULT, 5));
    expect(checkQuery(ADULT, 5, { kept: KEPT })).toBe(`${checkQuery(ADULT).replace(`&${V}`, '')}&keep=medicines:statin.pattern:none&${V}`);
    const params = new URLSearchParams(checkQuery(ADULT, 2, { kept: KEPT }));
    expect(decodeAnswers(params.get('keep'))).toEqual({ ok: true, answers: KEPT });
    expect(decodePosition(params.get('at'), ADULT.length)).toEqual({ ok: true, at: 2 });
  });

  it('adds `return=review` only when asked', () => {
    expect(checkQuery(ADULT, 4, { returnToReview: true })).toBe(`${checkQuery(ADULT, 4).replace(`&${V}`, '')}&return=review&${V}`);
    expect(checkQuery(ADULT, 4, { returnToReview: false })).toBe(checkQuery(ADULT, 4));
    expect(checkQuery([], 0, { returnToReview: true })).toBe('?return=review');
  });

  it('writes another version, or none, only when asked (an old link as it was made)', () => {
    expect(checkQuery(ADULT, undefined, { version: '0.2.0' })).toBe(checkQuery(ADULT).replace(V, 'version=0.2.0'));
    expect(checkQuery(ADULT, undefined, { version: null })).toBe(checkQuery(ADULT).replace(`&${V}`, ''));
  });

  it('decodeReturn takes exactly "review" and ignores everything else', () => {
    expect(decodeReturn('review')).toBe(true);
    for (const raw of [undefined, null, '', 'Review', 'review ', ' review', 'result', 'review.review', 'https://evil.example', ['review'], ['review', 'review'], 1]) {
      expect(decodeReturn(raw), JSON.stringify(raw)).toBe(false);
    }
  });
});

describe('readSubmission (a submitted form)', () => {
  it('takes one known answer for a single-choice question', () => {
    expect(readSubmission('age', ['under_16'])).toEqual({ ok: true, value: 'under_16' });
  });
  it('refuses nothing, two answers or an unknown one for a single-choice question', () => {
    expect(readSubmission('age', [])).toEqual({ ok: false, error: 'required' });
    expect(readSubmission('age', ['under_16', 'age_16_plus'])).toEqual({ ok: false, error: 'invalid' });
    expect(readSubmission('age', ['made_up'])).toEqual({ ok: false, error: 'invalid' });
  });
  it('takes ticked boxes, and "none" as the empty list', () => {
    expect(readSubmission('screen_leg', ['calf_swollen', 'one_leg_weak'])).toEqual({ ok: true, value: ['calf_swollen', 'one_leg_weak'] });
    expect(readSubmission('screen_leg', [NONE])).toEqual({ ok: true, value: [] });
    expect(readSubmission('screen_leg', ['calf_swollen', 'calf_swollen'])).toEqual({ ok: true, value: ['calf_swollen'] });
  });
  it('refuses "none" with a sign, nothing ticked, and unknown boxes', () => {
    expect(readSubmission('screen_leg', ['calf_swollen', NONE])).toEqual({ ok: false, error: 'none_with_others' });
    expect(readSubmission('screen_leg', [])).toEqual({ ok: false, error: 'required' });
    expect(readSubmission('screen_leg', ['chest_pain'])).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('tickedIds', () => {
  it('keeps the question\'s own ids and "none", once each, in the page\'s order', () => {
    expect(tickedIds('screen_leg', [NONE, 'one_leg_weak', 'calf_swollen', 'calf_swollen'])).toEqual(['calf_swollen', 'one_leg_weak', NONE]);
    expect(tickedIds('screen_leg', ['calf_swollen', NONE])).toEqual(['calf_swollen', NONE]);
  });
  it('drops anything else: other questions\' ids, unknown ids, near misses', () => {
    expect(tickedIds('screen_leg', ['chest_pain', 'made_up', '', 'None', ' none', 'calf_swollen ', '__proto__', 'toString', NONE])).toEqual([NONE]);
    expect(tickedIds('screen_leg', [])).toEqual([]);
  });
  it('has nothing to show for a single-choice question', () => {
    expect(tickedIds('age', ['under_16', NONE])).toEqual([]);
  });
});

describe('checkAnswer (the one answer check)', () => {
  it("says yes exactly when the machine's isValidAnswer does, for every question", () => {
    for (const question of QUESTION_IDS) {
      const ids = QUESTIONS[question].answers as readonly string[];
      const candidates: unknown[] = [[], [NONE], ids[0], [ids[0]], [ids[0], ids[0]], [...ids].reverse(), 'nope', ['nope'], 7, null, undefined, {}, [7]];
      for (const value of candidates) {
        expect(checkAnswer(question, value).ok, `${question} ${JSON.stringify(value)}`).toBe(isValidAnswer(question, value));
      }
    }
  });

  it("gives the answer in the question's own order", () => {
    expect(checkAnswer('screen_leg', ['one_leg_weak', 'calf_swollen'])).toEqual({ ok: true, value: ['calf_swollen', 'one_leg_weak'] });
    expect(checkAnswer('age', 'under_16')).toEqual({ ok: true, value: 'under_16' });
    expect(checkAnswer('kind', ['walking_pain', 'cramp'])).toEqual({ ok: true, value: ['cramp', 'walking_pain'] });
  });

  it('names why not: an unknown id, the wrong shape, an id twice', () => {
    expect(checkAnswer('screen_leg', ['nope'])).toEqual({ ok: false, error: { kind: 'unknown_answer', answer: 'nope' } });
    expect(checkAnswer('screen_leg', [NONE])).toEqual({ ok: false, error: { kind: 'unknown_answer', answer: 'none' } });
    expect(checkAnswer('screen_leg', 'calf_swollen')).toEqual({ ok: false, error: { kind: 'invalid_answer', reason: 'expected_list' } });
    expect(checkAnswer('age', ['under_16'])).toEqual({ ok: false, error: { kind: 'invalid_answer', reason: 'expected_one' } });
    expect(checkAnswer('age', undefined)).toEqual({ ok: false, error: { kind: 'invalid_answer', reason: 'expected_one' } });
    expect(checkAnswer('screen_leg', ['calf_swollen', 'calf_swollen'])).toEqual({ ok: false, error: { kind: 'invalid_answer', reason: 'repeated' } });
  });
});

describe('readAddress', () => {
  const read = (query: string, options?: { withKept?: boolean }) => readAddress(searchParamsOf(new URLSearchParams(query)), options);

  it('reads for=other (someone answering for another person), writes it back, and ignores any other value', () => {
    const address = read(`?a=screen_leg:none&for=other&${V}`);
    expect(address).toMatchObject({ ok: true, address: { forOther: true } });
    if (!address.ok) return;
    expect(stepHref('', address.address)).toBe(`/check?a=screen_leg:none&for=other&${V}`);
    expect(checkQuery([], undefined, { forOther: true })).toBe('?for=other');
    for (const junk of ['for=Other', 'for=me', 'for=other&for=other', 'for=']) {
      const read2 = read(`?a=screen_leg:none&${junk}&${V}`);
      expect(read2.ok && read2.address.forOther, junk).toBeFalsy();
    }
    // The switch on the first question: the same answers and place, the other reader.
    expect(withReader(address.address, false)).not.toHaveProperty('forOther');
    expect(withReader(withReader(address.address, false), true)).toEqual(address.address);
    expect(resultHref('', { answers: [{ question: 'screen_leg', value: [] }], forOther: true })).toBe(`/result?a=screen_leg:none&for=other&${V}`);
  });

  it('reads a, at, keep and return', () => {
    expect(read(`?a=screen_leg:none.screen_body:calf_swollen&at=1&keep=age:under_16&return=review&${V}`)).toEqual({
      ok: true,
      address: {
        answers: [
          { question: 'screen_leg', value: [] },
          { question: 'screen_body', value: ['calf_swollen'] },
        ],
        at: 1,
        kept: [{ question: 'age', value: 'under_16' }],
        returnToReview: true,
      },
    });
    expect(read('')).toEqual({ ok: true, address: { answers: [], at: 0, kept: [], returnToReview: false } });
  });

  it('a repeated a, at or keep is a typed error; a repeated return is just no return', () => {
    for (const key of ['a', 'at', 'keep']) {
      expect(read(`?a=screen_leg:none&${key}=1&${key}=1&${V}`), key).toEqual({ ok: false, error: { kind: 'repeated_key', key } });
    }
    expect(read(`?a=screen_leg:none&return=review&return=review&${V}`)).toMatchObject({ ok: true, address: { returnToReview: false } });
  });

  it('says which value is bad', () => {
    expect(read('?a=screen_leg')).toEqual({ ok: false, error: { kind: 'bad_value', key: 'a', error: { kind: 'malformed', part: 'screen_leg' } } });
    expect(read('?a=screen_leg:none&at=2')).toEqual({ ok: false, error: { kind: 'bad_value', key: 'at', error: { kind: 'bad_position', at: 2, count: 1 } } });
    expect(read('?a=screen_leg:none&at=x')).toEqual({ ok: false, error: { kind: 'bad_value', key: 'at', error: { kind: 'malformed', part: 'x' } } });
    expect(read('?keep=%3Cb%3E')).toEqual({ ok: false, error: { kind: 'bad_value', key: 'keep', error: { kind: 'malformed', part: 'characters' } } });
  });

  it('a link from another content version, or from before links carried one, is not read: its answers come back with the version', () => {
    const answers = [{ question: 'screen_leg', value: [] }];
    expect(read('?a=screen_leg:none&version=0.2.0')).toEqual({ ok: false, error: { kind: 'other_version', version: '0.2.0', answers } });
    expect(read('?a=screen_leg:none')).toEqual({ ok: false, error: { kind: 'other_version', version: null, answers } });
    expect(read(`?a=screen_leg:none&${V}&${V}`)).toEqual({ ok: false, error: { kind: 'other_version', version: null, answers } });
    // No answers yet: nothing to replay, so no version is needed.
    expect(read('')).toMatchObject({ ok: true });
    expect(read('?version=0.1.0')).toMatchObject({ ok: true });
    expect(CONTENT_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('for a result, keep is not read at all', () => {
    expect(read(`?a=screen_leg:none&keep=<b>&keep=x&${V}`, { withKept: false })).toMatchObject({ ok: true, address: { kept: [] } });
  });
});

describe('readShown', () => {
  const shown = (query: string, question: 'screen_leg' | 'kind' | null = 'screen_leg') => readShown(searchParamsOf(new URLSearchParams(query)), question);

  it('shows the two errors /check/next sends, and for "not both" the ticks of this question only', () => {
    expect(shown('?error=required')).toEqual({ error: 'required', ticked: null });
    expect(shown('?error=none_with_others&v=calf_swollen&v=chest_pain&v=none')).toEqual({ error: 'none_with_others', ticked: ['calf_swollen', NONE] });
    expect(shown('?error=none_with_others&v=calf_swollen', null)).toEqual({ error: 'none_with_others', ticked: null });
  });

  it('ignores anything else', () => {
    for (const query of ['', '?error=invalid', '?error=Required', '?error=required&error=required', '?v=calf_swollen']) {
      expect(shown(query), query).toEqual({ error: null, ticked: null });
    }
  });
});
