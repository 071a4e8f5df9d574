/**
 * For the scripts that measure or photograph the production build: start
 * `next start` (and, if asked, the demo clinic page) on loopback, and a
 * headless Debian Chromium with the flags this closed network needs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

/** Start a process in its own group, so `stopAll` ends it and its children. */
export function start(args: string[], env: Record<string, string>, cwd?: string): ChildProcess {
  return spawn('node', args, { cwd, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, detached: true });
}

/** End each process group that still runs. */
export function stopAll(processes: readonly ChildProcess[]): void {
  for (const p of processes) {
    if (p.pid && p.exitCode === null && p.signalCode === null) {
      try {
        process.kill(-p.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

/** The scripts and stylesheets a page's HTML makes a current browser fetch: not the legacy polyfills (`noModule`), which it skips. */
export function fetchedAssets(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/<(?:script|link)\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/\bnoModule\b/i.test(tag))
        .flatMap((tag) => /\b(?:src|href)="([^"]+\.(?:js|css)[^"]*)"/.exec(tag)?.[1] ?? []),
    ),
  ];
}

export interface Served {
  base: string;
  demo?: string;
  /** The app server's process group (its own pid): what to read memory from. */
  pid: number;
  stop: () => void;
}

/** The production app on `port` (run `next build` first); with `demoPort`, the demo clinic page embedding it. */
export async function serve(port: number, demoPort?: number): Promise<Served> {
  const base = `http://127.0.0.1:${port}`;
  // Never measure someone else's server: a port already answering is an error, not a server to reuse.
  for (const taken of [port, demoPort].filter((p) => p !== undefined)) {
    if (await answers(`http://127.0.0.1:${taken}`)) throw new Error(`port ${taken} is already in use: stop what runs there, or choose another port (BENCH_PORT, SCREENSHOT_PORT, …)`);
  }
  const processes = [start(['scripts/next.mjs', 'start', '-p', String(port)], {})];
  const stop = () => stopAll(processes);
  try {
    await waitFor(base);
    const pid = processes[0]!.pid!;
    if (demoPort === undefined) return { base, pid, stop };
    processes.push(start(['e2e/demo/server.mjs'], { DEMO_PORTS: String(demoPort), APP_ORIGIN: base }));
    const demo = `http://127.0.0.1:${demoPort}`;
    await waitFor(demo);
    return { base, demo, pid, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
