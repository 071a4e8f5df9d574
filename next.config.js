// @ts-check

/**
 * Security and privacy headers. Answers live only in the URL, so:
 * - Referrer-Policy: no-referrer — a link out never carries the URL;
 * - Cache-Control: no-store on pages that show answers — no copy on disk;
 * - a strict Content-Security-Policy — no third-party script, style, font or connection;
 * - no framing (the embed route arrives with its own policy).
 */
const isDev = process.env.NODE_ENV !== 'production';

const csp = [
  "default-src 'self'",
  // Next inlines its bootstrap scripts; 'unsafe-eval' only for the dev server's hot reload.
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? ' ws:' : ''}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
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
      { source: '/:path*', headers: securityHeaders },
      { source: '/check', headers: noStore },
      { source: '/check/:path*', headers: noStore },
      { source: '/result', headers: noStore },
      { source: '/diagram', headers: noStore },
      { source: '/diagram/:path*', headers: noStore },
    ];
  },
};

module.exports = nextConfig;
