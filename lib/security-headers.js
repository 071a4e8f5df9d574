// @ts-check
/**
 * The Content-Security-Policy, shared by next.config.js (every route) and the
 * proxy (the embed, whose frame-ancestors come from the allowlist). CommonJS so
 * next.config.js can require it.
 */
const isDev = process.env.NODE_ENV !== 'production';

/** @param {string} ancestors the frame-ancestors value */
function contentSecurityPolicy(ancestors) {
  return [
    "default-src 'self'",
    // Next inlines its bootstrap scripts; 'unsafe-eval' only for the dev server's hot reload.
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

module.exports = { contentSecurityPolicy };
