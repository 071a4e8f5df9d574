export function contentSecurityPolicy(options: { nonce: string | null; ancestors: string; drawing?: boolean; styleHashes?: readonly string[] }): string;
export const COMMON_HEADERS: Readonly<Record<string, string>>;
export const NOSCRIPT_STYLE: string;
