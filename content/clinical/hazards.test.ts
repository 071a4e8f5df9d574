/**
 * The hazard log (content/clinical/hazards.ts): every control names a real
 * test, the log is well formed, no residual risk is unacceptable, and the risk
 * matrix is the published DCB0129/DCB0160 one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  HAZARD_LOG_STATUS,
  HAZARDS,
  LIKELIHOOD_DEFINITIONS,
  LIKELIHOODS,
  RISK_MEANINGS,
  riskRating,
  SEVERITIES,
  SEVERITY_DEFINITIONS,
  type Risk,
} from './hazards';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `it(` or `test(` as a call of its own (not `describe(`, `test.describe(` or a regex's `.test(`),
 * or vitest's `it.runIf(condition)(`, then the opening quote.
 */
const TEST_CALL = /(?<![.\w$])(?:it|test)(?:\.runIf\([\w.!]*\))?\(\s*(['"`])/g;

/**
 * The literal titles of the `it(...)`/`test(...)` calls in a source text: the
 * first argument when it is a string in single quotes, double quotes or
 * backticks, with its escapes read. A template literal with `${…}` has no
 * literal title and is left out.
 */
function testTitles(source: string): Set<string> {
  const titles = new Set<string>();
  for (const match of source.matchAll(TEST_CALL)) {
    const quote = match[1]!;
    let title = '';
    let literal = true;
    let i = match.index + match[0].length;
    for (; i < source.length; i++) {
      const char = source[i]!;
      if (char === '\\') {
        const next = source[++i] ?? '';
        title += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      } else if (char === quote) {
        break;
      } else if (quote === '`' && char === '$' && source[i + 1] === '{') {
        literal = false;
        break;
      } else {
        title += char;
      }
    }
    if (literal && i < source.length) titles.add(title);
  }
  return titles;
}

/** Why a control's test cannot be found, or null when the file has a test with exactly that title. */
function missingTest(file: string, name: string): string | null {
  if (!/^[\w.-]+(?:\/[\w.()[\]-]+)*\.(?:test|spec)\.ts$/.test(file) || file.split('/').includes('..')) {
    return `${file}: not a repo-relative test file`;
  }
  const path = join(ROOT, file);
  if (!existsSync(path)) return `${file}: no such file`;
  return testTitles(readFileSync(path, 'utf8')).has(name) ? null : `${file}: no test titled ${JSON.stringify(name)}`;
}

const rating = (risk: Risk) => riskRating(risk.severity, risk.likelihood);

describe('the controls name real tests', () => {
  it('the checker reads titles in single quotes, double quotes and backticks, with their escapes, and nothing else', () => {
    const source = [
      "it('plain single', () => {});",
      'it("plain \\"double\\"", () => {});',
      "test(`back ticks`, async () => {});",
      "it('the question\\'s own ids', () => {});",
      "it.runIf(english)('only in English', () => {});",
      'it(\n  \'on the next line\',\n  () => {},\n);',
      "it(`a ${level} result`, () => {});",
      "describe('a describe block', () => {});",
      "test.describe('a test.describe block', () => {});",
      "expect(/x/.test('a regex test')).toBe(true);",
      "split('not a test');",
    ].join('\n');
    expect([...testTitles(source)].sort()).toEqual(
      ['back ticks', 'on the next line', 'only in English', 'plain "double"', 'plain single', "the question's own ids"].sort(),
    );
  });

  it('the checker rejects a made-up title, a title in the wrong file and a missing file', () => {
    expect(missingTest('machines/invariants.test.ts', 'holds on every generated and random path')).toBeNull();
    expect(missingTest('machines/invariants.test.ts', 'a made-up title that no test has')).toMatch(/no test titled/);
    expect(missingTest('machines/invariants.test.ts', 'holds on every generated and random')).toMatch(/no test titled/);
    expect(missingTest('lib/emergency.test.ts', 'holds on every generated and random path')).toMatch(/no test titled/);
    expect(missingTest('machines/no-such.test.ts', 'holds on every generated and random path')).toMatch(/no such file/);
    expect(missingTest('../main/machines/invariants.test.ts', 'holds on every generated and random path')).toMatch(/not a repo-relative/);
    expect(missingTest('machines/invariants.ts', 'anything')).toMatch(/not a repo-relative/);
  });

  it('every control names an existing test file and the exact title of a test in it', () => {
    const missing = HAZARDS.flatMap((hazard) =>
      hazard.controls.map((control) => missingTest(control.test.file, control.test.name)).filter((why) => why !== null).map((why) => `${hazard.id}: ${why}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the hazard log', () => {
  it('has at least 10 hazards, numbered H1, H2, … in order, each id once', () => {
    expect(HAZARDS.length).toBeGreaterThanOrEqual(10);
    expect(HAZARDS.map((h) => h.id)).toEqual(HAZARDS.map((_, i) => `H${i + 1}`));
    expect(new Set(HAZARDS.map((h) => h.id)).size).toBe(HAZARDS.length);
  });

  it('gives every hazard a title, a cause, an effect and at least one control, each with its text', () => {
    for (const hazard of HAZARDS) {
      for (const text of [hazard.title, hazard.cause, hazard.effect]) expect(text.trim(), hazard.id).not.toBe('');
      expect(hazard.controls.length, hazard.id).toBeGreaterThan(0);
      for (const control of hazard.controls) expect(control.text.trim(), hazard.id).not.toBe('');
    }
  });

  it('never rates a residual risk above its initial risk', () => {
    for (const hazard of HAZARDS) {
      expect(rating(hazard.residual), hazard.id).toBeLessThanOrEqual(rating(hazard.initial));
    }
  });

  it('has no unacceptable residual risk (rated 4 or 5)', () => {
    expect(HAZARDS.filter((h) => rating(h.residual) >= 4).map((h) => h.id)).toEqual([]);
  });

  it('says it is a developers\' draft that no clinical safety officer has reviewed', () => {
    expect(HAZARD_LOG_STATUS.status).toBe('draft');
    expect(HAZARD_LOG_STATUS.reviewedBy).toBeNull();
    expect(HAZARD_LOG_STATUS.text).toMatch(/not yet been reviewed by a clinical safety officer/);
  });
});

describe('the risk matrix', () => {
  it('gives the published ratings at the corners and in the middle', () => {
    expect(riskRating('catastrophic', 'very_high')).toBe(5);
    expect(riskRating('minor', 'very_low')).toBe(1);
    expect(riskRating('minor', 'very_high')).toBe(3);
    expect(riskRating('catastrophic', 'very_low')).toBe(3);
    expect(riskRating('considerable', 'medium')).toBe(3);
    expect(riskRating('significant', 'very_high')).toBe(4);
    expect(riskRating('major', 'high')).toBe(4);
    expect(riskRating('major', 'low')).toBe(3);
    expect(riskRating('catastrophic', 'low')).toBe(4);
    expect(riskRating('significant', 'low')).toBe(2);
  });

  it('never goes down as severity or likelihood goes up', () => {
    for (const [s, severity] of SEVERITIES.entries()) {
      for (const [l, likelihood] of LIKELIHOODS.entries()) {
        const here = riskRating(severity, likelihood);
        if (s > 0) expect(here, `${severity} × ${likelihood}`).toBeGreaterThanOrEqual(riskRating(SEVERITIES[s - 1]!, likelihood));
        if (l > 0) expect(here, `${severity} × ${likelihood}`).toBeGreaterThanOrEqual(riskRating(severity, LIKELIHOODS[l - 1]!));
      }
    }
  });

  it('uses every rating from 1 to 5, and each rating and category has a meaning', () => {
    const used = new Set(SEVERITIES.flatMap((s) => LIKELIHOODS.map((l) => riskRating(s, l))));
    expect([...used].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(Object.keys(RISK_MEANINGS).map(Number).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(Object.keys(SEVERITY_DEFINITIONS)).toEqual([...SEVERITIES]);
    expect(Object.keys(LIKELIHOOD_DEFINITIONS)).toEqual([...LIKELIHOODS]);
  });
});
