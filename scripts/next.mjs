// Runs the Next.js CLI with its telemetry off: Leg Cramp Check makes no third-party
// requests, and neither do its build and its server. Usage: node scripts/next.mjs build
process.env.NEXT_TELEMETRY_DISABLED = '1';
await import('next/dist/bin/next');
