/**
 * Measures the budgets and prints them as a Markdown table for the README.
 * Run after `next build`: `npm run bench`. Exits non-zero when a budget is missed.
 *
 * - path lengths, read from the machine (median ≤ 11 answers, longest ≤ 15);
 * - the first question works with no JavaScript (its HTML is a GET form);
 * - step pages load no Mermaid;
 * - bytes a step page downloads (HTML + scripts + CSS, raw and gzipped);
 * - embed.js gzipped (≤ 2 kB);
 * - server render time of a step page and of a result (median of 30, on this machine);
 * - every result route, in Chromium at 390 × 844 (the answer first): words before the
 *   detail sections (≤ 250), the level's action inside the first screen, the page's length
 *   in phone screens with its sections closed (≤ 6), and printed A4 pages (≤ 2).
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { fetchedAssets, launchChromium, serve } from './serve';
import { frameworkFloor } from './framework-floor';
import { islandWords } from '../app/_flow/island-words';
import { en } from '../content/en';
import { allRoutes, pathBudget, PATH_BUDGET } from '../machines/paths';
import { checkQuery } from '../machines/address';
import { answersFor } from '../machines/model';

/** The answer-first budgets of every result page, at phone size. */
export const RESULT_BUDGET = { words: 250, screens: 6, printedPages: 2 } as const;
const PHONE = { width: 390, height: 844 };

const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
/** A self-care result (ordinary night cramps, toes pointed), built from the machine so it stays a real result. */
const RESULT = `/result${checkQuery(answersFor({ pattern: ['toes_pointed'] }))}`;
/** The third question, two answers in. */
const STEP = `/check${checkQuery(answersFor({}).slice(0, 2))}`;

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
  const unique = fetchedAssets(html);
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

/**
 * Each result route in a real browser at phone size. Words are those a reader sees
 * before the collapsed detail (`.app-result__more`), with every disclosure closed.
 */
async function measureResults() {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: PHONE });
    const rows: { route: string; level: string; words: number; tapInView: boolean; screens: number; pages: number }[] = [];
    for (const route of allRoutes()) {
      await page.goto(`${base}/result${checkQuery(route.answers)}`, { waitUntil: 'networkidle' });
      // Once the page is live: the print button, where there is one, is drawn by JavaScript.
      if (route.result === 'see_doctor') await page.waitForSelector('[data-testid="print-button"]');
      // Words a reader sees: text only screen readers get does not count.
      // (Through the CSSOM: the page's CSP refuses an injected <style>, as it should.)
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('.app-visually-hidden').forEach((e) => e.style.setProperty('display', 'none', 'important')));
      const measured = await page.evaluate(({ height }) => {
        const article = document.querySelector('[data-triage]')!;
        const before: string[] = [];
        for (const child of Array.from(article.children)) {
          if (child.classList.contains('app-result__more')) break;
          before.push((child as HTMLElement).innerText);
        }
        const words = before.join(' ').split(/\s+/).filter((w) => /\w/.test(w)).length;
        const tap = document.querySelector('[data-testid="tap-action"]');
        const visible = tap ? [tap, ...Array.from(tap.querySelectorAll('a, button'))].filter((e) => (e as HTMLElement).offsetParent !== null) : [];
        // Something to tap (a call, the print button) where the level has one; self-care's is the "do this now" box.
        const level = (article as HTMLElement).dataset.triage;
        const target = level === 'self_care' ? visible[0] : visible.find((e) => e !== tap);
        const box = target?.getBoundingClientRect();
        const tapInView = Boolean(box && box.height > 0 && box.top >= 0 && box.bottom <= height);
        return { words, tapInView, pageHeight: document.documentElement.scrollHeight };
      }, PHONE);
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('.app-visually-hidden').forEach((e) => e.style.removeProperty('display')));
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
      rows.push({
        route: route.states.map((s) => s.split('.').at(-1)).join(' → '),
        level: route.result,
        words: measured.words,
        tapInView: measured.tapInView,
        screens: measured.pageHeight / PHONE.height,
        pages,
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}

/** Issue 13's goal for a flow page's own JavaScript beyond the framework's floor, gzipped. Reported; enforced once it holds. */
export const OWN_JS_GZ = 25 * 1024;

/** Issue 13's goal for a step with JavaScript: one frame. Reported; enforced once it holds. */
export const STEP_FRAME_MS = 16;

/**
 * A step with JavaScript, as a person feels it: from the click on Continue to the
 * next question's heading painted (the frame after the DOM changed), on the three
 * warning-sign pages, ten times each. Median, in ms.
 */
async function measureSteps(): Promise<{ median: number; samples: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: PHONE });
    const times: number[] = [];
    for (let walk = 0; walk < 10; walk++) {
      await page.goto(`${base}/check`, { waitUntil: 'networkidle' });
      // The island has taken over the server's markup.
      await page.waitForFunction(() => Object.keys(document.getElementById('question-heading') ?? {}).some((key) => key.startsWith('__reactFiber')));
      for (let step = 0; step < 3; step++) {
        const ms = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const before = document.getElementById('question-heading')?.textContent;
              document.querySelector<HTMLInputElement>('#v-none')!.click();
              const observer = new MutationObserver(() => {
                const heading = document.getElementById('question-heading');
                if (!heading || heading.textContent === before) return;
                observer.disconnect();
                // The frame that shows it: after the next animation frame's paint.
                requestAnimationFrame(() => {
                  const channel = new MessageChannel();
                  channel.port1.onmessage = () => resolve(window.performance.now() - start);
                  channel.port2.postMessage(null);
                });
              });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
              // window's clock: this file's own `performance` is Node's (node:perf_hooks).
              const start = window.performance.now();
              document.querySelector<HTMLButtonElement>('form[data-question] button[type="submit"]')!.click();
            }),
        );
        times.push(ms);
      }
    }
    return { median: median(times), samples: times.length };
  } finally {
    await browser.close();
  }
}

