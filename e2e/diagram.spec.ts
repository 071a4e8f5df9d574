import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { diagramModel, diagramViews, toMermaid, tracePath } from '../machines/to-mermaid';
import { diagramDrawings } from '../machines/diagram-drawings';
import { svgHref } from '../lib/diagram-svg';
import { DRAWING_ID, MERMAID_SETTINGS } from '../lib/mermaid-settings';
import { checkQuery } from '../machines/address';
import { contentFor } from '../content';
import { content, walkToResult, WALKS } from './walk';
import { axeViolations } from './axe';

const model = diagramModel(content);
const stateNodes = model.nodes.filter((n) => n.stateId !== null);
const views = diagramViews(model);

/** Show one view (a stage's, or `all`) and wait for its drawing. */
async function showView(page: Page, key: string) {
  await page.locator(`button[data-view="${key}"]`).click();
  await expect(page.locator(`[data-testid="diagram-canvas"][data-view="${key}"] svg`)).toBeVisible();
  await expect(page.locator('.app-diagram__viewport')).toHaveAttribute('aria-busy', 'false');
}

test('/diagram draws one node per state, and selecting a node opens its panel by mouse and by keyboard', async ({ page }) => {
  await page.goto('/diagram');
  const canvas = page.getByTestId('diagram-canvas');
  await showView(page, 'all');
  await expect(canvas.locator('g.node')).toHaveCount(stateNodes.length);
  for (const node of stateNodes) await expect(canvas.locator(`g.node[data-node="${node.id}"]`)).toHaveCount(1);

  // Mouse.
  await canvas.locator('g.node[data-node="kind"]').click();
  const panel = page.getByTestId('diagram-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(content.questions.kind.heading);
  await expect(panel).toContainText(content.questions.kind.answers.walking_pain.label);
  await expect(panel).toContainText(content.questions.kind.why.text);
  await panel.getByRole('button', { name: content.diagram.panelClose }).click();
  await expect(panel).toHaveCount(0);

  // Keyboard: Tab into the diagram's nodes, Enter opens, Escape closes and returns focus.
  const emergency = canvas.locator('g.node[data-node="emergency"]');
  await emergency.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(content.triage.emergency.heading);
  await expect(panel).toContainText(content.causes.pulmonary_embolism.name);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(emergency).toBeFocused();
});

test('Back and Start again arrows can be shown, and the full diagram has every transition', async ({ page }) => {
  await page.goto('/diagram');
  const canvas = page.getByTestId('diagram-canvas');
  await showView(page, 'all');
  await expect(canvas.locator('g.node')).toHaveCount(stateNodes.length);
  await page.getByLabel(content.diagram.showNavigation).check();
  await expect(canvas.locator('g.node')).toHaveCount(model.nodes.length);
  await expect(canvas.locator('.edgePaths path')).toHaveCount(model.edges.length);
});

test('zoom buttons change the scale, and Fit brings the whole diagram into view, right to left too', async ({ page }) => {
  await page.goto('/diagram');
  const canvas = page.getByTestId('diagram-canvas');
  await expect(canvas.locator('svg')).toBeVisible();
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await canvas.getAttribute('style')) ?? '')?.[1]);
  const fitted = await scale();
  await page.getByRole('button', { name: content.diagram.zoomIn }).click();
  expect(await scale()).toBeGreaterThan(fitted);
  await page.getByRole('button', { name: content.diagram.fit }).click();
  expect(await scale()).toBeCloseTo(fitted, 5);
  const inside = async (path: string) => {
    const frame = (await page.locator('.app-diagram__viewport').boundingBox())!;
    const drawing = (await canvas.locator('svg').boundingBox())!;
    expect(drawing.x, path).toBeGreaterThanOrEqual(frame.x - 1);
    expect(drawing.x + drawing.width, path).toBeLessThanOrEqual(frame.x + frame.width + 1);
  };
  await inside('/diagram');
  // Right to left the same: the drawing starts inside the frame, not off its right-hand side.
  await page.goto('/ar/diagram');
  await expect(canvas.locator('svg')).toBeVisible();
  await page.getByRole('button', { name: contentFor('ar').diagram.fit }).click();
  await inside('/ar/diagram');
});

test("a result's “See how we got here” highlights exactly the path taken", async ({ page }) => {
  await walkToResult(page, WALKS.self_care);
  await page.getByTestId('see-how').click();
  const expected = tracePath(content, WALKS.self_care)!;
  const canvas = page.getByTestId('diagram-canvas');
  await expect(canvas.locator('svg')).toBeVisible();
  const taken = await canvas.locator('g.node.taken').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.node));
  expect(taken.sort()).toEqual([...new Set(expected.nodes)].sort());
  const highlighted = await canvas
    .locator('.edgePaths path')
    .evaluateAll((els) => els.filter((e) => getComputedStyle(e).stroke === 'rgb(212, 53, 28)').map((e) => e.id));
  const edgeKeys = expected.edges.map((i) => `L_${model.edges[i]!.from}_${model.edges[i]!.to}_`);
  expect(highlighted.length).toBe(expected.edges.length);
  for (const key of edgeKeys) expect(highlighted.some((id) => id.includes(key))).toBe(true);
  // The answers given, in order; on a self-care path no answer raised the level.
  await expect(page.getByTestId('path-answers').locator(':scope > li')).toHaveCount(WALKS.self_care.length);
  await expect(page.getByTestId('path-answers').locator('[data-set-level]')).toHaveCount(0);
  await expect(page.getByTestId('path-summary')).toContainText(content.diagram.pathNoSetter);
});

