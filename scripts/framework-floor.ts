/**
 * The floor for a flow page's JavaScript: what a minimal Next.js app of the same
 * version ships for one page with one client component (a button with state),
 * built and served in the same run, from this project's node_modules. Whatever a
 * flow page loads beyond it is the check's own code and words.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fetchedAssets, start, stopAll, waitFor } from './serve';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'framework-floor', private: true }),
  'next.config.js': 'module.exports = { poweredByHeader: false };\n',
  'app/layout.js': "export default function Layout({ children }) { return <html lang=\"en\"><body>{children}</body></html>; }\n",
  'app/page.js': "import { Count } from './count';\nexport default function Page() { return <main><h1>Floor</h1><Count /></main>; }\n",
  'app/count.js': "'use client';\nimport { useState } from 'react';\nexport function Count() { const [n, setN] = useState(0); return <button onClick={() => setN(n + 1)}>{n}</button>; }\n",
};

/** The minimal app, built under `.bench/framework-floor` (git-ignored) and serving on `port`. */
export interface FloorApp {
  base: string;
  stop: () => void;
}

/** Builds the minimal app and starts it on `port`; call `stop` when done. */
export async function startFrameworkFloor(port: number): Promise<FloorApp> {
  const dir = join(process.cwd(), '.bench', 'framework-floor');
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const next = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  execFileSync('node', [next, 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const server = start([next, 'start', '-p', String(port)], {}, dir);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(base);
    const html = await (await fetch(base)).text();
    if (!html.includes('<h1>Floor</h1>')) throw new Error('the framework floor app did not start');
  } catch (error) {
    stopAll([server]);
    throw error;
  }
  return { base, stop: () => stopAll([server]) };
}

/** The minimal app's page JavaScript, gzipped and raw (built and served on `port`, then stopped). */
export async function frameworkFloor(port: number): Promise<{ jsGz: number; js: number; files: number }> {
  const app = await startFrameworkFloor(port);
  try {
    const html = await (await fetch(app.base)).text();
    const scripts = fetchedAssets(html).filter((asset) => asset.includes('.js'));
    let js = 0;
    let jsGz = 0;
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(new URL(src, app.base))).arrayBuffer());
      js += body.length;
      jsGz += gzipSync(body).length;
    }
    return { js, jsGz, files: scripts.length };
  } finally {
    app.stop();
  }
}
