import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtStyleHashes } from './inline-styles';

describe('the inlined stylesheet in the Content-Security-Policy', () => {
  const root = mkdtempSync(join(tmpdir(), 'styles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('hashes every built stylesheet, as the inline <style> repeats it, and nothing else', () => {
    const css = '.app-body{margin:0}';
    mkdirSync(join(root, '.next', 'static', 'chunks'), { recursive: true });
    writeFileSync(join(root, '.next', 'static', 'chunks', 'a.css'), css);
    writeFileSync(join(root, '.next', 'static', 'chunks', 'a.js'), 'console.log(1)');
    const expected = `sha256-${createHash('sha256').update(css).digest('base64')}`;
    expect(builtStyleHashes(root)).toEqual([expected]);
  });

  it('finds none without a build (the dev server allows inline styles)', () => {
    expect(builtStyleHashes(join(root, 'nowhere'))).toEqual([]);
  });
});
