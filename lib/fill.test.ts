import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('puts each value in its placeholder', () => {
    expect(fill('Question {n} of about {total}', { n: 3, total: 10 })).toBe('Question 3 of about 10');
  });

  it('uses values literally, $ patterns included', () => {
    expect(fill('Contact {clinic}', { clinic: "Dr $` and $& Clinic $1 $$" })).toBe("Contact Dr $` and $& Clinic $1 $$");
  });

  it('leaves a placeholder without a value, and ignores inherited names', () => {
    expect(fill('Call {number} or {toString}', {})).toBe('Call {number} or {toString}');
  });
});
