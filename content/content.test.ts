import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import {
  ACTION_IDS,
  ACTION_KINDS,
  CALCIUM_ANSWER_IDS,
  CAUSE_IDS,
  EVIDENCE_LABELS,
  QUESTION_IDS,
  QUESTIONS,
  SOURCE_IDS,
  TRIAGE_LEVELS,
  type ActionId,
  type CauseId,
  type QuestionId,
} from './ids';
import { CONTENT_PACKS, MYTH_IDS, SOURCE_ORDER, clinical, contentFor, forReader, sources } from './index';
import { en } from './en';
import type { AnswerContent, ContentPack } from './types';
import { FLOW, type FlowQuestion } from './clinical/flow';
import { CLINICIAN_PACKS, clinicianContentFor } from './clinician';
import { ANSWER_RULES, LEVEL_ACTIONS, NONE_RULES, TOGETHER_RULES, triageMachine, type AnswerRule, type QuestionMeta, type StateMeta } from '../machines/triage';
import { NONE } from '../machines/address';

// ---------------------------------------------------------------------------
// Shared facts about the machine
// ---------------------------------------------------------------------------

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allNodes)];
}

/** The question ids the machine's states ask (from their meta). */
const MACHINE_QUESTIONS: QuestionId[] = allNodes(triageMachine.root as AnyStateNode).flatMap((node) => {
  const meta = node.meta as StateMeta | undefined;
  return meta && 'question' in meta ? [(meta as QuestionMeta).question] : [];
});

const ALL_RULES: AnswerRule[] = [
  ...QUESTION_IDS.flatMap((q) => Object.values(ANSWER_RULES[q] as Readonly<Record<string, AnswerRule>>)),
  ...Object.values(NONE_RULES).filter((r): r is AnswerRule => r !== undefined),
  ...Object.values(TOGETHER_RULES).flatMap((together) => (together ?? []).map((t) => t.rule)),
];

/** Every cause and action that can appear in some output. */
const OUTPUT_CAUSES = new Set<CauseId>(ALL_RULES.flatMap((r) => r.causes));
const OUTPUT_ACTIONS = new Set<ActionId>([
  ...ALL_RULES.flatMap((r) => r.actions),
  ...TRIAGE_LEVELS.flatMap((level) => LEVEL_ACTIONS[level]),
  ...CALCIUM_ANSWER_IDS,
  'safety_net',
]);

/** Actions whose text is procedural and has no source (brief §g); each must explain why to reviewers. */
const UNSOURCED_ACTIONS: readonly ActionId[] = ['tell_call_handler', 'dont_drive'];

/** Third-party copy hosts the evidence brief read texts through; never link them. */
const COPY_HOSTS = [
  'pdr.net',
  'studyres.com',
  'studylib.net',
  'docslib.org',
  'skyscape.com',
  'laibokeji',
  'jesse.tg',
  'abcdocz',
  'medicaldialogues',
  'ouci.dntb.gov.ua',
  'bohrium',
  'worstpills',
  'webmd',
  'zana.com',
  'doctoori',
  'coek.info',
  '5y1.org',
  '47.251.13.51',
];

// ---------------------------------------------------------------------------
// Text checks (tested on their own below, so they are known to catch bad text)
// ---------------------------------------------------------------------------

