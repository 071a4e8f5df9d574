import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { diagramModel, diagramViews, toMermaid, tracePath } from '../machines/to-mermaid';
import { content, walkToResult, WALKS } from './walk';

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

test('zoom buttons change the scale, and Fit brings the whole diagram into view', async ({ page }) => {
  await page.goto('/diagram');
  const canvas = page.getByTestId('diagram-canvas');
  await expect(canvas.locator('svg')).toBeVisible();
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await canvas.getAttribute('style')) ?? '')?.[1]);
  const fitted = await scale();
  await page.getByRole('button', { name: content.diagram.zoomIn }).click();
  expect(await scale()).toBeGreaterThan(fitted);
  await page.getByRole('button', { name: content.diagram.fit }).click();
  expect(await scale()).toBeCloseTo(fitted, 5);
  const viewport = await page.locator('.app-diagram__viewport').boundingBox();
  const drawing = await canvas.locator('svg').boundingBox();
  expect(drawing!.width).toBeLessThanOrEqual(viewport!.width + 1);
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
    .evaluateAll((els) => els.filter((e) => /stroke:\s*#d4351c/i.test(e.getAttribute('style') ?? '')).map((e) => e.id));
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
  const answers = 'screen_leg:calf_swollen.screen_body:none.screen_medical:none';
  await page.goto(`/diagram?a=${answers}`);
  const list = page.getByTestId('path-answers');
  await expect(list.locator(':scope > li')).toHaveCount(3);
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

test('the SVG download link appears once the diagram is drawn', async ({ page }) => {
  await page.goto('/diagram');
  const link = page.getByTestId('download-svg');
  await expect(link).toHaveAttribute('href', /^blob:/);
  await expect(link).toHaveAttribute('download', 'leg-cramp-check.svg');
});

test('/diagram passes axe with the diagram drawn and a panel open', async ({ page }) => {
  await page.goto('/diagram');
  await expect(page.getByTestId('diagram-canvas').locator('svg')).toBeVisible();
  await page.getByTestId('diagram-canvas').locator('g.node[data-node="screen_leg"]').click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
