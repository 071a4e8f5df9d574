/**
 * Which host pages may frame /embed and hear its events: the
 * EMBED_ALLOWED_ORIGINS setting, a comma-separated list of origins
 * (e.g. "https://clinic.example, https://www.clinic.example"), or "*" for any
 * origin (the default). Read at request time, by the proxy (frame-ancestors)
 * and by the embed layout (postMessage targets), so both always agree.
 */
export type OriginAllowlist = '*' | readonly string[];

export function allowedOrigins(raw: string | undefined = process.env.EMBED_ALLOWED_ORIGINS): OriginAllowlist {
  const value = raw?.trim();
  if (!value || value === '*') return '*';
  const origins = value
    .split(',')
    .map((o) => o.trim())
    .filter((o) => {
      try {
        const url = new URL(o);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === o;
      } catch {
        return false;
      }
    });
  // A setting with no valid origin allows none: never fall back to "any".
  return origins;
}

/** The CSP `frame-ancestors` value for the embed routes. */
export function frameAncestors(list: OriginAllowlist): string {
  if (list === '*') return '*';
  return list.length > 0 ? list.join(' ') : "'none'";
}
