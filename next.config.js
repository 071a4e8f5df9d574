// @ts-check
const { COMMON_HEADERS } = require('./lib/security-headers');

/**
 * Security and privacy headers. Answers live only in the URL, so:
 * - Referrer-Policy: no-referrer — a link out never carries the URL;
 * - Cache-Control: no-store on pages that show answers — no copy on disk;
 * - a strict Content-Security-Policy, with a nonce per request, set by proxy.ts on every
 *   page — no third-party script, style, font or connection, no inline script;
 * - no framing anywhere but /embed (whose policy the proxy sets from EMBED_ALLOWED_ORIGINS).
 * These static headers also cover the files in public/ and _next/static, which the proxy skips.
 */
const securityHeaders = [...Object.entries(COMMON_HEADERS).map(([key, value]) => ({ key, value })), { key: 'X-Frame-Options', value: 'DENY' }];

const noStore = [{ key: 'Cache-Control', value: 'no-store' }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The container (Dockerfile) builds a standalone server: NEXT_OUTPUT=standalone.
  // `npm start` and the tests build the ordinary way and serve it with `next start`.
  // The tracing root is this folder, so server.js sits at the top of .next/standalone wherever the build runs.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone', outputFileTracingRoot: __dirname } : {}),
  poweredByHeader: false,
  // One 404 page for every unmatched address (app/global-not-found.tsx), rendered only when needed:
  // a root not-found.tsx would be rendered into every page's payload as a fallback, chrome and all.
  experimental: { globalNotFound: true, inlineCss: true },
  reactStrictMode: true,
  async headers() {
    return [
      // Everything except the embed routes; embed.js itself may be loaded from any page.
      { source: '/((?!embed(?:/|$)).*)', headers: securityHeaders },
      // The pages that show answers, at their English addresses and in every language (`/es/check`).
      ...['/check', '/check/:path*', '/result', '/diagram', '/diagram/:path*'].flatMap((path) => [
        { source: path, headers: noStore },
        { source: `/:lang([a-z]{2})${path}`, headers: noStore },
      ]),
      // The loader clinics include keeps its name, so caches may keep it only briefly: a fix reaches every clinic within minutes.
      { source: '/embed.js', headers: [{ key: 'Cache-Control', value: 'public, max-age=300' }] },
      // The diagram's drawings made ahead of time (npm run diagram:svg) are named by a hash of what they draw: kept for ever.
      // Opened on their own, they may apply their own styles and nothing else.
      {
        source: '/diagram-svg/:file*',
        headers: [
          { key: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
          { key: 'Content-Security-Policy', value: "default-src 'none'; style-src 'unsafe-inline'" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
