export function contentSecurityPolicy(ancestors: string): string;
