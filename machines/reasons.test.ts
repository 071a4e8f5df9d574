import { describe, expect, it } from 'vitest';
import { allRoutes } from './paths';
import { assess, chosenIds, levelOf, reasonsFor, rulesFor, ticksTogether, type PathAnswer } from './rules';
import { answersFor } from './model';
import { FLOW, type FlowQuestion, type FlowTable } from '../content/clinical/flow';
import { NONE } from './address';

const ROUTES = allRoutes();

/** The path cut down to the given answers alone (those of one page ticked together, as a page's answers are). */
const only = (given: { question: PathAnswer['question']; answer: string }[]): PathAnswer[] =>
  [...new Set(given.map((g) => g.question))].map((question) => ({
    question,
    value: given.filter((g) => g.question === question && g.answer !== 'none').map((g) => g.answer),
  }));

describe('"because you answered": the answers behind each result', () => {
  it('walks a real number of routes and answers', () => {
    expect(ROUTES.length).toBeGreaterThan(10);
    expect(EACH_ANSWER.length).toBeGreaterThan(60);
  });

  it.each(ROUTES.map((r) => [r.states.join(' > '), r.answers] as const))('route %s: the level and every cause list answers that produced them', (_, answers) => {
    expectExplained(answers);
  });

  it.each(EACH_ANSWER)('%s=%s on a path of its own: the level and every cause list answers that produced them', (_, __, answers) => {
    expectExplained(answers);
  });

  it('names the warning sign, not the answers around it, for an emergency', () => {
    const path = answersFor({ screen_leg: ['cold_pale_leg'] });
    const reasons = reasonsFor(path);
    expect(assess(path).triage).toBe('emergency');
    expect(reasons.level).toEqual([{ question: 'screen_leg', answer: 'cold_pale_leg' }]);
  });
});

/** Every answer in the flow table, and every set a rule takes ticked together, each given on a path that otherwise takes the first answers. */
const EACH_ANSWER = Object.entries(FLOW as FlowTable).flatMap(([question, page]) => [
  ...[...Object.keys(page.answers), ...(page.none ? [NONE] : [])].map((id) => {
    const value = id === NONE ? [] : page.multiple ? [id] : id;
    return [question, id, answersFor({ [question]: value })] as const;
  }),
  ...(page.together ?? []).map((t) => [question, t.answers.join(' + '), answersFor({ [question]: t.answers })] as const),
]);

function expectExplained(answers: readonly PathAnswer[]) {
  const output = assess(answers);
  const reasons = reasonsFor(answers);
  const onPath = (question: string, answer: string) =>
    answers.some((p) => p.question === question && (answer === 'none' ? chosenIds(p.value).length === 0 : chosenIds(p.value).includes(answer)));

  expect(reasons.level.length, 'the level names no answer').toBeGreaterThan(0);
  // Each answer once.
  const key = (r: { question: string; answer: string }) => `${r.question}=${r.answer}`;
  expect(new Set(reasons.level.map(key)).size).toBe(reasons.level.length);
  for (const behind of Object.values(reasons.causes)) expect(new Set(behind!.map(key)).size).toBe(behind!.length);
  for (const r of reasons.level) expect(onPath(r.question, r.answer), `${r.question}=${r.answer} is not on the path`).toBe(true);
  // Those answers alone call for the same level: they are what set it.
  expect(levelOf(only(reasons.level))).toBe(output.triage);

  for (const cause of output.causes) {
    const behind = reasons.causes[cause] ?? [];
    expect(behind.length, `${cause} names no answer`).toBeGreaterThan(0);
    for (const r of behind) {
      expect(onPath(r.question, r.answer)).toBe(true);
      // Its own rule names the cause, or a rule it is one of the answers of, ticked together with the others on its page.
      const value = r.answer === 'none' ? [] : [r.answer];
      const ticked = chosenIds(answers.find((p) => p.question === r.question)!.value);
      const together = ticksTogether(FLOW[r.question] as FlowQuestion, ticked).filter((t) => t.answers.includes(r.answer));
      expect([...rulesFor(r.question, value), ...together.map((t) => t.rule)].some((rule) => rule.causes.includes(cause)), `${r.question}=${r.answer} → ${cause}`).toBe(true);
    }
  }
  // Nothing is listed for a cause the result does not show.
  expect(Object.keys(reasons.causes).sort()).toEqual([...output.causes].sort());
}
