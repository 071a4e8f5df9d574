/**
 * Runs before every page and route handler (not static files):
 *
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
import { NextResponse, type NextRequest } from 'next/server';
import { allowedOrigins, frameAncestors } from '@/lib/embed-origins';
import { COMMON_HEADERS, contentSecurityPolicy } from '@/lib/security-headers';

const isEmbed = (path: string) => path === '/embed' || path.startsWith('/embed/');

/** The pages that draw with Mermaid, whose SVG carries inline styles (see lib/security-headers.js). */
const DRAWING_PAGES = new Set(['/diagram', '/review/changes']);

/** Where an undecodable address is sent: no such page, so Next renders the calm not-found page (404). */
const BROKEN_LINK = '/link-not-found';

/** Does the path decode as percent-encoded UTF-8? (`%zz`, a cut-off `%E0%A4%A` or an overlong `%C0%AE` does not.) */
export function decodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const embed = isEmbed(path);
  const csp = contentSecurityPolicy({ nonce, ancestors: embed ? frameAncestors(allowedOrigins()) : "'none'", drawing: DRAWING_PAGES.has(path) });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  headers.set('x-nonce', nonce);
  const response = decodablePath(path)
    ? NextResponse.next({ request: { headers } })
    : NextResponse.rewrite(new URL(BROKEN_LINK, request.url), { request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [key, value] of Object.entries(COMMON_HEADERS)) response.headers.set(key, value);
  if (embed) response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = {
  // Every page and route handler; not Next's static files or the public folder's.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|embed\\.js|screenshots/).*)'],
};
