import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import { CONTENT_PACKS } from '../content';
import { LANGUAGES } from '../content/languages';
import { QUESTION_IDS } from '../content/ids';
import { FLOW, type FlowTable } from '../content/clinical/flow';
import { review } from '../content/review';
import { allRoutes } from './paths';
import { answersFor } from './model';
import { assess, chosenIds, type PathAnswer } from './rules';
import { NONE } from './address';
import { enableRule, questionnaire, questionnaireResponse, questionnaireUrl, questionWalks } from './fhir';
import { fhirIssues } from './fhir-validate';

const ORIGIN = 'https://clinic.test';
const NOW = '2026-12-05T03:00:00.000Z';
const en = CONTENT_PACKS.en;

/** Every route to a result, every answer of the flow table on a path of its own, and every set a rule takes ticked together. */
const PATHS: [string, PathAnswer[]][] = [
  ...allRoutes().map((r) => [`route ${r.states.join(' > ')}`, r.answers] as [string, PathAnswer[]]),
  ...Object.entries(FLOW as FlowTable).flatMap(([question, page]) => [
    ...[...Object.keys(page.answers), ...(page.multiple ? [NONE] : [])].map(
      (id) => [`${question}=${id}`, answersFor({ [question]: id === NONE ? [] : page.multiple ? [id] : id })] as [string, PathAnswer[]],
    ),
    ...(page.together ?? []).map((t) => [`${question}=${t.answers.join('+')}`, answersFor({ [question]: t.answers })] as [string, PathAnswer[]]),
  ]),
];

/** Is the item enabled, by FHIR R4's enableWhen rules, given these answers (code by linkId)? */
function enabled(item: QuestionnaireItem, answers: ReadonlyMap<string, readonly string[]>): boolean {
  if (!item.enableWhen) return true;
  const results = item.enableWhen.map((w) => (answers.get(w.question!) ?? []).includes(w.answerCoding!.code!));
  return item.enableBehavior === 'all' ? results.every(Boolean) : item.enableBehavior === 'any' ? results.some(Boolean) : results.length === 1 && results[0]!;
}

describe('FHIR R4 Questionnaire from the flow table', () => {
  for (const lang of LANGUAGES) {
    it(`validates with 0 errors (${lang})`, () => {
      const q = questionnaire(CONTENT_PACKS[lang], ORIGIN, false);
      expect(fhirIssues(q).filter((i) => i.startsWith('error'))).toEqual([]);
      expect(q.language).toBe(lang);
    });
  }

  it('has an item per question: linkId = question id, choice, repeats on tick-any pages, an option per answer in the words of the pack', () => {
    const q = questionnaire(en, ORIGIN, false);
    expect(q.url).toBe(questionnaireUrl(ORIGIN));
    expect(q.version).toBe(review.version);
    expect(q.status).toBe('draft');
    expect(q.item!.map((i) => i.linkId)).toEqual(QUESTION_IDS);
    for (const item of q.item!) {
      const page = FLOW[item.linkId as keyof typeof FLOW];
      expect(item.type).toBe('choice');
      expect(item.repeats).toBe(page.multiple);
      expect(item.text).toBe(en.questions[item.linkId as keyof typeof FLOW].heading);
      const codes = item.answerOption!.map((o) => o.valueCoding!.code);
      expect(codes).toEqual([...Object.keys(page.answers), ...(page.multiple ? [NONE] : [])]);
      for (const o of item.answerOption!) expect(o.valueCoding!.display, `${item.linkId}.${o.valueCoding!.code}`).toBeTruthy();
    }
    expect(questionnaire(en, ORIGIN, true).status).toBe('active');
  });

  it('says when each question is asked wherever the branching can be expressed, and that is everywhere today', () => {
    const walks = questionWalks();
    expect(walks.length).toBeGreaterThan(5);
    for (const question of QUESTION_IDS) expect(enableRule(question, walks), question).not.toBe('not-expressible');
    const q = questionnaire(en, ORIGIN, false);
    expect(q.item!.filter((i) => i.enableWhen).length, 'some questions are conditional').toBeGreaterThan(3);
    // On every way through the questions, exactly the questions asked are enabled.
    for (const walk of walks) {
      const answers = new Map([...walk.picked].map(([k, v]) => [k, [v]] as const));
      const shown = q.item!.filter((i) => enabled(i, answers)).map((i) => i.linkId);
      expect(shown, [...walk.picked].join(' ')).toEqual(QUESTION_IDS.filter((id) => walk.asked.has(id)));
    }
  });
});

