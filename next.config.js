// @ts-check
const { contentSecurityPolicy } = require('./lib/security-headers');

/**
 * Security and privacy headers. Answers live only in the URL, so:
 * - Referrer-Policy: no-referrer — a link out never carries the URL;
 * - Cache-Control: no-store on pages that show answers — no copy on disk;
 * - a strict Content-Security-Policy — no third-party script, style, font or connection;
 * - no framing anywhere but /embed (whose policy the proxy sets from EMBED_ALLOWED_ORIGINS).
 */
const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy("'none'") },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const noStore = [{ key: 'Cache-Control', value: 'no-store' }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      // Everything except the embed routes; embed.js itself may be loaded from any page.
      { source: '/((?!embed(?:/|$)).*)', headers: securityHeaders },
      { source: '/check', headers: noStore },
      { source: '/check/:path*', headers: noStore },
      { source: '/result', headers: noStore },
      { source: '/diagram', headers: noStore },
      { source: '/diagram/:path*', headers: noStore },
    ];
  },
};

module.exports = nextConfig;