/** Every user-facing string in a value, with its path; skips reviewer notes and source-id lists. */
function userStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => userStrings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'reviewerNote' || key === 'sources' ? [] : userStrings(v, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** Every user-facing string of a value, by path. */
const flatten = (value: unknown): Record<string, string> => Object.fromEntries(userStrings(value).map(({ path, text }) => [path, text]));

/** The paths of a value's strings, sorted. */
const textPaths = (value: unknown): string[] => Object.keys(flatten(value)).sort();

/** Keys that hold clinical facts: they live in content/clinical/, never in a language pack. */
const FACT_KEYS: readonly string[] = ['sources', 'evidence', 'kind', 'reviewerNote'];

/** The key sets of the records keyed by ids (questions, answers, causes, …): their keys are ids, not fields. */
const ID_KEY_SETS = new Set(
  [QUESTION_IDS, CAUSE_IDS, ACTION_IDS, MYTH_IDS, TRIAGE_LEVELS, EVIDENCE_LABELS, ...QUESTION_IDS.map((q) => QUESTIONS[q].answers)].map(
    (ids: readonly string[]) => [...ids].sort().join(),
  ),
);

/** The path of every fact key in a value, at any depth; the ids of a record keyed by ids (the question `kind`) are skipped. */
function factKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => factKeys(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  // The "they" words are keyed by the ids of the questions whose words change (some of them).
  const keyedByIds = ID_KEY_SETS.has(Object.keys(value).sort().join()) || path === 'questionsForOther';
  return Object.entries(value).flatMap(([key, v]) => {
    const here = path ? `${path}.${key}` : key;
    return [...(!keyedByIds && FACT_KEYS.includes(key) ? [here] : []), ...factKeys(v, here)];
  });
}

const MENTIONS_QUININE = /quinine|tonic/i;
/** Words that put quinine in a warning, avoid, or "you take it" context. */
const WARNING_CONTEXT =
  /\b(?:don't|do not|not|never|avoid\w*|warn\w*|harm\w*|risks?|serious|side effects?|reactions?|you take|taking|if you|prescri\w*|review)\b|\b(?:medicine|product) that contains\b/i;
/** A bare answer label naming the medicine (the person ticks it if they take it). */
const BARE_NAME = /^\s*quinine\s*$/i;

/** Sentences of a text, split at a full stop, question or exclamation mark followed by a space. */
const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((t) => t.trim())
    .filter(Boolean);

const normalise = (text: string) => text.replace(/[\u2018\u2019]/g, "'");

/** True when a string mentions quinine or tonic water without warning about it. */
const recommendsQuinine = (text: string): boolean =>
  MENTIONS_QUININE.test(text) && !BARE_NAME.test(text) && !WARNING_CONTEXT.test(normalise(text));

const DRINK_AS_MUCH =
  /\bas much (?:\w+ )?as (?:you (?:can|are able)|possible)\b|\b(?:drink|water|fluids?)\b[^.]*\bas much\b|\bas much\b[^.]*\b(?:drink|water|fluids?)\b/i;

describe('the text checks themselves', () => {
  it('catch recommendations of quinine or tonic water', () => {
    for (const bad of [
      'Try quinine or tonic water to stop cramps.',
      'Tonic water is a natural remedy for night cramps.',
      'A glass of tonic water at bedtime helps.',
      'Quinine works well for cramps.',
    ]) {
      expect(recommendsQuinine(bad), bad).toBe(true);
    }
  });

  it('allow warnings and questions about quinine', () => {
    for (const good of [
      'Don’t use quinine or tonic water for cramps',
      'If you take quinine: warning signs',
      'Quinine',
      'The regulator warns that its risks outweigh any benefit.',
      'Nothing about it here.',
    ]) {
      expect(recommendsQuinine(good), good).toBe(false);
    }
  });

  it('catch advice to drink as much as possible', () => {
    expect(DRINK_AS_MUCH.test('Drink as much water as you can.')).toBe(true);
    expect(DRINK_AS_MUCH.test('Drink as much as possible before bed.')).toBe(true);
    expect(DRINK_AS_MUCH.test('Have as much fluid as you like.')).toBe(true);
    expect(DRINK_AS_MUCH.test('If you are sweating a lot, drink when you feel thirsty.')).toBe(false);
    expect(DRINK_AS_MUCH.test('Stretch as much as feels comfortable.')).toBe(false);
  });

  it('factKeys finds a fact key anywhere in a pack, but not a question whose id is `kind`', () => {
    const pack = contentFor('en');
    const drifted = {
      ...pack,
      questions: { ...pack.questions, kind: { ...pack.questions.kind, reviewerNote: 'x', why: { ...pack.questions.kind.why, sources: [] } } },
      causes: { ...pack.causes, dvt: { ...pack.causes.dvt, evidence: 'consensus' } },
      actions: { ...pack.actions, safety_net: { ...pack.actions.safety_net, kind: 'get_help' } },
      ui: { ...pack.ui, result: { ...pack.ui.result, myths: { ...pack.ui.result.myths, calcium: { ...pack.ui.result.myths.calcium, sources: [] } } } },
    };
    expect(factKeys(pack)).toEqual([]);
    expect(factKeys(drifted).sort()).toEqual(
      ['actions.safety_net.kind', 'causes.dvt.evidence', 'questions.kind.reviewerNote', 'questions.kind.why.sources', 'ui.result.myths.calcium.sources'].sort(),
    );
  });

  it('userStrings skips reviewer notes and source ids', () => {
    const found = userStrings({ a: 'x', reviewerNote: 'y', sources: ['fda_quinine_2010'], b: [{ c: 'z' }] });
    expect(found).toEqual([
      { path: 'a', text: 'x' },
      { path: 'b[0].c', text: 'z' },
    ]);
  });
});

// ---------------------------------------------------------------------------
// Ids and sources (language-independent)
// ---------------------------------------------------------------------------

describe('ids', () => {
  it('no answer id is the reserved "none" value', () => {
    expect(NONE).toBe('none');
    for (const question of QUESTION_IDS) {
      expect(QUESTIONS[question].answers as readonly string[], question).not.toContain(NONE);
    }
  });

  it('answer ids are unique within each question', () => {
    for (const question of QUESTION_IDS) {
      const answers = QUESTIONS[question].answers as readonly string[];
      expect(new Set(answers).size, question).toBe(answers.length);
    }
  });

  it('the machine asks every question exactly once, and only those', () => {
    expect([...MACHINE_QUESTIONS].sort()).toEqual([...QUESTION_IDS].sort());
  });

  it('every cause and action id can appear in some result (no unused content)', () => {
    expect(CAUSE_IDS.filter((id) => !OUTPUT_CAUSES.has(id))).toEqual([]);
    expect(ACTION_IDS.filter((id) => !OUTPUT_ACTIONS.has(id))).toEqual([]);
  });

  it('every id the rules use is a known id', () => {
    for (const id of OUTPUT_CAUSES) expect(CAUSE_IDS as readonly string[]).toContain(id);
    for (const id of OUTPUT_ACTIONS) expect(ACTION_IDS as readonly string[]).toContain(id);
  });
});

describe('sources', () => {
  it('one entry per SOURCE_IDS id, keyed by its own id', () => {
    expect(Object.keys(sources).sort()).toEqual([...SOURCE_IDS].sort());
    for (const id of SOURCE_IDS) expect(sources[id].id).toBe(id);
    expect([...SOURCE_ORDER].sort()).toEqual([...SOURCE_IDS].sort());
  });

  for (const id of SOURCE_IDS) {
    it(`${id} has authors, title, publication, briefRef and a safe url`, () => {
      const source = sources[id];
      expect(source.authors.trim()).not.toBe('');
      expect(source.title.trim()).not.toBe('');
      expect(source.publication.trim()).not.toBe('');
      expect(Number.isInteger(source.briefRef) && source.briefRef > 0).toBe(true);
      if (source.year !== null) expect(source.year).toBeGreaterThan(1900);
      if (source.url !== undefined) {
        const url = new URL(source.url);
        expect(url.protocol).toBe('https:');
        for (const host of COPY_HOSTS) expect(url.host, source.url).not.toContain(host);
      }
      if (source.pmid !== undefined) expect(source.pmid).toMatch(/^\d+$/);
      if (source.doi !== undefined) expect(source.doi).toMatch(/^10\.\d+\//);
    });
  }
});

// ---------------------------------------------------------------------------
// Clinical facts (language-independent: content/clinical/)
// ---------------------------------------------------------------------------

describe('clinical facts', () => {
  const validSource = new Set<string>(SOURCE_IDS);

  it('has facts for every question, cause, action and myth id, and no others', () => {
    expect(Object.keys(clinical.questions).sort()).toEqual([...QUESTION_IDS].sort());
    expect(Object.keys(clinical.causes).sort()).toEqual([...CAUSE_IDS].sort());
    expect(Object.keys(clinical.actions).sort()).toEqual([...ACTION_IDS].sort());
    expect(Object.keys(clinical.myths).sort()).toEqual([...MYTH_IDS].sort());
  });

  it('question `why` texts cite only known sources', () => {
    for (const question of QUESTION_IDS) {
      const cited = clinical.questions[question].why.sources;
      expect(cited.length, question).toBeGreaterThan(0);
      for (const s of cited) expect(validSource.has(s), `${question} cites ${s}`).toBe(true);
    }
  });

  it('every cause has an evidence label and at least one known source', () => {
    for (const id of CAUSE_IDS) {
      const cause = clinical.causes[id];
      expect(EVIDENCE_LABELS, id).toContain(cause.evidence);
      expect(cause.sources.length, id).toBeGreaterThan(0);
      for (const s of cause.sources) expect(validSource.has(s), `${id} cites ${s}`).toBe(true);
    }
  });

  it('actions have a kind, an evidence label and known sources; only the allowed ones are unsourced, with a reviewer note', () => {
    for (const id of ACTION_IDS) {
      const action = clinical.actions[id];
      expect(ACTION_KINDS, id).toContain(action.kind);
      expect(EVIDENCE_LABELS, id).toContain(action.evidence);
      for (const s of action.sources) expect(validSource.has(s), `${id} cites ${s}`).toBe(true);
      if (UNSOURCED_ACTIONS.includes(id)) {
        expect(action.reviewerNote?.trim(), `${id} needs a reviewerNote saying why it is unsourced`).toBeTruthy();
      } else {
        expect(action.sources.length, `${id} cites no source`).toBeGreaterThan(0);
      }
    }
  });

  it('the calcium answers are shown as the calcium answer (kind calcium)', () => {
    for (const id of CALCIUM_ANSWER_IDS) expect(clinical.actions[id].kind, id).toBe('calcium');
  });

  it('myths cite only known sources, at least one each', () => {
    expect(MYTH_IDS.length).toBeGreaterThan(0);
    for (const id of MYTH_IDS) {
      const cited = clinical.myths[id].sources;
      expect(cited.length, id).toBeGreaterThan(0);
      for (const s of cited) expect(validSource.has(s), `${id} cites ${s}`).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------
// Every content pack
// ---------------------------------------------------------------------------

const PACKS: [string, ContentPack][] = [
  ["contentFor('en')", contentFor('en')],
  ...Object.entries(CONTENT_PACKS).map(([lang, pack]): [string, ContentPack] => [`CONTENT_PACKS.${lang}`, pack]),
];

it('contentFor falls back to the default pack', () => {
  expect(contentFor('en')).toBe(CONTENT_PACKS.en);
  expect(contentFor('xx')).toBe(CONTENT_PACKS.en);
  expect(contentFor(null)).toBe(CONTENT_PACKS.en);
  expect(contentFor(undefined)).toBe(CONTENT_PACKS.en);
  for (const [lang, pack] of Object.entries(CONTENT_PACKS)) expect(pack.lang).toBe(lang);
});

it("the clinicians' words: one pack per language the app has, words only, and a prototype name never picks one", () => {
  expect(Object.keys(CLINICIAN_PACKS).sort()).toEqual(Object.keys(CONTENT_PACKS).sort());
  for (const pack of Object.values(CLINICIAN_PACKS)) expect(factKeys(pack)).toEqual([]);
  for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'xx', '', null]) {
    expect(clinicianContentFor(name)).toBe(CLINICIAN_PACKS.en);
  }
});

describe.each(PACKS)('%s', (_name, pack) => {
  it('holds words only: no fact key (sources, evidence, kind, reviewerNote) anywhere, so facts stay in content/clinical/', () => {
    expect(factKeys(pack)).toEqual([]);
  });

  // The wording checks below read English (their patterns are English words); a translation is checked by a clinician who speaks it (content/<lang>/translation.ts).
  const english = pack.lang === 'en';

  describe.runIf(english)('questions people misread in the lay-reader walks (issue 9)', () => {
    const q = pack.questions;
    it('each answer says what it covers, so an honest reading lands on the right one', () => {
      // "Soon" was vague: cramps that began weeks or months after a new medicine count.
      expect(q.medicines.answers.new_medicine.label).toMatch(/weeks or months/);
      expect(q.medicines.answers.new_medicine.label).not.toMatch(/\bsoon\b/);
      // A leg that drags without back pain had no home.
      expect(`${q.screen_leg.answers.one_leg_weak.label} ${q.screen_leg.answers.one_leg_weak.hint}`).toMatch(/with or without back pain/i);
      // "Both legs weak" hid at the end of the saddle-numbness answer.
      expect(q.screen_body.answers.saddle_numb.label).not.toMatch(/both legs/i);
      expect(q.screen_body.answers.both_legs_weak.label).toMatch(/^Both legs/);
      // A cramp that lasted 30 minutes and has settled still counts.
      expect(q.screen_leg.answers.cramp_over_10_min.hint).toMatch(/even if it has let go/i);
      // Nosebleeds versus heavy bleeding; a past kidney stone versus kidney disease;
      // numb feet versus both legs; an eyelid twitch versus twitching under the skin.
      expect(q.screen_medical.answers.quinine_heavy_bleeding.hint).toMatch(/nosebleed/i);
      expect(q.health.answers.kidney_disease.hint).toMatch(/kidney stones/i);
      expect(q.leg_changes.answers.both_legs_numb_swollen.label).toMatch(/not only in the feet/i);
      expect(q.leg_changes.answers.wasting_twitching.hint).toMatch(/eyelid/i);
      // Asked of people whose trouble may not be a cramp: no "cramps" in the age question.
      expect(q.age.heading).not.toMatch(/cramp/i);
      expect(q.leg_changes.heading).not.toMatch(/cramp/i);
    });

    it('one sign, one option: an honest reader who skips an option whose first words do not fit misses nothing (issue 16)', () => {
      const q = pack.questions;
      // Saddle numbness and bladder or bowel trouble, each its own option, each starting with its sign.
      expect(q.screen_body.answers.saddle_numb.label).toMatch(/^Numbness/);
      expect(q.screen_body.answers.saddle_numb.label).not.toMatch(/pee|poo/);
      expect(q.screen_body.answers.bladder_bowel.label).toMatch(/^New trouble controlling pee or poo/);
      // Chest pain, breathlessness, coughing blood and fainting: four options, none at the end of another.
      for (const id of ['chest_pain', 'breathless', 'coughing_blood', 'fainted'] as const) expect(q.screen_body.answers[id].label.split(/,| or /).length, id).toBeLessThanOrEqual(2);
      expect(q.screen_body.answers.chest_pain.label).not.toMatch(/faint|breath|blood/i);
      // Heat illness does not require exercise: an overheated room is enough.
      expect(q.screen_body.answers.heat_collapse.label).not.toMatch(/exercise|work/i);
      expect(q.screen_body.answers.heat_collapse.label).toMatch(/hot room/);
      // A fit is not at the end of the locked-spasm option; ringing ears is not hidden in a hint.
      expect(q.screen_body.answers.locked_spasm.label).not.toMatch(/fit|seizure/i);
      expect(q.screen_medical.answers.quinine_hearing_sight.label).toMatch(/^Ringing in the ears/);
      expect(q.screen_medical.answers.quinine_heavy_bleeding.label).not.toMatch(/faint/i);
      // Each option on the quinine, statin and stomach-acid lines starts with its sign, not the medicine.
      for (const [id, answer] of Object.entries(q.screen_medical.answers)) expect(answer.label, id).not.toMatch(/^You take/);
      // The statin hint no longer reads as an instruction to tick.
      expect(q.screen_medical.answers.statin_severe_pain.hint).not.toMatch(/tick this/i);
      // "Now" read literally: a sign that has just passed still counts.
      for (const id of ['screen_body', 'last_check'] as const) expect(q[id].heading, id).toMatch(/now or in the last few hours/);
      // The legs page asks about days: a leg that went weak yesterday, or a long cramp on Monday, still counts (lay-reader walks).
      expect(q.screen_leg.heading).toMatch(/now or in the last few days/);
      expect(q.screen_leg.answers.cramp_over_10_min.hint).toMatch(/in the last few days, even if it has let go/);
      // The medicines page's time words are in its hint, so a wound last week is not read out by "now".
      expect(q.screen_medical.heading).not.toMatch(/\bnow\b/);
      expect(q.screen_medical.hint).toMatch(/now or in the last few hours/);
      expect(q.screen_medical.answers.dirty_wound.label).toMatch(/recent wound/);
      // Soreness after a cramp versus a calf sore to touch; a tender calf that is not swollen has its own option.
      expect(q.screen_leg.answers.calf_sore.hint).toMatch(/bruised for up to a day after a cramp/);
      expect(q.screen_leg.answers.calf_sore.label).toMatch(/^One calf is sore to touch/);
      // A foot that slaps or catches, named first: people notice that before they call a leg weak.
      expect(q.screen_leg.answers.one_leg_weak.label).toMatch(/^A foot that drags, slaps down or catches/);
      // A relative reads the first page as about the person: the hint says so.
      expect(q.screen_leg.hint).toMatch(/answering for someone else, answer about them/);
    });
  });

  describe('questions', () => {
    it('has content for every question and no others', () => {
      expect(Object.keys(pack.questions).sort()).toEqual([...QUESTION_IDS].sort());
    });

    for (const question of QUESTION_IDS) {
      it(`${question}: heading, why, labels for exactly its answers, none label when tick-any`, () => {
        const content = pack.questions[question];
        const spec = QUESTIONS[question];
        expect(content.heading.trim()).not.toBe('');
        expect(content.why.text.trim()).not.toBe('');
        expect(content.errorRequired.trim()).not.toBe('');
        expect(content.summaryLabel.trim()).not.toBe('');
        expect(Object.keys(content.answers).sort()).toEqual([...(spec.answers as readonly string[])].sort());
        for (const [id, answer] of Object.entries(content.answers) as [string, { label: string; hint?: string }][]) {
          expect(answer.label.trim(), `${question}.${id}`).not.toBe('');
          if (answer.hint !== undefined) expect(answer.hint.trim(), `${question}.${id} hint`).not.toBe('');
        }
        if (spec.multiple) expect(content.noneLabel?.trim(), question).toBeTruthy();
        else expect(content.noneLabel, question).toBeUndefined();
      });
    }

    it('every machine question state has content, and every content question is asked', () => {
      for (const question of MACHINE_QUESTIONS) expect(pack.questions[question], question).toBeDefined();
      for (const question of Object.keys(pack.questions)) expect(MACHINE_QUESTIONS as string[]).toContain(question);
    });

    it('no two questions share a heading', () => {
      const headings = QUESTION_IDS.map((q) => pack.questions[q].heading.trim().toLowerCase());
      expect(new Set(headings).size).toBe(headings.length);
    });

    it('for someone answering for another person, the same question words change as in English, and only words of its questions (issue 16)', () => {
      expect(textPaths(pack.questionsForOther)).toEqual(textPaths(en.questionsForOther));
      const own = new Set(textPaths(pack.questions));
      for (const path of textPaths(pack.questionsForOther)) expect(own.has(path), path).toBe(true);
      // Every question still has all its words: the "they" words only replace some.
      const merged = forReader(pack, true);
      for (const question of QUESTION_IDS) expect(Object.keys(merged.questions[question].answers).sort(), question).toEqual(Object.keys(pack.questions[question].answers).sort());
    });

    it('for someone answering for another person, the result changes the same words as in English, and only words it has', () => {
      expect(textPaths(pack.resultForOther)).toEqual(textPaths(en.resultForOther));
      const own = new Set(textPaths({ triage: pack.triage, actions: pack.actions, causes: pack.causes, result: pack.ui.result, handover: pack.ui.result.handover }));
      for (const path of textPaths(pack.resultForOther)) expect(own.has(path), path).toBe(true);
      // Every line is still there for someone else, in its "they" words or its own: none is lost to a shorter list.
      const merged = forReader(pack, true);
      const resultWords = (p: ContentPack) => ({ triage: p.triage, actions: p.actions, causes: p.causes, result: p.ui.result });
      expect(textPaths(resultWords(merged))).toEqual(textPaths(resultWords(pack)));
    });
  });

  describe.runIf(english)('answering for someone else (issue 16)', () => {
    /** Words that speak to the person with the leg trouble as "you". */
    const SECOND_PERSON = /\byou(r|rs|rself)?\b/i;
    /** Where "you" is the one answering, not the person they answer for. */
    const ABOUT_THE_READER = [
      /call your local (emergency number|urgent advice line)/i,
      /you are not sure/i,
      /not about yourself/i,
      /if you did not tick them/i,
      // On a result: the answers the reader gave, what they noticed, while they wait with the person.
      /your answers/i,
      /what you (have )?noticed/i,
      /help you explain/i,
      /while you wait/i,
      /take them yourself/i,
    ];
    const aboutPerson = (text: string) => SECOND_PERSON.test(ABOUT_THE_READER.reduce((t, r) => t.replace(r, ''), text));

    it('every question sentence that says "you" about the person has its "they" words, which never do', () => {
      const other = flatten(pack.questionsForOther);
      const missing: string[] = [];
      for (const [path, text] of Object.entries(flatten(pack.questions))) {
        if (!aboutPerson(text)) continue;
        if (other[path] === undefined) missing.push(path);
        else if (aboutPerson(other[path]!)) missing.push(`${path} (still "you": ${other[path]})`);
      }
      expect(missing, missing.join('\n')).toEqual([]);
    });

    it('an emergency or urgent result says "they" about the person: the care cards, what to do now, its first aid, the warning signs, the likely causes', () => {
      const them = forReader(pack, true);
      const sameDay = ALL_RULES.filter((r) => r.triage === 'emergency' || r.triage === 'urgent');
      const still: string[] = [];
      // The level's own, the answers' own, the warning signs and the urgent calcium answer: every word of each.
      const ids = new Set<ActionId>([...LEVEL_ACTIONS.emergency, ...LEVEL_ACTIONS.urgent, ...sameDay.flatMap((r) => r.actions), 'safety_net', 'calcium_urgent']);
      expect(ids.size).toBeGreaterThan(6);
      for (const id of new Set(sameDay.flatMap((r) => r.causes))) {
        const words = them.causes[id];
        for (const text of [words.name, words.summary, words.explanation]) if (aboutPerson(text)) still.push(`${id}: ${text}`);
      }
      for (const text of [them.ui.result.printButton, them.ui.result.showSummary, them.ui.result.handover.open]) if (aboutPerson(text)) still.push(text);
      for (const level of TRIAGE_LEVELS) {
        for (const text of [them.triage[level].heading, them.triage[level].summary]) if (aboutPerson(text)) still.push(`${level}: ${text}`);
      }
      for (const id of ids) {
        const words = them.actions[id];
        for (const text of [words.title, ...(words.short ?? []), ...words.body, ...Object.values(words.when ?? {}).flat()]) if (aboutPerson(text)) still.push(`${id}: ${text}`);
      }
      expect(still, still.join('\n')).toEqual([]);
    });

    it('the warning pages say "they"', () => {
      const them = forReader(pack, true).questions;
      expect(them.screen_leg.heading).toMatch(/^Do they have/);
      expect(them.screen_body.heading).toMatch(/^Do they have/);
      expect(them.screen_medical.heading).toMatch(/apply to them/);
      // Words that do not change are the question's own.
      expect(them.screen_body.answers.chest_pain.label).toBe(pack.questions.screen_body.answers.chest_pain.label);
      expect(forReader(pack, false)).toBe(pack);
    });
  });

  describe('causes, actions, triage cards', () => {
    it('has content for every cause and action id, and no others', () => {
      expect(Object.keys(pack.causes).sort()).toEqual([...CAUSE_IDS].sort());
      expect(Object.keys(pack.actions).sort()).toEqual([...ACTION_IDS].sort());
    });

    it('every id the rules can output has content', () => {
      for (const id of OUTPUT_CAUSES) expect(pack.causes[id]?.name, id).toBeTruthy();
      for (const id of OUTPUT_ACTIONS) expect(pack.actions[id]?.title, id).toBeTruthy();
    });

    it('causes have a name and an explanation (their evidence and sources are clinical facts)', () => {
      for (const id of CAUSE_IDS) {
        const cause = pack.causes[id];
        expect(cause.name.trim(), id).not.toBe('');
        expect(cause.explanation.trim(), id).not.toBe('');
      }
    });

    it('every warning sign says, in its own words, what to tell a call handler', () => {
      let signs = 0;
      const sameDay = (rule: AnswerRule) => rule.triage === 'emergency' || rule.triage === 'urgent';
      for (const q of QUESTION_IDS) {
        const page: FlowQuestion = FLOW[q];
        // An answer is said when its own rule, or a rule it shares with answers ticked together, calls for care today.
        const said = [
          ...Object.entries(page.answers).flatMap(([id, rule]) => (sameDay(rule) ? [id] : [])),
          ...(page.together ?? []).flatMap((t) => (sameDay(t.rule) ? t.answers : [])),
        ];
        for (const id of new Set(said)) {
          const words = (pack.questions[q].answers as Record<string, AnswerContent>)[id]?.callHandler;
          expect(words?.trim(), `${q}.${id}`).toBeTruthy();
          signs++;
        }
      }
      expect(signs).toBeGreaterThan(20);
    });

    it('actions have a title and a body (their kind, evidence and sources are clinical facts)', () => {
      for (const id of ACTION_IDS) {
        const action = pack.actions[id];
        expect(action.title.trim(), id).not.toBe('');
        // A 'get_help' action may give its signs only as `when` groups instead of paragraphs.
        const whenLines = Object.values(action.when ?? {}).flat();
        expect(action.body.length + whenLines.length, id).toBeGreaterThan(0);
        for (const line of whenLines) expect(line.trim(), id).not.toBe('');
        for (const line of action.body) expect(line.trim(), id).not.toBe('');
      }
    });

    it('the calcium answers each have a short answer (at most two sentences: checked below)', () => {
      for (const id of CALCIUM_ANSWER_IDS) {
        expect(pack.actions[id].short?.length, id).toBeGreaterThan(0);
      }
    });

    it('causes are named in plain words: the medical term is its own field, and the summary is one sentence', () => {
      for (const id of CAUSE_IDS) {
        const cause = pack.causes[id];
        expect(cause.name, id).not.toMatch(/\(/);
        expect(cause.summary.trim(), id).not.toBe('');
        expect(sentences(cause.summary), `${id}: ${cause.summary}`).toHaveLength(1);
        expect(sentences(cause.explanation), id).not.toContain(cause.summary.trim());
      }
    });

    it('short lines are at most two sentences, and never repeat a line of the body', () => {
      for (const id of ACTION_IDS) {
        const { short, body } = pack.actions[id];
        if (!short) continue;
        expect(short.flatMap(sentences).length, id).toBeLessThanOrEqual(2);
        const bodySentences = new Set(body.flatMap(sentences));
        for (const sentence of short.flatMap(sentences)) expect(bodySentences.has(sentence), `${id}: ${sentence}`).toBe(false);
      }
    });

    it('get-help actions group their signs by how fast to get help', () => {
      for (const id of ACTION_IDS) {
        if (clinical.actions[id].kind !== 'get_help') continue;
        expect(Object.values(pack.actions[id].when ?? {}).flat().length, id).toBeGreaterThan(0);
      }
    });

    it('has a triage card for every level and a label for every evidence level', () => {
      for (const level of TRIAGE_LEVELS) {
        expect(pack.triage[level].heading.trim(), level).not.toBe('');
        expect(pack.triage[level].summary.trim(), level).not.toBe('');
        expect(pack.triage[level].label.trim(), level).not.toBe('');
      }
      expect(Object.keys(pack.evidenceLabels).sort()).toEqual([...EVIDENCE_LABELS].sort());
    });
  });

  describe('myths', () => {
    it('has a claim and an answer for every myth id, and no others (their sources are clinical facts)', () => {
      expect(Object.keys(pack.ui.result.myths).sort()).toEqual([...MYTH_IDS].sort());
      for (const id of MYTH_IDS) {
        expect(pack.ui.result.myths[id].claim.trim(), id).not.toBe('');
        expect(pack.ui.result.myths[id].answer.trim(), id).not.toBe('');
      }
    });

    it.runIf(english)('myths cover calcium, detox, red light and lactic acid', () => {
      const claims = MYTH_IDS.map((id) => pack.ui.result.myths[id].claim);
      for (const topic of [/calcium/i, /detox/i, /red.light/i, /lactic acid/i]) {
        expect(claims.some((c) => topic.test(c)), String(topic)).toBe(true);
      }
    });
  });

  describe('safety of the words', () => {
    // Myth claims are the quoted claims the page refutes; they are checked with their answers below.
    const { myths: mythWords, ...resultRest } = pack.ui.result;
    const myths = MYTH_IDS.map((id) => ({ id, ...mythWords[id] }));
    const strings = userStrings({
      questions: pack.questions,
      causes: pack.causes,
      actions: pack.actions,
      triage: pack.triage,
      evidenceLabels: pack.evidenceLabels,
      ui: { ...pack.ui, result: { ...resultRest, myths: myths.map((m) => ({ answer: m.answer })) } },
    });

    it.runIf(english)('finds the text to check', () => {
      expect(strings.length).toBeGreaterThan(200);
      expect(strings.filter((s) => MENTIONS_QUININE.test(s.text)).length).toBeGreaterThan(5);
    });

    it.runIf(english)('never recommends quinine or tonic water', () => {
      expect(strings.filter((s) => recommendsQuinine(s.text))).toEqual([]);
    });

    it.runIf(english)('a myth claim about quinine or tonic water is quoted and answered with a warning', () => {
      for (const myth of myths) {
        if (!MENTIONS_QUININE.test(myth.claim)) continue;
        expect(myth.claim.trim()).toMatch(/^["“].*["”]$/);
        expect(recommendsQuinine(myth.answer), myth.answer).toBe(false);
        expect(clinical.myths[myth.id].sources).toEqual(expect.arrayContaining(['fda_quinine_2010']));
      }
    });

    it.runIf(english)('never says to drink as much as possible', () => {
      const all = [...strings, ...myths.map((m) => ({ path: 'myth claim', text: m.claim }))];
      expect(all.filter((s) => DRINK_AS_MUCH.test(s.text))).toEqual([]);
    });

    it('has no empty strings', () => {
      expect(strings.filter((s) => s.text.trim() === '')).toEqual([]);
    });
  });
});
