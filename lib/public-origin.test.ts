import { describe, expect, it } from 'vitest';
import { publicOrigin } from './public-origin';

const from = (headers: Record<string, string>) => new Headers(headers);

describe('the public origin of a request', () => {
  it('is the Host and scheme Next fills in when no proxy is in front', () => {
    expect(publicOrigin(from({ host: '127.0.0.1:3470', 'x-forwarded-host': '127.0.0.1:3470', 'x-forwarded-proto': 'http', 'x-forwarded-port': '3470' }))).toBe('http://127.0.0.1:3470');
    expect(publicOrigin(from({ host: 'localhost:3000' }))).toBe('http://localhost:3000');
  });

  it("is the proxy's public host and scheme, before its own name for the app", () => {
    expect(publicOrigin(from({ host: 'app:3000', 'x-forwarded-host': 'check.example.org', 'x-forwarded-proto': 'https' }))).toBe('https://check.example.org');
  });

  it('takes the first of a list, one per proxy hop: the one the browser used', () => {
    expect(publicOrigin(from({ host: 'app', 'x-forwarded-host': 'check.example.org, edge.internal', 'x-forwarded-proto': 'https,http' }))).toBe('https://check.example.org');
  });

  it("never reads x-forwarded-port (Next fills it with its own), and drops the scheme's own port", () => {
    expect(publicOrigin(from({ 'x-forwarded-host': 'check.example.org', 'x-forwarded-proto': 'https', 'x-forwarded-port': '3000' }))).toBe('https://check.example.org');
    expect(publicOrigin(from({ host: 'check.example.org:443', 'x-forwarded-proto': 'https' }))).toBe('https://check.example.org');
    expect(publicOrigin(from({ host: 'check.example.org:8443', 'x-forwarded-proto': 'https' }))).toBe('https://check.example.org:8443');
  });

  it('spells the host in lower case, and keeps an IPv6 address in brackets', () => {
    expect(publicOrigin(from({ host: 'Check.Example.ORG', 'x-forwarded-proto': 'HTTPS' }))).toBe('https://check.example.org');
    expect(publicOrigin(from({ host: '[::1]:3470' }))).toBe('http://[::1]:3470');
  });

  it('is none for anything but http(s) and a bare host[:port], so nothing else rides into a code', () => {
    const refused: Record<string, string>[] = [
      {},
      { host: '' },
      { host: 'check.example.org', 'x-forwarded-proto': 'javascript' },
      { host: 'check.example.org', 'x-forwarded-proto': 'ftp' },
      { host: 'evil.example/phish?x=' },
      { host: 'user:pass@check.example.org' },
      { host: 'check.example.org\\@evil.example' },
      { host: 'check example.org' },
      { host: '"><script>alert(1)</script>' },
      { host: 'check.example.org:99999' },
      { host: 'check.example.org:' },
      { host: '-check.example.org' },
      { host: 'check..example.org' },
      { 'x-forwarded-host': 'evil.example#', host: 'check.example.org' },
    ];
    for (const headers of refused) expect(publicOrigin(from(headers)), JSON.stringify(headers)).toBeNull();
  });
});
