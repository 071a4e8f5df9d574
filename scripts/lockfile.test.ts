/**
 * `npm ci` refuses a lockfile that lacks a package another one lists, so a
 * lockfile written on one platform without the others' optional builds (Next's
 * SWC compilers, the resolver's bindings, sharp's) breaks a fresh clone on
 * every other platform, and most Docker and CI installs. This keeps it whole.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Lock = { lockfileVersion: number; packages: Record<string, { version?: string; optionalDependencies?: Record<string, string>; dependencies?: Record<string, string> }> };

/** The entries a package's dependencies resolve to, as npm looks them up: nested first, then each parent folder up to the top. */
function resolves(lock: Lock, from: string, name: string): boolean {
  let base = from;
  for (;;) {
    if (`${base ? `${base}/` : ''}node_modules/${name}` in lock.packages) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/** Optional dependencies (every platform's builds) that the lockfile does not list. */
export function missingOptional(lock: Lock): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => !resolves(lock, path, name))
      .map((name) => `${path || '(root)'} → ${name}`),
  );
}

/**
 * Dependencies asked for by a dist-tag ("latest") rather than a version range: `npm ci`
 * resolves the tag anew on every install, so the lockfile goes out of date by itself
 * the day the tag moves. Each must be pinned by an override in package.json.
 */
export function unpinnedTags(lock: Lock, overrides: Record<string, unknown>): string[] {
  const isTag = (spec: string) => /^[a-z][\w-]*$/i.test(spec);
  return Object.entries(lock.packages).flatMap(([path, entry]) =>
    Object.entries({ ...entry.dependencies, ...entry.optionalDependencies })
      .filter(([name, spec]) => isTag(spec) && !Object.hasOwn(overrides, name))
      .map(([name, spec]) => `${path || '(root)'} → ${name}@${spec}`),
  );
}

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as Lock;

  it('lists every optional platform package of every dependency, so `npm ci` works on any platform', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(missingOptional(lock)).toEqual([]);
    for (const name of ['@next/swc-darwin-arm64', '@next/swc-win32-x64-msvc', '@next/swc-linux-x64-gnu']) expect(resolves(lock, '', name)).toBe(true);
  });

  it('names its own dependencies as package.json does (else `npm ci` refuses it as out of sync)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const root = lock.packages[''] as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
  });

  it('asks for no dependency by a moving tag ("latest") that package.json does not pin, so `npm ci` stays in sync', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { overrides?: Record<string, unknown> };
    expect(unpinnedTags(lock, pkg.overrides ?? {})).toEqual([]);
    // The check can fail: without the override, Lighthouse's trace engine asks for third-party-web@latest.
    expect(unpinnedTags(lock, {})).toContain('node_modules/@paulirish/trace_engine → third-party-web@latest');
  });

  it('the check itself catches a missing platform package', () => {
    const broken = structuredClone(lock);
    delete broken.packages['node_modules/@next/swc-darwin-arm64'];
    expect(missingOptional(broken)).toContain('node_modules/next → @next/swc-darwin-arm64');
  });
});