async function main() {
  const server = await serve(port);
  const failures: string[] = [];
  try {
    const paths = pathBudget();
    const step = await pageWeight('/check');
    const result = await pageWeight(RESULT);
    // Measure the pages themselves, never a "couldn't restore" page.
    if (!result.html.includes('data-triage=')) failures.push(`${RESULT} is not a result page`);
    if (!(await (await fetch(`${base}${STEP}`)).text()).includes('data-question="screen_medical"')) failures.push(`${STEP} is not the third question`);
    const noJsForm = /<form(?=[^>]*method="get")(?=[^>]*action="\/check\/next")[^>]*>/.test(step.html) && /type="checkbox"/.test(step.html);
    const embedJs = Buffer.from(await (await fetch(`${base}/embed.js`)).arrayBuffer());
    const embedGz = gzipSync(embedJs, { level: 9 }).length;
    const stepTime = await timed(STEP);
    const resultTime = await timed(RESULT);
    const results = await measureResults();
    const steps = await measureSteps();
    const floor = await frameworkFloor(port + 7);
    const ownJsGz = step.jsGz - floor.jsGz;
    // The island's words travel in the page's data, not in a script file: counted with its code all the same.
    const wordsGz = gzipSync(JSON.stringify(islandWords(en))).length;
    for (const row of results) {
      if (row.words > RESULT_BUDGET.words) failures.push(`${row.route}: ${row.words} words before the detail (budget ${RESULT_BUDGET.words})`);
      if (!row.tapInView) failures.push(`${row.route}: the ${row.level} action is not on the first phone screen`);
      if (row.screens > RESULT_BUDGET.screens) failures.push(`${row.route}: ${row.screens.toFixed(1)} phone screens (budget ${RESULT_BUDGET.screens})`);
      if (row.pages < 1 || row.pages > RESULT_BUDGET.printedPages) failures.push(`${row.route}: prints on ${row.pages} A4 pages (budget ${RESULT_BUDGET.printedPages})`);
    }

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
      [
        'Floor: a minimal Next app of the same version, one page with one client component',
        `${kb(floor.js)} raw, ${kb(floor.jsGz)} gzipped (${floor.files} files)`,
        '—',
      ],
      ['Step page JavaScript beyond that floor (the check’s own code)', `${kb(ownJsGz)} gzipped`, '—'],
      ['The island’s words and citations (English), in the page’s data', `${kb(wordsGz)} gzipped`, '—'],
      ['The check’s own code and words', `${kb(ownJsGz + wordsGz)} gzipped`, `goal ≤ ${kb(OWN_JS_GZ)} (issue 13; not yet enforced)`],
      ['Result page: HTML + JS + CSS', `${kb(result.raw)} raw, ${kb(result.gz)} gzipped`, '—'],
      ['embed.js (the loader clinics include)', `${embedJs.length} B raw, ${embedGz} B gzipped`, '≤ 2 kB (2048 B) gzipped'],
      ['Server render, step page (median of 30)', `${stepTime.toFixed(1)} ms`, '—'],
      ['Server render, result page (median of 30)', `${resultTime.toFixed(1)} ms`, '—'],
      [`A step with JavaScript, click → next heading painted (median of ${steps.samples})`, `${steps.median.toFixed(1)} ms`, `goal ≤ ${STEP_FRAME_MS} ms (issue 13; not yet enforced)`],
    ];
    console.log('| Measure | Value | Budget |\n| --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log(
      `\nEvery result route at 390 × 844 (Chromium), sections closed:\n\n| Route | Level | Words before the detail (≤ ${RESULT_BUDGET.words}) | Action on the first screen | Phone screens (≤ ${RESULT_BUDGET.screens}) | Printed A4 pages (≤ ${RESULT_BUDGET.printedPages}) |\n| --- | --- | --- | --- | --- | --- |`,
    );
    for (const row of results) {
      console.log(`| ${row.route} | ${row.level} | ${row.words} | ${row.tapInView ? 'yes' : 'NO'} | ${row.screens.toFixed(1)} | ${row.pages} |`);
    }
  } finally {
    server.stop();
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
