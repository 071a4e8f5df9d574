/**
 * Measures the budgets and prints them as a Markdown table for the README.
 * Run after `next build`: `npm run bench`. Exits non-zero when a budget is missed.
 *
 * - path lengths, read from the machine (median ≤ 10 answers, longest ≤ 15);
 * - the first question works with no JavaScript (its HTML is a GET form);
 * - step pages load no Mermaid;
 * - bytes a step page downloads (HTML + scripts + CSS, raw and gzipped);
 * - embed.js gzipped (≤ 2 kB);
 * - server render time of a step page and of a result (median of 30, on this machine).
 */
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { pathBudget, PATH_BUDGET } from '../machines/paths';

const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const RESULT = '/result?a=screen_leg:none.screen_body:none.screen_medical:none.age:age_16_plus.kind:cramp.medicines:none.health:none.calcium_risk:none.pattern:toes_pointed';

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(path: string, runs = 30): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const res = await fetch(base + path);
    await res.text();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function pageWeight(path: string) {
  const html = await (await fetch(base + path)).text();
  const assets = [...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="([^"]+\.(?:js|css)[^"]*)"/g)].map((m) => m[1]!);
  const unique = [...new Set(assets)];
  let raw = Buffer.byteLength(html);
  let gz = gzipSync(html).length;
  let js = 0;
  let jsGz = 0;
  let mermaid = false;
  for (const asset of unique) {
    const body = Buffer.from(await (await fetch(new URL(asset, base))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
    if (asset.includes('.js')) {
      js += body.length;
      jsGz += gzipSync(body).length;
    }
    // Strings only Mermaid's own code contains (the app's words may say "Mermaid").
    if (/mermaidAPI|flowchart-v2/.test(body.toString('utf8'))) mermaid = true;
  }
  return { html, raw, gz, js, jsGz, files: unique.length, mermaid };
}

async function main() {
  const server = spawn('node', ['scripts/next.mjs', 'start', '-p', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  const failures: string[] = [];
  try {
    await waitForServer();
    const paths = pathBudget();
    const step = await pageWeight('/check');
    const result = await pageWeight(RESULT);
    const noJsForm = /<form(?=[^>]*method="get")(?=[^>]*action="\/check\/next")[^>]*>/.test(step.html) && /type="checkbox"/.test(step.html);
    const embedJs = Buffer.from(await (await fetch(`${base}/embed.js`)).arrayBuffer());
    const embedGz = gzipSync(embedJs, { level: 9 }).length;
    const stepTime = await timed('/check?a=screen_leg:none.screen_body:none');
    const resultTime = await timed(RESULT);

    if (paths.median > PATH_BUDGET.median) failures.push(`median path ${paths.median} > ${PATH_BUDGET.median}`);
    if (paths.longest > PATH_BUDGET.longest) failures.push(`longest path ${paths.longest} > ${PATH_BUDGET.longest}`);
    if (!noJsForm) failures.push('the first question is not a working form without JavaScript');
    if (step.mermaid) failures.push('a step page loads Mermaid');
    if (embedGz > 2048) failures.push(`embed.js is ${embedGz} bytes gzipped (budget 2048)`);

    const rows = [
      ['Median answers to a result', `${paths.median} (over ${paths.routes} routes)`, `≤ ${PATH_BUDGET.median}`],
      ['Longest path, answers', String(paths.longest), `≤ ${PATH_BUDGET.longest}`],
      ['First question works without JavaScript', noJsForm ? 'yes (GET form in the HTML)' : 'NO', 'yes'],
      ['Step page loads Mermaid', step.mermaid ? 'YES' : 'no', 'no'],
      ['Step page (/check): HTML + JS + CSS', `${kb(step.raw)} raw, ${kb(step.gz)} gzipped (${step.files} files)`, '—'],
      ['Step page JavaScript', `${kb(step.js)} raw, ${kb(step.jsGz)} gzipped`, '—'],
      ['Result page: HTML + JS + CSS', `${kb(result.raw)} raw, ${kb(result.gz)} gzipped`, '—'],
      ['embed.js (the loader clinics include)', `${embedJs.length} B raw, ${embedGz} B gzipped`, '≤ 2 kB (2048 B) gzipped'],
      ['Server render, step page (median of 30)', `${stepTime.toFixed(1)} ms`, '—'],
      ['Server render, result page (median of 30)', `${resultTime.toFixed(1)} ms`, '—'],
    ];
    console.log('| Measure | Value | Budget |\n| --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
  if (failures.length > 0) {
    console.error(`\nBudget missed:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nAll budgets met.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
