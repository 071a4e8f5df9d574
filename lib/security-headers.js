// @ts-check
/**
 * The Content-Security-Policy and the other security headers, shared by
 * next.config.js (static files) and proxy.ts (every page and route handler,
 * per request). CommonJS so next.config.js can require it.
 */
const { createHash } = require('node:crypto');

const isDev = process.env.NODE_ENV !== 'production';

/** The one inline style the app writes itself: with JavaScript off, hide the controls only JavaScript can make work. */
const NOSCRIPT_STYLE = '.app-js-only{display:none!important}.app-no-js-only{display:block!important}';
const NOSCRIPT_STYLE_HASH = `'sha256-${createHash('sha256').update(NOSCRIPT_STYLE).digest('base64')}'`;

/**
 * @param {{ nonce: string | null, ancestors: string, drawing?: boolean, styleHashes?: readonly string[] }} options
 *   nonce: this request's nonce (the proxy makes one per request; Next puts it on its own scripts);
 *   ancestors: the frame-ancestors value ('none' but on /embed);
 *   drawing: a page that draws with Mermaid (/diagram, /review/changes);
 *   styleHashes: the built stylesheets' hashes ('sha256-…'), which Next writes inline
 *   (experimental.inlineCss) without a nonce: lib/inline-styles.ts.
 */
function contentSecurityPolicy({ nonce, ancestors, drawing = false, styleHashes = [] }) {
  const scripts = nonce
    ? // 'strict-dynamic': scripts the nonced ones load (Next's chunks, Mermaid on the drawing pages) may run; nothing inline without the nonce.
      `'self' 'nonce-${nonce}' 'strict-dynamic'`
    : "'self'";
  const styles = drawing || isDev
    ? // Mermaid writes a <style> element and style attributes into every SVG it draws, which no nonce or hash can cover;
      // so the two drawing pages (which show no answers but a path) allow inline styles, and no other page does.
      "'self' 'unsafe-inline'"
    : [`'self'`, ...(nonce ? [`'nonce-${nonce}'`] : []), NOSCRIPT_STYLE_HASH, ...styleHashes.map((hash) => `'${hash}'`)].join(' ');
  return [
    "default-src 'self'",
    // 'unsafe-eval' only for the dev server (React's debugging); production never evaluates strings.
    `script-src ${scripts}${isDev ? " 'unsafe-eval'" : ''}`,
    `style-src ${styles}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/** Headers every response carries (the CSP aside): no referrer, no sniffing, no powerful features, its own browsing context group. */
const COMMON_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  // COOP does not apply to a document inside a frame, so it never breaks the embed; opened on its own, a page keeps to itself.
  'Cross-Origin-Opener-Policy': 'same-origin',
};

module.exports = { contentSecurityPolicy, COMMON_HEADERS, NOSCRIPT_STYLE };
