/**
 * The clinical safety hazard log, as typed data, in the style of the NHS
 * clinical risk management standards DCB0129 (for those who make health IT)
 * and DCB0160 (for those who deploy it): each hazard's cause, its effect as
 * harm to the person, the risk before controls, the controls, and the risk
 * left after them.
 *
 * Every control names a real test (repo-relative file and exact title);
 * content/clinical/hazards.test.ts fails when one is missing, so a control
 * cannot quietly stop being checked.
 *
 * The severities and likelihoods below are the developers' proposal. No
 * clinical safety officer has reviewed this log (HAZARD_LOG_STATUS).
 */

// ---------------------------------------------------------------------------
// The risk matrix
// ---------------------------------------------------------------------------

/** How bad the harm is, least first (the standard's consequence categories). */
export type Severity = 'minor' | 'significant' | 'considerable' | 'major' | 'catastrophic';

/** How likely the harm is, least first (the standard's likelihood categories). */
export type Likelihood = 'very_low' | 'low' | 'medium' | 'high' | 'very_high';

/** The clinical risk rating, 1 (acceptable) to 5 (unacceptable). */
export type RiskRating = 1 | 2 | 3 | 4 | 5;

export const SEVERITIES: readonly Severity[] = ['minor', 'significant', 'considerable', 'major', 'catastrophic'];
export const LIKELIHOODS: readonly Likelihood[] = ['very_low', 'low', 'medium', 'high', 'very_high'];

/**
 * The standard's consequence categories, in our own words. The standard rates
 * harm to one person and to several people separately: the same harm to
 * several people is one category higher.
 */
export const SEVERITY_DEFINITIONS: Readonly<Record<Severity, string>> = {
  minor: 'One person: a minor injury that heals in the short term, minor upset or inconvenience, or anything negligible.',
  significant:
    'One person: a minor injury that will not heal in the short term, or significant psychological trauma. Several people: minor injuries that heal in the short term, minor upset or inconvenience.',
  considerable:
    'One person: a severe injury or incapacity that is expected to recover in the short term, or severe psychological trauma. Several people: minor injuries that will not heal in the short term, or significant psychological trauma.',
  major:
    'One person: death, a permanent life-changing incapacity (or a condition whose outlook is either), or a severe injury or incapacity not expected to recover in the short term. Several people: severe injuries or incapacity expected to recover in the short term, or severe psychological trauma.',
  catastrophic:
    'Several people: death, a permanent life-changing incapacity (or a condition whose outlook is either), or a severe injury or incapacity not expected to recover in the short term.',
};

/** The standard's likelihood categories, in our own words. */
export const LIKELIHOOD_DEFINITIONS: Readonly<Record<Likelihood, string>> = {
  very_low: 'A negligible, or almost negligible, chance of happening.',
  low: 'Could happen, but on the great majority of occasions will not.',
  medium: 'Possible.',
  high: 'Not certain, but very possible: expected to happen in most cases.',
  very_high: 'Certain or almost certain to happen.',
};

/**
 * What each rating means, in our own words. 1 and 2 are acceptable; 3 is
 * undesirable, accepted only when reducing it further is impractical; 4 and 5
 * are not acceptable, so no residual risk may be rated 4 or 5.
 */
export const RISK_MEANINGS: Readonly<Record<RiskRating, { label: string; meaning: string }>> = {
  1: { label: 'Acceptable', meaning: 'No further action needed.' },
  2: { label: 'Acceptable', meaning: 'Acceptable where reducing it further would cost more than it would gain.' },
  3: {
    label: 'Undesirable',
    meaning: 'Remove or control it down to an acceptable level where possible; accept it only when further reduction is impractical.',
  },
  4: { label: 'Unacceptable without further control', meaning: 'The hazard must be removed, or controlled down to an acceptable level.' },
  5: { label: 'Unacceptable', meaning: 'An unacceptable level of risk.' },
};

/**
 * The DCB0129/DCB0160 clinical risk matrix, laid out as the standard prints
 * it: likelihood rows from very high down to very low, severity columns from
 * minor to catastrophic.
 *
 * Checked cell by cell (all 25 agree) against NHS Digital's published UK Core
 * hazard log, which reproduces the standard's matrix, rating definitions and
 * category interpretations ("UK-Core-Hazard-Log/Home", GitHub
 * NHSDigital/IOPS-FHIR-Simplifier-Backup,
 * HL7FHIRUKCoreR4/backup/guides/UK-Core-Hazard-Log/Home/Index.page.md), and
 * against an independent open-source implementation (a `DCBRisk` class,
 * "Compute a DCB0160 clinical risk"). The standard's own PDF (NHS England,
 * DCB0129 specification) was not available to check directly. The category
 * definitions above follow the same NHS Digital page; a vendor's help page
 * citing the DCB0160 implementation guide v4.2 gives likelihood as percentage
 * bands instead, which we could not confirm against the guide and did not use.
 */
