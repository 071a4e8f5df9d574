/**
 * FHIR for a clinic's record system: the result's download and the Questionnaire
 * on /diagram are valid R4 (Medplum's validator, machines/fhir-validate.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download } from '@playwright/test';
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { review } from '../content';
import { TRIAGE_LEVELS } from '../content/ids';
import { assess, chosenIds } from '../machines/rules';
import { checkQuery } from '../machines/address';
import { fhirIssues } from '../machines/fhir-validate';
import { aLevel, content, walkToResult, WALKS } from './walk';

const json = async (download: Download) => JSON.parse(readFileSync((await download.path())!, 'utf8'));

for (const level of TRIAGE_LEVELS) {
  test(`${aLevel(level)} result downloads a valid QuestionnaireResponse with the answers and the outcome @no-js`, async ({ page, baseURL }) => {
    await walkToResult(page, WALKS[level]);
    await page.locator('details#handover').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const link = page.getByRole('link', { name: content.ui.fhir.download });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^leg-cramp-check-\d{4}-\d{2}-\d{2}\.json$/);
    const response = (await json(download)) as QuestionnaireResponse;

    expect(fhirIssues(response).filter((i) => i.startsWith('error'))).toEqual([]);
    expect(response.status).toBe('completed');
    expect(response.questionnaire).toBe(`${baseURL}/fhir/Questionnaire|${review.version}`);
    const answers = WALKS[level].map(({ question, value }) => ({ question, value }));
    expect(response.item!.map((i) => i.linkId)).toEqual(answers.map((a) => a.question));
    for (const [i, item] of response.item!.entries()) {
      const ids = chosenIds(answers[i]!.value);
      expect(item.answer!.map((a) => a.valueCoding!.code)).toEqual(ids.length ? ids : ['none']);
    }
    const outcome = response.contained![0]!;
    expect(outcome.resourceType).toBe('RiskAssessment');
    const expected = assess(answers);
    if (outcome.resourceType === 'RiskAssessment') expect(outcome.prediction!.map((p) => p.outcome!.coding![0]!.code)).toEqual([expected.triage, ...expected.causes]);
  });
}

test('the diagram page downloads the questions as a valid FHIR Questionnaire @no-js', async ({ page, baseURL }) => {
  await page.goto('/diagram');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('fhir-questionnaire').click()]);
  const questionnaire = await json(download);
  expect(fhirIssues(questionnaire).filter((i) => i.startsWith('error'))).toEqual([]);
  expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', url: `${baseURL}/fhir/Questionnaire`, version: review.version, language: 'en' });
});

test('the Questionnaire speaks the language of its address', async ({ request }) => {
  const questionnaire = await (await request.get('/es/fhir/Questionnaire')).json();
  expect(questionnaire.language).toBe('es');
  expect(fhirIssues(questionnaire).filter((i) => i.startsWith('error'))).toEqual([]);
});

test('a tampered or unfinished address gets a FHIR OperationOutcome that says what to do, not a 500', async ({ request }) => {
  for (const query of ['?a=not-answers', checkQuery(WALKS.self_care.slice(0, 2))]) {
    const res = await request.get(`/fhir/QuestionnaireResponse${query}`);
    expect(res.status(), query).toBe(400);
    expect(res.headers()['content-type']).toContain('application/fhir+json');
    const outcome = await res.json();
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0].diagnostics).toContain('/check');
  }
});
