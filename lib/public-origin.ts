/**
 * The origin people reach this app at (`https://check.example.org`), read from
 * a request's headers: for an address that must work away from the page that
 * shows it, such as the QR code on a result, which a clinician scans with
 * another device.
 *
 * What we trust, and why:
 * - A proxy in front of the app (a TLS terminator, a platform's router) sees the
 *   public address and passes it on as `x-forwarded-host` and
 *   `x-forwarded-proto`, while `Host` may be its own name for the app; so those
 *   come first, then `Host`. With no proxy, Next fills both in itself from
 *   `Host` and the socket. Of a list (`https, http`, one per proxy hop), the
 *   first is the one the browser used.
 * - `x-forwarded-port` is not read: Next fills it with its own port when the
 *   proxy leaves it out, which would put :3000 on a public https address. A
 *   public port other than the scheme's own comes with the host.
 * - Any of these can be forged by whoever sends the request, and that is
 *   acceptable here: the page carrying the code is made for that one request and
 *   never kept (no-store, a fresh nonce in every response), and a browser cannot
 *   be made to send another site's Host or custom headers with a navigation, so
 *   a forged value misleads only its sender. What we do check is the spelling:
 *   a scheme of http or https and a bare host[:port], so nothing else (a path,
 *   user info, markup) can ride into the code. Anything else gives no origin,
 *   and the page shows no code rather than a wrong one.
 *
 * The FHIR routes use it for their canonical url, falling back to the server's
 * own view of the route's URL (a resource needs some url); the QR code does not
 * guess, since it is scanned elsewhere.
 */

/** A host name (letters, digits, hyphens, dots) or a bracketed IPv6 address, with an optional port. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** The first entry of a comma-separated header, trimmed and lowercased; null when empty. */
const first = (value: string | null): string | null => value?.split(',')[0]?.trim().toLowerCase() || null;

/** The origin, from a request's headers (a route's `request.headers`, or a page's `await headers()`); null when they name none we accept. */
export function publicOrigin(headers: Pick<Headers, 'get'>): string | null {
  const scheme = first(headers.get('x-forwarded-proto')) ?? 'http';
  const host = first(headers.get('x-forwarded-host')) ?? first(headers.get('host'));
  if ((scheme !== 'http' && scheme !== 'https') || !host || !HOST.test(host)) return null;
  try {
    const url = new URL(`${scheme}://${host}`);
    // The port must be one a URL can have (the spelling check allows 99999).
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}
