/** axe against WCAG 2.2 AA, the tags every browser test checks. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page's violations, one line each (rule: the elements). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** None. axe runs in the page's JavaScript: in the project without it, the same HTML was checked by the project with it. */
export async function expectNoViolations(page: Page) {
  if (!test.info().project.use.javaScriptEnabled) return;
  expect(await axeViolations(page)).toEqual([]);
}
