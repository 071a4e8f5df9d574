/**
 * `npm run bench:load`: how the production server holds up under load, on
 * loopback only, bounded in time (about three minutes). Run after `npm run build`.
 *
 * In one run, side by side with their floor (a static file served by the same
 * server): requests per second, median and 99th-percentile latency for a step
 * page, a result page and the static file, and the ratios between them; the
 * server's memory (RSS, the median of five readings) after a 20 s warm-up at 50
 * connections, then 30 s at 50 connections (no errors allowed) and a 60 s soak
 * (RSS within 20 % of its warmed-up level).
 * Prints a Markdown table for the README; exits non-zero when a budget is missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import autocannon, { type Result } from 'autocannon';
import { serve } from './serve';
import { checkQuery } from '../machines/address';
import { answersFor } from '../machines/model';

const port = Number(process.env.BENCH_PORT ?? 3250);
const STEP = `/check${checkQuery(answersFor({}).slice(0, 2))}`;
const RESULT = `/result${checkQuery(answersFor({ pattern: ['toes_pointed'] }))}`;
const STATIC = '/embed.js';

/** Budgets. The step page's share of the static file's rate was about 2.5 % before the issue that set this. */
export const LOAD_BUDGET = { errors: 0, rssGrowth: 0.2, stepShareOfStatic: 0.05 } as const;

/** Resident memory of the server's process group, in MB (Linux /proc). */
function rssMb(group: number): number {
  let kb = 0;
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== group) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process ended while being read
    }
  }
  return kb / 1024;
}

const run = (base: string, paths: string[], connections: number, duration: number): Promise<Result> =>
  autocannon({ url: base, connections, duration, requests: paths.map((path) => ({ path })) });

const failed = (r: Result) => r.errors + r.timeouts + r.non2xx;

/** RSS settles only between collections: the median of five readings, half a second apart. */
async function settledRss(group: number): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    readings.push(rssMb(group));
    await new Promise((r) => setTimeout(r, 500));
  }
  return readings.sort((a, b) => a - b)[2]!;
}

async function main() {
  const server = await serve(port);
  const rows: string[] = [];
  const misses: string[] = [];
  try {
    // Warm up under the soak's own load, so the two memory readings compare like with like.
    await run(server.base, [STEP, RESULT, STATIC], 50, 20);
    const warm = await settledRss(server.pid);
    const measured: Record<'step' | 'result' | 'static', Result> = {
      step: await run(server.base, [STEP], 10, 20),
      result: await run(server.base, [RESULT], 10, 20),
      static: await run(server.base, [STATIC], 10, 20),
    };
    const afterRuns = await settledRss(server.pid);
    const burst = await run(server.base, [STEP, RESULT], 50, 30);
    const soak = await run(server.base, [STEP, RESULT, STATIC], 50, 60);
    const afterSoak = await settledRss(server.pid);

    const share = (r: Result) => r.requests.average / measured.static.requests.average;
    const label = { step: `Step page (${STEP.slice(0, 24)}…)`, result: 'Result page (self-care)', static: `Static file (${STATIC})` };
    rows.push('| Run (10 connections, 20 s each) | Requests/s | p50 | p99 | Share of the static file | Failed |', '| --- | --- | --- | --- | --- | --- |');
    for (const key of ['step', 'result', 'static'] as const) {
      const r = measured[key];
      rows.push(`| ${label[key]} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${(share(r) * 100).toFixed(1)} % | ${failed(r)} |`);
    }
    rows.push(
      '',
      '| Under load | Value | Budget |',
      '| --- | --- | --- |',
      `| 50 connections, 30 s, step and result pages: requests, failed | ${burst.requests.total}, ${failed(burst)} | 0 failed |`,
      `| 60 s soak, 50 connections, step, result and static: requests, failed | ${soak.requests.total}, ${failed(soak)} | 0 failed |`,
      `| Server memory (RSS): after warm-up → after the runs → after the soak | ${warm.toFixed(0)} → ${afterRuns.toFixed(0)} → ${afterSoak.toFixed(0)} MB | after the soak within 20 % of after warm-up |`,
      `| Step page's rate as a share of the static file's | ${(share(measured.step) * 100).toFixed(1)} % | ≥ ${LOAD_BUDGET.stepShareOfStatic * 100} % |`,
    );
    if (failed(burst) + failed(soak) > LOAD_BUDGET.errors) misses.push(`${failed(burst) + failed(soak)} failed requests under load`);
    if (afterSoak > warm * (1 + LOAD_BUDGET.rssGrowth)) misses.push(`RSS grew ${(((afterSoak - warm) / warm) * 100).toFixed(0)} % over the soak`);
    if (share(measured.step) < LOAD_BUDGET.stepShareOfStatic) misses.push(`step page at ${(share(measured.step) * 100).toFixed(1)} % of the static file's rate`);
  } finally {
    server.stop();
  }
  console.log(rows.join('\n'));
  console.log(misses.length === 0 ? '\nAll load budgets met.' : `\nBudgets missed: ${misses.join('; ')}`);
  if (misses.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