describe('FHIR R4 QuestionnaireResponse for every route to a result', () => {
  const q = questionnaire(en, ORIGIN, false);
  it.each(PATHS)('%s: validates with 0 errors, answers only enabled questions, carries the outcome', (_, path) => {
    const response = questionnaireResponse(en, ORIGIN, path, NOW);
    expect(fhirIssues(response).filter((i) => i.startsWith('error'))).toEqual([]);
    expect(response.status).toBe('completed');
    expect(response.questionnaire).toBe(`${q.url}|${q.version}`);
    expect(response.authored).toBe(NOW);

    // Every answer given, in order, each an option of its item, and each item enabled by the answers before it.
    expect(response.item!.map((i) => i.linkId)).toEqual(path.map((p) => p.question));
    const given = new Map<string, readonly string[]>();
    for (const [index, item] of response.item!.entries()) {
      const qItem = q.item!.find((i) => i.linkId === item.linkId)!;
      expect(enabled(qItem, given), `${item.linkId} is enabled`).toBe(true);
      const codes = item.answer!.map((a) => a.valueCoding!.code!);
      const ids = chosenIds(path[index]!.value);
      expect(codes).toEqual(ids.length === 0 ? [NONE] : ids);
      for (const code of codes) expect(qItem.answerOption!.map((o) => o.valueCoding!.code)).toContain(code);
      given.set(item.linkId!, codes);
    }

    // The outcome: the level first, then each likely cause, each with the answers behind it.
    const output = assess(path);
    const outcome = response.contained![0]!;
    expect(outcome.resourceType).toBe('RiskAssessment');
    if (outcome.resourceType !== 'RiskAssessment') return;
    const codes = outcome.prediction!.map((p) => p.outcome!.coding![0]!.code);
    expect(codes).toEqual([output.triage, ...output.causes]);
    for (const p of outcome.prediction!) expect(p.rationale, p.outcome!.text).toMatch(/: .+/);
  });

  it('is in the language of the pack', () => {
    const path = PATHS[0]![1];
    const es = questionnaireResponse(CONTENT_PACKS.es, ORIGIN, path, NOW);
    expect(es.language).toBe('es');
    expect(es.item![0]!.text).toBe(CONTENT_PACKS.es.questions[path[0]!.question].heading);
  });
});

describe('the validator the tests rely on', () => {
  it('reports a broken resource', () => {
    const response = questionnaireResponse(en, ORIGIN, PATHS[0]![1], NOW);
    // (Medplum checks structure, cardinality and invariants; not terminology bindings such as status codes.)
    expect(fhirIssues({ ...response, item: [{ answer: [] }] as never })).toContainEqual(expect.stringMatching(/^error: .*linkId/));
    expect(fhirIssues({ ...response, outcome: 'urgent' } as never)).toContainEqual(expect.stringMatching(/^error: .*outcome/));
  });

  it('sets aside ras-2 only for a prediction without a probability', () => {
    const response = questionnaireResponse(en, ORIGIN, PATHS[0]![1], NOW);
    const outcome = response.contained![0]!;
    if (outcome.resourceType !== 'RiskAssessment') throw new Error('no RiskAssessment');
    const over = { ...outcome, prediction: [{ ...outcome.prediction![0]!, probabilityDecimal: 150 }] };
    expect(fhirIssues({ ...response, contained: [over] }).filter((i) => i.includes('ras-2'))).toHaveLength(1);
  });
});
