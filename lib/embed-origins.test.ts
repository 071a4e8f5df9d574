import { describe, expect, it } from 'vitest';
import { allowedOrigins, frameAncestors } from './embed-origins';

describe('EMBED_ALLOWED_ORIGINS', () => {
  it('defaults to any origin', () => {
    expect(allowedOrigins(undefined)).toBe('*');
    expect(allowedOrigins(' * ')).toBe('*');
    expect(frameAncestors('*')).toBe('*');
  });
  it('keeps only well-formed origins', () => {
    expect(allowedOrigins('https://clinic.example, http://localhost:4000, https://x.example/path, javascript:alert(1), nonsense')).toEqual([
      'https://clinic.example',
      'http://localhost:4000',
    ]);
  });
  it('allows nobody rather than everybody when nothing valid is given', () => {
    expect(allowedOrigins('not an origin')).toEqual([]);
    expect(frameAncestors([])).toBe("'none'");
    expect(frameAncestors(['https://a.example', 'https://b.example'])).toBe('https://a.example https://b.example');
  });
});
