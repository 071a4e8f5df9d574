/**
 * Runs before every page and route handler (not static files):
 *
 * - the language: an address that names one (`/es/check`) is served in it; one
 *   that does not is English, at the address it always had (rewritten to the
 *   English pages, `/check` → `/en/check`), except the front doors `/` and a bare
 *   `/check`, which follow the browser's Accept-Language (`negotiator` and
 *   `@formatjs/intl-localematcher`) to `/pl`, `/es/check`, …: an explicit
 *   language in the address always wins, and an address carrying answers is
 *   never moved;
 * - a fresh nonce per request, in the Content-Security-Policy on the request
 *   (Next reads it there and puts it on its own scripts) and on the response,
 *   so `script-src` needs no 'unsafe-inline' (lib/security-headers.js);
 * - the embed's frame policy, read per request so EMBED_ALLOWED_ORIGINS applies
 *   without a rebuild: /embed may be framed by the allowlisted origins (default:
 *   any), every other route by none;
 * - an address whose path is not valid percent-encoding (`/embed/%zz`) never
 *   reaches Next's router, which would answer it with a bare 500: it gets the
 *   calm "page not found" page, with every security header.
 */
import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_LANG, LANGUAGES, splitLanguage, type Lang } from '@/content/languages';
import { allowedOrigins, frameAncestors } from '@/lib/embed-origins';
import { COMMON_HEADERS, contentSecurityPolicy } from '@/lib/security-headers';
import { builtStyleHashes } from '@/lib/inline-styles';
import { DEFAULT_TOKEN } from '@/lib/embed-settings';
import { SITE_BASE_HEADER } from '@/lib/site-surface';

const isEmbed = (path: string) => path === '/embed' || path.startsWith('/embed/');

/** Routes outside the site's languages. */
const isOutsideSite = (path: string) => isEmbed(path) || path === '/healthz';

/** The pages that show Mermaid's SVG (drawn ahead of time on /diagram), which carries inline styles (see lib/security-headers.js); in any language. */
const DRAWING_PAGES = new Set(['/diagram', '/review/changes']);

/** Where an undecodable address is sent: no such page, so Next renders the calm not-found page (404). */
const BROKEN_LINK = '/en/link-not-found';

/** Addresses without a language that follow the browser's: the front doors, with nothing of a person's in them. */
const FRONT_DOORS = new Set(['/', '/check']);

/** Does the path decode as percent-encoded UTF-8? (`%zz`, a cut-off `%E0%A4%A` or an overlong `%C0%AE` does not.) */
export function decodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The language the browser asks for most, of ours; English when it asks for none of them (or sends nonsense). */
export function preferredLanguage(acceptLanguage: string | null): Lang {
  if (!acceptLanguage) return DEFAULT_LANG;
  try {
    const asked = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages();
    // RFC 4647 lookup: the browser's order decides. ('best fit' can prefer an exact later
    // language over a regional first one: en-GB,pl → pl.)
    return match(asked, LANGUAGES, DEFAULT_LANG, { algorithm: 'lookup' }) as Lang;
  } catch {
    return DEFAULT_LANG;
  }
}

/** Where the site sends a request: served as it is, moved to the reader's language, or served in English. */
export function siteRoute(path: string, search: string, acceptLanguage: string | null): { redirect: string } | { serve: string; base: string } {
  const { lang } = splitLanguage(path);
  if (lang) return { serve: path, base: `/${lang}` };
  if (FRONT_DOORS.has(path) && search === '') {
    const preferred = preferredLanguage(acceptLanguage);
    if (preferred !== DEFAULT_LANG) return { redirect: `/${preferred}${path === '/' ? '' : path}` };
  }
  return { serve: `/${DEFAULT_LANG}${path === '/' ? '' : path}`, base: '' };
}

function withHeaders(response: NextResponse, csp: string, embed: boolean): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  for (const [key, value] of Object.entries(COMMON_HEADERS)) response.headers.set(key, value);
  if (embed) response.headers.set('Cache-Control', 'no-store');
  return response;
}

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const search = request.nextUrl.search;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const embed = isEmbed(path);
  const { rest } = splitLanguage(path);
  const csp = contentSecurityPolicy({
    nonce,
    ancestors: embed ? frameAncestors(allowedOrigins()) : "'none'",
    drawing: DRAWING_PAGES.has(rest),
    styleHashes: builtStyleHashes(),
  });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  headers.set('x-nonce', nonce);
  // Only ever set here, never taken from the browser.
  headers.delete(SITE_BASE_HEADER);
  if (!decodablePath(path)) return withHeaders(NextResponse.rewrite(new URL(BROKEN_LINK, request.url), { request: { headers } }), csp, embed);
  if (path === '/embed') return withHeaders(NextResponse.redirect(new URL(`/embed/${DEFAULT_TOKEN}`, request.url), 307), csp, embed);
  if (isOutsideSite(path)) return withHeaders(NextResponse.next({ request: { headers } }), csp, embed);

  const route = siteRoute(path, search, request.headers.get('accept-language'));
  if ('redirect' in route) {
    const response = withHeaders(NextResponse.redirect(new URL(route.redirect, request.url), 307), csp, false);
    response.headers.set('Vary', 'Accept-Language');
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }
  headers.set(SITE_BASE_HEADER, route.base);
  const response =
    route.serve === path ? NextResponse.next({ request: { headers } }) : NextResponse.rewrite(new URL(`${route.serve}${search}`, request.url), { request: { headers } });
  if (FRONT_DOORS.has(path)) response.headers.set('Vary', 'Accept-Language');
  return withHeaders(response, csp, false);
}

export const config = {
  // Every page and route handler; not Next's static files or the public folder's
  // (which the language rewrite would send to /en/…, where there is no such file).
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|embed\\.js|screenshots/|diagram-svg/).*)'],
};
