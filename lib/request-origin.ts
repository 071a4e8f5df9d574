/**
 * The origin the person's browser used for this request (`https://clinic.example`),
 * for the addresses we hand back (the FHIR canonical url): the Host header, or
 * X-Forwarded-Host and X-Forwarded-Proto when a proxy in front sets them (the
 * container's usual place). Trusting them is safe here because the address only
 * goes back to the same requester; nothing is stored or sent elsewhere.
 */
export function requestOrigin(headers: Headers, fallback: URL): string {
  const first = (value: string | null) => value?.split(',')[0]?.trim() || null;
  const host = first(headers.get('x-forwarded-host')) ?? first(headers.get('host')) ?? fallback.host;
  const proto = first(headers.get('x-forwarded-proto')) ?? fallback.protocol.replace(/:$/, '');
  // Only a plain host[:port] and http(s): anything else falls back to the server's own view.
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host) && !/^\[[0-9a-f:]+\](:\d+)?$/i.test(host)) return fallback.origin;
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}