test('the path view lists the answers given and marks, in words, the one that set the level @no-js', async ({ page }) => {
  // Calf swollen (urgent) on the first page, then a see-a-doctor answer later: the first set the level.
  const answers = 'screen_leg:calf_swollen.screen_body:none.screen_medical:none.last_check:none';
  await page.goto(`/diagram?a=${answers}`);
  const list = page.getByTestId('path-answers');
  await expect(list.locator(':scope > li')).toHaveCount(4);
  const setter = list.locator('[data-set-level]');
  await expect(setter).toHaveCount(1);
  await expect(setter).toHaveAttribute('data-set-level', 'urgent');
  await expect(setter).toContainText(content.questions.screen_leg.answers.calf_swollen.label);
  await expect(setter).toContainText(content.diagram.pathSetLevel.replace('{level}', content.triage.urgent.label));
  await expect(page.getByTestId('path-result')).toContainText(content.triage.urgent.heading);
  await page.getByTestId('back-to-result').click();
  await expect(page.locator('[data-triage="urgent"]')).toBeVisible();
});

test('each view of one stage reads at “Fit to screen” on a 1440 × 900 laptop: no node text under 12 px', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/diagram');
  for (const view of views) {
    await showView(page, view.key);
    await page.getByRole('button', { name: content.diagram.fit }).click();
    const smallest = await page.getByTestId('diagram-canvas').evaluate((canvas) => {
      const scale = Number(/scale\(([\d.]+)\)/.exec(canvas.getAttribute('style') ?? '')?.[1]);
      const sizes = [...canvas.querySelectorAll('g.node .nodeLabel, g.node text')].map((e) => parseFloat(getComputedStyle(e).fontSize) * scale);
      return Math.min(...sizes);
    });
    expect(smallest, `${view.key}: smallest node text at Fit`).toBeGreaterThanOrEqual(12);
    // The drawing lists the answers that raise the level: here, those of this view's questions.
    for (const rule of model.rules.filter((r) => view.nodes.includes(r.question))) {
      await expect(page.getByTestId('diagram-canvas').locator(`g.node[data-node="${rule.question}"]`)).toContainText(rule.lines[0]!);
    }
  }
});

test('the outline reads without JavaScript, with every question, answer and result @no-js', async ({ page, javaScriptEnabled }) => {
  await page.goto('/diagram');
  const outline = page.getByTestId('outline');
  await expect(outline).toBeVisible();
  for (const node of model.nodes) {
    await expect(outline.locator(`[data-outline-node="${node.id}"] h4`)).toHaveText(node.label);
  }
  for (const answer of Object.values(content.questions.screen_body.answers)) await expect(outline).toContainText(answer.label);
  await expect(outline.locator('[data-outline-node="screen_leg"] a[href="#outline-emergency"]').first()).toBeVisible();
  if (!javaScriptEnabled) {
    // No dead controls: the drawing's toolbar is hidden and the page says why.
    await expect(page.getByRole('button', { name: content.diagram.zoomIn })).toBeHidden();
    await expect(page.getByText(content.diagram.noScript)).toBeVisible();
  }
});

test('the Mermaid download is the same text as `npm run diagram`', async ({ request }) => {
  const response = await request.get('/diagram/flowchart.mmd');
  expect(response.headers()['content-disposition']).toContain('attachment');
  expect(await response.text()).toBe(toMermaid(content));
});

test('the SVG download link appears once the diagram is drawn, and is an SVG file any viewer opens', async ({ page }) => {
  await page.goto('/diagram');
  const link = page.getByTestId('download-svg');
  await expect(link).toHaveAttribute('href', /^blob:/);
  await expect(link).toHaveAttribute('download', 'leg-cramp-check.svg');
  // Well-formed XML (Mermaid's own string has HTML's bare <br>), with the drawing's styles in it.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = readFileSync((await download.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: xml.querySelector('parsererror')?.textContent ?? null, root: xml.documentElement.localName, styled: xml.querySelector('style') !== null };
  }, file);
  expect(parsed).toEqual({ error: null, root: 'svg', styled: true });
});

/** Strings only Mermaid's own code contains (the app's words may say "Mermaid"). */
const MERMAID_CODE = /mermaidAPI|flowchart-v2/;