const RISK_MATRIX: Readonly<Record<Likelihood, readonly [RiskRating, RiskRating, RiskRating, RiskRating, RiskRating]>> = {
  //          minor significant considerable major catastrophic
  very_high: [3, 4, 4, 5, 5],
  high: [2, 3, 3, 4, 5],
  medium: [2, 2, 3, 3, 4],
  low: [1, 2, 2, 3, 4],
  very_low: [1, 1, 2, 2, 3],
};

/** The clinical risk rating of a harm of this severity and likelihood. */
export function riskRating(severity: Severity, likelihood: Likelihood): RiskRating {
  return RISK_MATRIX[likelihood][SEVERITIES.indexOf(severity)]!;
}

// ---------------------------------------------------------------------------
// The hazard log
// ---------------------------------------------------------------------------

export interface Control {
  /** What the control does, in a sentence. */
  text: string;
  /** The test that checks it: a repo-relative test file and the exact title of an `it(...)` or `test(...)` in it. */
  test: { file: string; name: string };
}

export interface Risk {
  severity: Severity;
  likelihood: Likelihood;
}

export interface Hazard {
  id: `H${number}`;
  title: string;
  /** What in the product could go wrong. */
  cause: string;
  /** The harm to the person if it does. */
  effect: string;
  /** The risk with no controls. */
  initial: Risk;
  controls: readonly Control[];
  /** The risk left with the controls in place. */
  residual: Risk;
  /** What the controls do not cover, and notes for the clinical safety officer. */
  note?: string;
}

/**
 * The log's review status. Never claim a review that has not happened: change
 * this only in the same pull request as a clinical safety officer's written
 * sign-off of the log.
 */
export const HAZARD_LOG_STATUS = {
  status: 'draft',
  reviewedBy: null,
  text: 'Draft hazard log proposed by the developers. The hazards, severities and likelihoods have not yet been reviewed by a clinical safety officer.',
} as const;

/**
 * How the ratings were proposed: severity is the worst credible harm to one
 * person using the check (the standard's single-patient column), since the
 * check is used one person at a time. A fault in the shared rules would reach
 * everyone who gives that answer; a clinical safety officer may rate such
 * hazards for several people, which would raise their severity by one
 * category (major to catastrophic) and their ratings with it.
 */
