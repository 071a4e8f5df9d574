/**
 * The embed's frame policy, set per request so EMBED_ALLOWED_ORIGINS applies
 * without a rebuild: /embed may be framed by the allowlisted origins (default:
 * any). Every other route is refused framing by the static headers in
 * next.config.js (frame-ancestors 'none' and X-Frame-Options: DENY).
 */
import { NextResponse } from 'next/server';
import { allowedOrigins, frameAncestors } from '@/lib/embed-origins';
import { contentSecurityPolicy } from '@/lib/security-headers';

export function proxy() {
  const response = NextResponse.next();
  response.headers.set('Content-Security-Policy', contentSecurityPolicy(frameAncestors(allowedOrigins())));
  response.headers.set('Referrer-Policy', 'no-referrer');
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = {
  matcher: ['/embed', '/embed/:path*'],
};
