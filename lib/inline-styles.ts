/**
 * The stylesheet is inlined into every page (next.config.js: experimental.inlineCss),
 * so the first paint needs nothing but the HTML: the page paints before any
 * script has loaded. Next writes the inline <style> without the request's nonce,
 * so the Content-Security-Policy names it by hash instead: the hash of each
 * built stylesheet, whose text the inline element repeats exactly. Read once,
 * from the build the server runs (`.next/static`, also in the container).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, readonly string[]>();

function cssFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return cssFiles(path);
      return entry.name.endsWith('.css') ? [path] : [];
    });
  } catch {
    return [];
  }
}

/** 'sha256-…' of every built stylesheet; none before a build (the dev server allows inline styles). */
export function builtStyleHashes(root: string = process.cwd()): readonly string[] {
  let hashes = cache.get(root);
  if (!hashes) {
    hashes = cssFiles(join(root, '.next', 'static')).map((file) => `sha256-${createHash('sha256').update(readFileSync(file)).digest('base64')}`);
    cache.set(root, hashes);
  }
  return hashes;
}