export const HAZARDS: readonly Hazard[] = [
  {
    // Brief §b (RF1–RF13) and §g levels 1–2; README "Safety invariants" 1 and 2.
    id: 'H1',
    title: 'An emergency or same-day sign is missed, or gets a lower level (under-triage)',
    cause:
      'A warning sign from the brief is left off the warning-sign pages, or its rule gives a lower level than the brief (e.g. a cold, pale leg classed as same-day), or a path reaches a see-a-doctor or self-care result without passing every warning-sign page.',
    effect:
      'A person with a possible clot in the lung, a blocked leg artery, pressure on the spinal nerves or muscle breakdown is told to wait or to look after it at home, and emergency care is delayed: death or permanent harm.',
    initial: { severity: 'major', likelihood: 'high' },
    controls: [
      {
        text: "The brief's emergency and same-day signs are pinned in a test; the rules table must class exactly those answers at those levels.",
        test: { file: 'machines/invariants.test.ts', name: 'classes exactly the brief’s emergency and same-day signs as such' },
      },
      {
        text: 'Every red-flag answer is tried on its own and must give exactly its own level and cause.',
        test: { file: 'machines/invariants.test.ts', name: 'tries every single red-flag answer on its own, and each gives exactly its own level' },
      },
      {
        text: 'No see-a-doctor or self-care result is reached without passing all three warning-sign pages, on every generated and random path.',
        test: { file: 'machines/invariants.test.ts', name: 'holds on every generated and random path' },
      },
      {
        text: 'The public scorecard of 74 cases written from the brief fails on any under-triage of an emergency or urgent case.',
        test: { file: 'content/clinical/vignettes/vignettes.test.ts', name: 'scorecard: no emergency or urgent case is under-triaged' },
      },
    ],
    residual: { severity: 'major', likelihood: 'low' },
    note: 'The pinned list is copied by hand from the brief, so the controls cannot catch a sign the brief itself lacks, or a mistake made in both the list and the rules. Residual 3 (undesirable): a clinical safety officer must judge whether further reduction is practical. Recognising one\'s own sign is H13.',
  },
  {
    // Brief §g: "Any 'yes' to a higher level overrides everything below it"; README "The machine contract".
    id: 'H2',
    title: 'A later answer, Back or Change lowers a red-flag level',
    cause:
      'The rules combine answers so that a benign answer given after a red flag (or an answer changed with Back or Change on "check your answers") replaces the higher level instead of adding to it, or drops the red-flag answer.',
    effect:
      'A person who ticked an emergency or same-day sign sees a lower level, such as self-care, and does not get urgent help: death or permanent harm.',
    initial: { severity: 'major', likelihood: 'high' },
    controls: [
      {
        text: 'Any urgent, emergency or see-a-doctor answer paired with a self-care answer, in either order, keeps the higher level.',
        test: { file: 'machines/triage.test.ts', name: 'one urgent/emergency/see_doctor answer with one self-care answer, before or after' },
      },
      {
        text: 'An urgent or emergency answer followed by every self-care answer at once keeps its level.',
        test: { file: 'machines/triage.test.ts', name: 'one urgent/emergency answer followed by every self-care answer at once' },
      },
      {
        text: 'An urgent leg sign followed by an emergency body sign is an emergency (the higher level wins).',
        test: { file: 'machines/triage.test.ts', name: 'an urgent leg sign followed by an emergency body sign is an emergency' },
      },
      {
        text: 'A same-day sign answered from "check your answers" ends the check at review, keeping the other warning-sign answers.',
        test: { file: 'machines/replay.test.ts', name: 'a same-day sign answered from review ends at review with the other screening answers' },
      },
      {
        text: 'Going Back returns to the previous question with its answer kept.',
        test: { file: 'machines/triage.test.ts', name: 'returns to the previous question and keeps its answer' },
      },
    ],
    residual: { severity: 'major', likelihood: 'very_low' },
  },
  {
    // README "Run it" (EMERGENCY_NUMBER, URGENT_NUMBER) and "Put it on your clinic's website" (emergency-number).
    id: 'H3',
    title: 'The person cannot call for help from an emergency or urgent result',
    cause:
      'The EMERGENCY_NUMBER setting or a clinic\'s emergency-number attribute is missing, malformed or hostile, so the call button is absent, broken or dials the wrong thing; or the urgent number is missing.',
    effect: 'A person told to call for emergency help cannot do so from the page and loses time finding the number: delayed emergency care, death or permanent harm.',
    initial: { severity: 'major', likelihood: 'high' },
    controls: [
      {
        text: 'With no number configured, the check offers the common emergency numbers (999, 911, 112).',
        test: { file: 'lib/emergency.test.ts', name: 'offers the common numbers when none is configured' },
      },
      {
        text: 'A configured number that is not 2 to 6 digits is ignored and the common numbers are offered instead.',
        test: { file: 'lib/emergency.test.ts', name: 'ignores anything that is not 2 to 6 digits' },
      },
      {
        text: 'With no urgent number configured, NHS 111 is offered, saying where it applies.',
        test: { file: 'lib/emergency.test.ts', name: 'offers NHS 111, saying where it applies, when none is configured' },
      },
      {
        text: "A clinic's bad attributes (including the emergency number) are ignored with a warning and never rendered; the frame keeps its defaults.",
        test: { file: 'e2e/embed.spec.ts', name: 'bad attributes are ignored with a console warning, never rendered' },
      },
      {
        text: 'An emergency result shows a call link of at least 44 px in its care card on a phone.',
        test: { file: 'e2e/flow.spec.ts', name: 'emergency result puts the call first, with a call link @phone' },
      },
    ],
    residual: { severity: 'major', likelihood: 'low' },
    note: 'A well-formed number that is wrong for the person\'s country (e.g. a clinic setting a number used elsewhere) cannot be detected by the check; the emergency result\'s heading still says to call the local emergency number. Residual 3 (undesirable): clinics deploying the embed should confirm their number (a DCB0160 control for the deploying organisation).',
  },
  {
    // README "How it is built" (version=, "Bad links are calm").
    id: 'H4',
    title: 'An old or tampered link is replayed against different logic',
    cause:
      'A saved or shared link from an earlier content version is replayed against today\'s rules, or a hand-edited link (unknown ids, impossible order, repeated keys) is read as if it were real answers.',
    effect:
      'A person (or their doctor) sees a result their answers did not give, possibly a lower level than they should have: delayed care for a serious cause.',
    initial: { severity: 'major', likelihood: 'medium' },
    controls: [
      {
        text: 'A link from another content version, or with none, is never replayed: its answers come back with the version they were given under.',
        test: {
          file: 'machines/address.test.ts',
          name: 'a link from another content version, or from before links carried one, is not read: its answers come back with the version',
        },
      },
      {
        text: 'The address reader never throws on random strings; bad values are typed errors.',
        test: { file: 'machines/address.test.ts', name: 'never throws on random strings' },
      },
      {
        text: 'Replay of 500 seeded random answer lists never throws and always gives a result or a typed error.',
        test: { file: 'machines/replay.test.ts', name: '500 seeded lists: never throws, always ok or a typed error' },
      },
      {
        text: 'A bad kept-answers value is a bad link (the calm restore page), like a bad answers value.',
        test: { file: 'machines/restore.test.ts', name: 'a bad keep is a bad link (the calm restore page), like a bad `a`' },
      },
      {
        text: 'Thousands of seeded tampered addresses, sent to the production server across every route, get a page, a 404 or a redirect: never a server error or a stack trace.',
        test: { file: 'e2e/fuzz.spec.ts', name: '2,400 tampered addresses across every route: no 5xx, security headers on every answer, no reflected input' },
      },
    ],
    residual: { severity: 'major', likelihood: 'very_low' },
  },
  {
    // Brief §d (D.3 calcium supplement harms, D.4 magnesium, D.5 quinine), §c C.4 (over-drinking), §g self-care "avoid quinine".
    id: 'H5',
    title: 'Harmful or unsupported advice is given',
    cause:
      'Content suggests quinine or tonic water, presents a myth (calcium deficiency, "detox", red light, lactic acid) as advice, sends a person with low-calcium clues to supplements instead of a doctor, or tells people to drink as much as possible.',
    effect:
      'Quinine can cause serious bleeding, kidney damage, heart-rhythm problems and death (brief §d.5); self-started calcium supplements carry risks such as kidney stones (§d.3); over-drinking has caused deaths from low blood sodium (§c.4); chasing calcium can delay recognising a medicine cause or a red flag (§d.3).',
    initial: { severity: 'major', likelihood: 'medium' },
    controls: [
      {
        text: 'No string a person can see recommends quinine or tonic water; every mention is a warning or a question.',
        test: { file: 'content/content.test.ts', name: 'never recommends quinine or tonic water' },
      },
      {
        text: 'The quinine check itself catches example recommendations (so the check can fail).',
        test: { file: 'content/content.test.ts', name: 'catch recommendations of quinine or tonic water' },
      },
      {
        text: 'No string says to drink as much as possible.',
        test: { file: 'content/content.test.ts', name: 'never says to drink as much as possible' },
      },
      {
        text: 'The myths (calcium, detox, red light, lactic acid) are shown as claims, each answered.',
        test: { file: 'content/content.test.ts', name: 'myths cover calcium, detox, red light and lactic acid' },
      },
      {
        text: 'Without low-calcium clues the calcium answer is "unlikely", with a caution for anyone already taking calcium tablets.',
        test: { file: 'machines/triage.test.ts', name: 'calcium_unlikely with no clues, even when taking calcium tablets' },
      },
      {
        text: 'A low-calcium clue leads to a doctor (a blood test), not to supplements.',
        test: { file: 'machines/triage.test.ts', name: 'calcium_check when a low-calcium clue is ticked' },
      },
    ],
    residual: { severity: 'major', likelihood: 'low' },
    note: 'The word checks are patterns: they catch the known phrasings, not every possible one. Residual 3 (undesirable) until a clinician reviews the words (content/review.ts shows the content as a draft).',
  },
  {
    // README "What the person sees" 6 (the result, answer first) and "Measured figures".
    id: 'H6',
    title: 'The result\'s action is not seen on a phone',
    cause: 'On a small screen the call button, the print button or the "do this now" line sits below long text, or the emergency notice fills the screen at large text sizes.',
    effect: 'A person reads the start of the result and does not act, or acts late: delayed care (the level\'s heading already says what to do).',
    initial: { severity: 'considerable', likelihood: 'high' },
    controls: [
      {
        text: 'An emergency result puts a tappable call link first in its care card on a phone.',
        test: { file: 'e2e/flow.spec.ts', name: 'emergency result puts the call first, with a call link @phone' },
      },
      {
        text: 'Every result has something to do now, and every self-care result a "do this now" line for its first screen.',
        test: {
          file: 'machines/invariants.test.ts',
          name: 'gives every result something to do now, and every self-care result a "do this now" line for its first screen',
        },
      },
      {
        text: 'At 200 % text the emergency notice takes at most half a phone screen and still offers a call.',
        test: { file: 'e2e/result.spec.ts', name: 'the emergency notice takes at most half the screen at 200 % text, and offers a call' },
      },
      {
        text: 'In a clinic\'s frame on a phone, each new page\'s heading is scrolled into view and focused.',
        test: { file: 'e2e/embed.spec.ts', name: 'at phone size, the heading is in view and focused after "Start now", every step and "See my result" @phone' },
      },
    ],
    residual: { severity: 'considerable', likelihood: 'low' },
    note: 'The per-level first-screen test (e2e/result.spec.ts) has a template-literal title, so it is not named here; the first screen is measured at 390 × 844 only.',
  },
  {
    // README "Works without JavaScript"; "Every page ... reflows"; e2e/a11y.spec.ts.
    id: 'H7',
    title: 'The check cannot be used without JavaScript, by keyboard or with a screen reader',
    cause: 'A page needs JavaScript to move on, a control cannot be reached or operated by keyboard, or the markup fails accessibility rules.',
    effect: 'A person who relies on a keyboard or a screen reader, or whose browser blocks scripts, cannot finish the check and gets no level or advice: delayed care.',
    initial: { severity: 'considerable', likelihood: 'medium' },
    controls: [
      {
        text: 'A walk done by keyboard alone reaches a result.',
        test: { file: 'e2e/a11y.spec.ts', name: 'a walk done by keyboard alone reaches a result' },
      },
      {
        text: 'The start page and a question with an error pass axe.',
        test: { file: 'e2e/a11y.spec.ts', name: 'the start page and a question with an error pass axe' },
      },
      {
        text: 'Without JavaScript, a missing answer shows the error and the page still works.',
        test: { file: 'e2e/flow.spec.ts', name: 'Continue with nothing chosen shows the error, and the page still works @no-js' },
      },
      {
        text: 'Without JavaScript, Back, Refresh and the browser Back button keep the earlier answers.',
        test: { file: 'e2e/flow.spec.ts', name: 'the Back link, Refresh and the browser Back button keep the earlier answers @no-js' },
      },
      {
        text: 'The clinic\'s embed works with JavaScript off.',
        test: { file: 'e2e/embed.spec.ts', name: 'the embed route works when opened directly with JavaScript off @no-js' },
      },
    ],
    residual: { severity: 'considerable', likelihood: 'low' },
    note: 'axe and the keyboard walk do not replace testing with a real screen reader, which the README does not record.',
  },
  {
    // README "Versions and sign-off"; content/clinical/sign-offs.ts.
    id: 'H8',
    title: 'Content changed without clinical review is shown as reviewed',
    cause: 'A rule or its words change after a clinician signed, or a sign-off is recorded for another version, and the footer still says "Reviewed".',
    effect: 'People and clinics trust unreviewed logic as clinically reviewed; an unsafe rule reaches people with a reviewed label, leading to wrong advice or a wrong level.',
    initial: { severity: 'major', likelihood: 'medium' },
    controls: [
      {
        text: 'The status is "reviewed" only while the snapshot\'s hash matches a signed record, and "draft" after any change.',
        test: { file: 'lib/sign-off.test.ts', name: 'is "reviewed" while the snapshot hash matches a signed record, and "draft" after any change' },
      },
      {
        text: 'A signature for another version does not count, even with the same hash.',
        test: { file: 'lib/sign-off.test.ts', name: 'a signature for another version does not count, even with the same hash' },
      },
      {
        text: 'The check ships unsigned: no reviewer is invented, so the status is draft.',
        test: { file: 'lib/sign-off.test.ts', name: 'ships unsigned: no reviewer is invented, so the status is draft' },
      },
      {
        text: 'A changed rule needs a new version number: the published snapshot must equal the current one.',
        test: {
          file: 'machines/spec.test.ts',
          name: "the current version's published snapshot is the current snapshot: a changed rule needs a new version number",
        },
      },
    ],
    residual: { severity: 'major', likelihood: 'very_low' },
  },
  {
    // README "Private" and "What leaves the frame".
    id: 'H9',
    title: 'A person\'s answers leak',
    cause:
      'Answers (e.g. pregnancy, medicines, bladder symptoms) are sent to a third party, stored in cookies or storage, leaked in the Referer header, cached, or passed to the clinic\'s page in embed events.',
    effect: 'Private health information is exposed to others: distress, embarrassment or discrimination.',
    initial: { severity: 'significant', likelihood: 'high' },
    controls: [
      {
        text: 'A whole walk makes no third-party request and leaves no cookie or storage.',
        test: { file: 'e2e/privacy.spec.ts', name: 'a whole walk makes no third-party request and stores nothing @no-js' },
      },
      {
        text: 'Pages send no-referrer and no-store, and refuse framing.',
        test: { file: 'e2e/privacy.spec.ts', name: 'pages send no-referrer, no-store and refuse framing' },
      },
      {
        text: 'The embed\'s start, step and result events never carry answers.',
        test: { file: 'e2e/embed.spec.ts', name: 'start, step and result events reach the host, and never carry answers' },
      },
      {
        text: 'Every page has a CSP with a fresh nonce and no inline script, so injected script cannot run and read the answers in the address.',
        test: { file: 'e2e/privacy.spec.ts', name: 'every page gets a CSP whose script-src has a fresh nonce and no unsafe-inline, and HTML is never cached for long' },
      },
    ],
    residual: { severity: 'significant', likelihood: 'low' },
    note: 'The answers are in the page address by design, so the browser history of a shared device shows them; no test covers that.',
  },
  {
    // Brief §a (A.2, growing pains row) and §f [43]: one leg only, daytime pain, a limp or feeling unwell = not growing pains.
    id: 'H10',
    title: 'A child\'s warning features are missed and called growing pains',
    cause: 'A child\'s leg ache is routed to growing pains without asking about the features the brief says rule them out, or a child\'s cramp is sent down the growing-pains path.',
    effect: 'A child whose leg pain needs a doctor\'s examination is reassured at home: a delayed diagnosis.',
    initial: { severity: 'considerable', likelihood: 'medium' },
    controls: [
      {
        text: 'A child who limps is sent to a doctor ("needs a check"), not to growing pains.',
        test: { file: 'machines/triage.test.ts', name: 'see_doctor: a child who limps → needs a check' },
      },
      {
        text: 'A child whose trouble is something else is asked the same warning features before the other kinds.',
        test: { file: 'machines/triage.test.ts', name: 'a child whose trouble is something else is still asked the warning features before the other kinds' },
      },
      {
        text: 'A child with a classic cramp gets a cramp result, not growing pains.',
        test: { file: 'machines/triage.test.ts', name: 'a 15-year-old with a classic cramp gets a cramp result, not growing pains' },
      },
      {
        text: 'A child with none of the warning features gets growing pains, with when to see a doctor.',
        test: { file: 'machines/triage.test.ts', name: 'self_care: a child with none of the warning features → growing pains' },
      },
      {
        text: 'Children pass every warning-sign page like adults: no see-a-doctor or self-care result without them.',
        test: { file: 'machines/invariants.test.ts', name: 'holds on every generated and random path' },
      },
    ],
    residual: { severity: 'considerable', likelihood: 'low' },
    note: 'A parent or carer answers for the child and may not know about a limp or daytime pain; the growing-pains result says when to see a doctor.',
  },
  {
    // README "Put it on your clinic's website" (frame policy, events, attributes).
    id: 'H11',
    title: 'The embed breaks the clinic\'s page, or is framed by a site that is not allowed',
    cause:
      'The frame scrolls or overflows the host page, hostile attribute values inject markup, or a site off the allowlist frames the check (e.g. to overlay it) or receives its events.',
    effect: 'A person on a clinic\'s site cannot use the clinic\'s page or the check, or is misled by a page posing as the check: wrong or delayed care.',
    initial: { severity: 'considerable', likelihood: 'medium' },
    controls: [
      {
        text: 'An origin off the allowlist receives no events and cannot frame the check.',
        test: { file: 'e2e/embed.spec.ts', name: 'an origin off the allowlist receives no events (and cannot frame the check); an allowed one does' },
      },
      {
        text: 'Every route other than /embed refuses to be framed.',
        test: { file: 'e2e/embed.spec.ts', name: 'routes other than /embed refuse to be framed' },
      },
      {
        text: 'An allowlist setting with no valid origin allows nobody rather than everybody.',
        test: { file: 'lib/embed-origins.test.ts', name: 'allows nobody rather than everybody when nothing valid is given' },
      },
      {
        text: 'In a 320 px wide page nothing scrolls sideways, inside or outside the frame.',
        test: { file: 'e2e/embed.spec.ts', name: 'at home in a 320 px wide page: nothing scrolls sideways, inside or outside the frame' },
      },
      {
        text: 'Hostile attribute values are ignored and never rendered.',
        test: { file: 'e2e/embed.spec.ts', name: 'bad attributes are ignored with a console warning, never rendered' },
      },
    ],
    residual: { severity: 'considerable', likelihood: 'low' },
    note: 'The default EMBED_ALLOWED_ORIGINS is "*" (any origin may frame /embed); a clinic deployment should set its own origins (a DCB0160 control for the deploying organisation).',
  },
  {
    // README "How clinicians review the logic".
    id: 'H12',
    title: 'The diagram clinicians review drifts from the real logic',
    cause: 'The /diagram drawing or the README diagram is made separately from the shipped machine and stops matching it.',
    effect: 'Clinicians approve a drawing, not the logic people meet; an unsafe rule passes review and people get a wrong level or advice.',
    initial: { severity: 'major', likelihood: 'medium' },
    controls: [
      {
        text: 'Every state of the machine is a node in the diagram, and nothing else but the start-again node.',
        test: { file: 'machines/to-mermaid.test.ts', name: 'draws every state as a node, and nothing else but the start-again node' },
      },
      {
        text: 'Every transition is an edge, and nothing else.',
        test: { file: 'machines/to-mermaid.test.ts', name: 'draws every transition as an edge, and nothing else' },
      },
      {
        text: "The drawing lists each answer that raises the level under its level, read from the flow table: one answer's level changed on a copy of the table changes the drawing.",
        test: { file: 'machines/to-mermaid.test.ts', name: "one answer's level changed on a copy of the flow table changes the Mermaid text" },
      },
      {
        text: 'The README diagram equals the generated one.',
        test: { file: 'machines/to-mermaid.test.ts', name: 'equals `npm run diagram` output (run `npm run diagram -- --readme` to update it)' },
      },
      {
        text: '/diagram draws one node per state.',
        test: { file: 'e2e/diagram.spec.ts', name: '/diagram draws one node per state, and selecting a node opens its panel by mouse and by keyboard' },
      },
    ],
    residual: { severity: 'major', likelihood: 'very_low' },
  },
  {
    // Brief §h (lay wording, reading age ~11–12); README "Clinical content and review".
    id: 'H13',
    title: 'A person misreads a question or an answer',
    cause: 'A question or answer uses medical words, is ambiguous, or two answers overlap, so a person with a warning sign ticks "none of these" or the wrong answer.',
    effect: 'The check is given the wrong answers and gives a lower level than the person needs: delayed care, death or permanent harm.',
    initial: { severity: 'major', likelihood: 'high' },
    controls: [
      {
        text: 'Each answer says what it covers, so an honest reading lands on the right one.',
        test: { file: 'content/content.test.ts', name: 'each answer says what it covers, so an honest reading lands on the right one' },
      },
      {
        text: 'No two questions share a heading.',
        test: { file: 'content/content.test.ts', name: 'no two questions share a heading' },
      },
      {
        text: 'The 74 scorecard stories are in people\'s own words, never an answer label word for word.',
        test: {
          file: 'content/clinical/vignettes/vignettes.test.ts',
          name: "every story is 2–5 sentences in the person's own words, never an answer label word for word",
        },
      },
      {
        text: 'At least 90 % of the scorecard cases get exactly the expected level.',
        test: { file: 'content/clinical/vignettes/vignettes.test.ts', name: 'scorecard: at least 90 % of cases get exactly the expected level' },
      },
      {
        text: 'One sign per option on the warning pages, each option starting with its sign, and time words ("now or in the last few hours") a literal reader can follow.',
        test: { file: 'content/content.test.ts', name: 'one sign, one option: an honest reader who skips an option whose first words do not fit misses nothing (issue 16)' },
      },
      {
        text: 'Each emergency and urgent scorecard case carries honest alternative readings (an option skipped, "now" read literally, a relative answering); none may end below urgent.',
        test: { file: 'content/clinical/vignettes/vignettes.test.ts', name: 'scorecard: no alternative reading of an emergency or urgent case falls below urgent' },
      },
      {
        text: 'Someone answering for another person can say so from the start page or the first question; every question then speaks about "them".',
        test: { file: 'e2e/for-other.spec.ts', name: 'answering for someone else, every warning page says "they", and so does the result, and back to the questions @no-js' },
      },
      {
        text: 'The worst signs are asked again on a last check before the result, each with its warning-page rule.',
        test: { file: 'machines/warning-signs.test.ts', name: 'the last check asks the worst signs again, each with its warning-page rule and its level (a fit and a long cramp too)' },
      },
    ],
    residual: { severity: 'major', likelihood: 'medium' },
    note: 'The scorecard\'s answers, and its alternative readings, are chosen by the developers who wrote the stories (with lay-reader walks by helpers, not real users); the README records no testing with real users. The emergency notice on every page lists the emergency signs as a second chance, and the last check asks the worst of them again. Residual 3 (undesirable).',
  },
  {
    // Brief §g level 4: "Always show the safety-net list"; README "The machine contract" (safety_net).
    id: 'H14',
    title: 'A person sent home is not told when to get help',
    cause: 'A self-care or see-a-doctor result leaves out the safety net (one-sided swelling, a cramp over 10 minutes, dark urine, numbness or weakness, a cold pale leg), or lists it without saying how fast to act.',
    effect: 'A person whose symptoms change later (e.g. a calf becomes swollen) does not know it is now urgent: delayed care.',
    initial: { severity: 'major', likelihood: 'medium' },
    controls: [
      {
        text: 'Every result carries the safety net unless it is an emergency, with its calcium answer and a source for each cause.',
        test: { file: 'machines/invariants.test.ts', name: 'has actions, the calcium answer (on an emergency, only when it is the emergency), a source for each cause, and the safety net unless an emergency' },
      },
      {
        text: 'Get-help actions group their signs by how fast to get help.',
        test: { file: 'content/content.test.ts', name: 'get-help actions group their signs by how fast to get help' },
      },
    ],
    residual: { severity: 'major', likelihood: 'very_low' },
  },
  {
    // Issue 16 ("answering for someone else"), and the lay-reader walks of content 0.6.0.
    id: 'H15',
    title: 'Advice meant for the person reaches the one answering for them',
    cause: 'A relative or carer answers for someone, and the result speaks to the reader as the patient ("move somewhere cool and rest", "don\'t drive yourself"), or loses that it is for someone else on the way to the result.',
    effect: 'The reader follows first aid meant for the patient, or does not act for them: delayed first aid or care (e.g. a confused, overheated person left in the heat).',
    initial: { severity: 'considerable', likelihood: 'medium' },
    controls: [
      {
        text: 'Answering for someone else is kept to the result, also when an emergency sign ends the questions, and the first aid and "don\'t drive" lines there speak of them.',
        test: { file: 'e2e/for-other.spec.ts', name: 'answering for someone else, an emergency sign leads to a result that says what to do for them @no-js' },
      },
      {
        text: 'The care cards, what to do now, first aid, warning signs and likely causes of emergency and urgent results say "they" about the person in English.',
        test: {
          file: 'content/content.test.ts',
          name: 'an emergency or urgent result says "they" about the person: the care cards, what to do now, its first aid, the warning signs, the likely causes',
        },
      },
      {
        text: 'Every language changes the same result words for someone else as English does.',
        test: { file: 'content/content.test.ts', name: 'for someone answering for another person, the result changes the same words as in English, and only words it has' },
      },
    ],
    residual: { severity: 'considerable', likelihood: 'low' },
    note: 'Only the English is checked for "you" by a test; the translations of these words were made by helpers and need a native-speaking clinician. The detail sections (how to prevent cramps, calcium) still speak to "you".',
  },
  {
    // Content 0.7.0, from a GP reviewing 0.6.0.
    id: 'H16',
    title: 'A same-day result also gives the calmer answers\' advice',
    cause: 'A result of emergency or urgent care lists, beside "call now", the advice that a calmer answer on the same path calls for (stretch, walk it off, a nightly stretch, give it time, the calcium answer), because each answer\'s advice was simply added up.',
    effect: 'The person follows advice meant for another situation instead of getting help (after a fit, "stand up and walk it off"), or reads the result as less urgent than it is: delayed or harmful first aid.',
    initial: { severity: 'major', likelihood: 'medium' },
    controls: [
      {
        text: 'An emergency result gives only the advice of the emergency signs; an urgent one only that of the same-day signs; the calcium answer on an emergency result only when low calcium is the emergency.',
        test: { file: 'machines/invariants.test.ts', name: 'an emergency or urgent result has no action that only a calmer answer calls for' },
      },
      {
        text: 'After a fit at the last check, someone with cramps is told to call, not to stretch or walk it off.',
        test: { file: 'machines/invariants.test.ts', name: 'after a fit at the last check, someone with cramps is told to call, not to stretch or walk it off' },
      },
      {
        text: 'A same-day sign goes on to the last check, where an emergency sign passed over before still wins.',
        test: { file: 'machines/warning-signs.test.ts', name: 'a same-day sign goes on to the last check, where an emergency sign passed over before still wins (content 0.7.0)' },
      },
    ],
    residual: { severity: 'major', likelihood: 'low' },
    note: 'Which advice a same-day result keeps is the developers\' reading of the brief (emergency: call, what to tell, not driving, first aid for the sign); the urgent results still carry how to ease a cramp where a same-day sign comes with cramps, including a suspected clot, which a GP reviewer questioned. Clinicians to confirm.',
  },
];