test('/diagram shows the SVG drawn ahead of time: no Mermaid code loads, and its nodes open their panels', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  const drawings: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
    if (response.url().includes('/diagram-svg/')) drawings.push(new URL(response.url()).pathname);
  });
  await page.goto('/diagram');
  const canvas = page.getByTestId('diagram-canvas');
  const first = diagramDrawings(content)[0]!;
  await expect(canvas.locator('g.node[data-node="screen_leg"]')).toBeVisible();
  await canvas.locator('g.node[data-node="screen_leg"]').click();
  await expect(page.getByTestId('diagram-panel').getByRole('heading', { level: 2 })).toHaveText(content.questions.screen_leg.heading);
  // Every view and both variants, with Back and Start again shown and hidden.
  await showView(page, 'all');
  await page.getByLabel(content.diagram.showNavigation).check();
  await expect(canvas.locator('g.node')).toHaveCount(model.nodes.length);
  await page.waitForLoadState('networkidle');
  expect(drawings).toContain(svgHref(first.forward, 'ltr'));
  expect(drawings).toContain(svgHref(diagramDrawings(content).at(-1)!.full, 'ltr'));
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) expect(body).not.toMatch(MERMAID_CODE);
  // A drawing is a long-lived file: its name changes with what it draws.
  const response = await page.request.get(svgHref(first.forward, 'ltr'));
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('a drawing that cannot be loaded says so', async ({ page }) => {
  await page.route('**/diagram-svg/**', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/diagram');
  await expect(page.locator('.app-diagram__status[role="alert"]')).toHaveText(content.diagram.renderFailed);
  await expect(page.getByRole('button', { name: content.diagram.zoomIn })).toBeDisabled();
});

test('showing Back and Start again on a view that has none of them keeps the drawing (no endless “drawing…”)', async ({ page }) => {
  const same = diagramDrawings(content).find((d) => d.full === d.forward)!;
  await page.goto('/diagram');
  await showView(page, same.key);
  await page.getByLabel(content.diagram.showNavigation).check();
  await expect(page.locator('.app-diagram__viewport')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('button', { name: content.diagram.zoomIn })).toBeEnabled();
});

test("a person's path is marked on the SVG made ahead of time as Mermaid draws it from the highlighted text", async ({ page, browser }) => {
  const walk = WALKS.urgent;
  const path = tracePath(content, walk)!;
  await page.goto(`/diagram${checkQuery(walk)}`);
  const canvas = page.getByTestId('diagram-canvas');
  await expect(canvas.locator('g.node.taken').first()).toBeVisible();
  // Each box's outline and each arrow's stroke and arrowhead, as the browser paints them.
  const paint = (root: Element) => {
    const style = (e: Element | null) => (e ? `${getComputedStyle(e).stroke} ${getComputedStyle(e).strokeWidth}` : 'none');
    const nodes = [...root.querySelectorAll('g.node')].map((node) => {
      const shapes = [...node.querySelectorAll(':scope > .label-container, :scope > .label-container path')];
      return `${/flowchart-(.+)-\d+$/.exec(node.id)?.[1]}: ${shapes.map(style).join(' | ')}`;
    });
    const edges = [...root.querySelectorAll('.edgePaths path')].map((edge) => {
      const marker = /url\(#(.+)\)/.exec(edge.getAttribute('marker-end') ?? '')?.[1];
      const head = marker ? root.querySelector(`marker[id="${marker}"] path`) : null;
      return `${edge.getAttribute('data-id')}: ${style(edge)}, head ${head ? getComputedStyle(head).fill : 'none'}`;
    });
    return [...nodes, ...edges];
  };
  const shown = await canvas.locator('svg').evaluate(paint);

  // Mermaid itself, in a blank page, drawing the text with the path in it.
  const blank = await browser.newPage();
  await blank.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await blank.addScriptTag({ content: readFileSync('node_modules/mermaid/dist/mermaid.min.js', 'utf8') });
  const text = toMermaid(content, { highlight: path, navigation: false });
  await blank.evaluate(
    async ({ text, id, settings }) => {
      const mermaid = (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid;
      mermaid.initialize(settings);
      document.body.innerHTML = (await mermaid.render(id, text)).svg;
    },
    { text, id: DRAWING_ID, settings: MERMAID_SETTINGS },
  );
  const mermaidDrew = await blank.locator('svg').first().evaluate(paint);
  await blank.close();
  expect(shown.filter((line) => line.includes('rgb(255, 221, 0)') || line.includes('rgb(212, 53, 28)')).length).toBe(new Set(path.nodes).size + path.edges.length);
  expect(shown).toEqual(mermaidDrew);
});

test('/diagram passes axe with the diagram drawn and a panel open', async ({ page }) => {
  await page.goto('/diagram');
  await expect(page.getByTestId('diagram-canvas').locator('svg')).toBeVisible();
  await page.getByTestId('diagram-canvas').locator('g.node[data-node="screen_leg"]').click();
  expect(await axeViolations(page)).toEqual([]);
});
