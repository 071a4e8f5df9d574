import { describe, expect, it } from 'vitest';
import { requestOrigin } from './request-origin';

const SERVER = new URL('http://localhost:3000/fhir/Questionnaire');
const origin = (headers: Record<string, string>) => requestOrigin(new Headers(headers), SERVER);

describe('requestOrigin', () => {
  it('is the host the browser asked for', () => {
    expect(origin({ host: '127.0.0.1:3100' })).toBe('http://127.0.0.1:3100');
  });
  it('follows a proxy in front (first value of each forwarded header)', () => {
    expect(origin({ host: 'app:3000', 'x-forwarded-host': 'clinic.example, inner', 'x-forwarded-proto': 'https,http' })).toBe('https://clinic.example');
  });
  it('falls back to the server view for a malformed host, and never gives another scheme', () => {
    expect(origin({ host: 'evil.example/path?x' })).toBe('http://localhost:3000');
    expect(origin({ host: 'clinic.example', 'x-forwarded-proto': 'javascript' })).toBe('http://clinic.example');
  });
});
