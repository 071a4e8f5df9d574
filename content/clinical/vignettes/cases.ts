/**
 * The vignettes: first-person (or parent-, partner- or relative-written) cases,
 * each with the answers that person would most likely give on each page of the
 * check (the words in content/en/questions.ts), and the result a clinician
 * following the evidence brief would give.
 *
 * Expected levels come from the brief's §g levels and §f; where the brief is
 * silent or contested, the safer level is chosen and `note` says so. Causes are
 * the most specific CauseId for the story. Cases are grouped by expected level.
 *
 * Every case answers the pages on its own path (the runner looks answers up by
 * question), and some answer pages their path does not reach today, the way the
 * person would, so the cases keep working when the flow changes. Children's cases
 * answer which kind of trouble it is (a cramp, an ache, or something else) and then
 * the cramp, growing-pains or adult pages that follow.
 *
 * When and how often (the timing and how_often pages): taken from what the story
 * says. Where a story does not say when the cramps come, the person answers in bed
 * or at rest, where most cramps come (brief §a.1). "Regularly" when the story gives
 * about once a week or more as the usual pattern, or says the cramps leave them
 * tired; "now and then" when it gives less than that, calls them occasional ("the
 * odd cramp", "sometimes"), or does not say how often.
 */
import type { Vignette, VignetteAnswers } from './types';

/** Nothing ticked on the three warning-sign pages. */
const noWarningSigns = { screen_leg: [], screen_body: [], screen_medical: [] } as const satisfies VignetteAnswers;

/** An adult with no warning sign, so far. */
const adult = { ...noWarningSigns, age: 'age_16_plus' } as const satisfies VignetteAnswers;

/**
 * Nothing ticked on the contributor pages: medicines, health, calcium, the cramp
 * pattern (asked only on a cramp path) and the changes in the legs (asked of everyone),
 * nor on the last check for the worst signs.
 */
/** Nothing ticked on the pages that add to a cramp (an alternative whose case already answers the last check with nothing keeps that answer). */
const noContributorsBeforeLastCheck = {
  medicines: [],
  health: [],
  calcium_risk: [],
  pattern: [],
  leg_changes: [],
} as const satisfies VignetteAnswers;

const noContributors = { ...noContributorsBeforeLastCheck, last_check: [] } as const satisfies VignetteAnswers;

export const VIGNETTES: readonly Vignette[] = [
  // ---------------------------------------------------------------------------
  // Emergency (§g level 1)
  // ---------------------------------------------------------------------------
  {
    id: 'puffy-calf-bit-puffed',
    teller: 'self',
    age: 58,
    tags: ['understated'],
    story:
      "My left calf's been a bit puffy and achy since the coach trip back from Spain on Sunday. Today I got a bit puffed going up the stairs and there was a sharp twinge in my chest when I breathed in. Probably nothing, I'm just unfit.",
    answers: { screen_leg: ['calf_swollen'], screen_body: ['chest_pain', 'breathless'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'pulmonary_embolism',
    brief: '§g 1.1, §b RF1 [23]',
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'On the body page he ticks new shortness of breath but not chest pain, as a sharp twinge when he breathes in does not sound to him like the chest pain the page means.',
        answers: { screen_body: ['breathless'] },
      },
      {
        misreading: 'other_wording',
        why: 'On the body page he ticks chest pain but not new shortness of breath, putting getting puffed on the stairs down to being unfit rather than anything new.',
        answers: { screen_body: ['chest_pain'] },
      },
      {
        misreading: 'literal_now',
        why: "The puffing and the twinge came on the stairs earlier today and have gone, so, reading 'now or in the last few hours' on the body page, he ticks only the puffy calf.",
        answers: { screen_body: [], screen_medical: [], last_check: [] },
      },
    ],
  },
  {
    id: 'after-caesarean-hot-calf-breathless',
    teller: 'self',
    age: 31,
    pregnancy: 'after_birth',
    story:
      'I had my baby by caesarean three weeks ago. Since yesterday my right calf is hot and tight, and this morning I was breathless just sitting feeding her and went so dizzy I blacked out for a second. The midwife did say cramps are normal after birth.',
    answers: { screen_leg: ['calf_swollen'], screen_body: ['breathless', 'fainted'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'pulmonary_embolism',
    brief: '§g 1.1, §b RF1, RF8 [23][40]',
    alternatives: [
      {
        misreading: 'literal_now',
        why: "The breathlessness and the blackout were this morning and have passed, so, reading 'now or in the last few hours' on the body page, she ticks only the hot calf.",
        answers: { screen_body: [], screen_medical: [], last_check: [] },
      },
      {
        misreading: 'skips_option',
        why: "Her calf is hot and tight rather than swollen, so she passes over the swollen-calf option at its first words, though 'warm' comes later in it, and it is not sore or aching, so she leaves the sore-calf option too.",
        answers: { screen_leg: [] },
      },
    ],
  },
  {
    id: 'af-white-cold-foot',
    teller: 'self',
    age: 74,
    tags: ['understated', 'medicines'],
    story:
      "I've got AF and I'm meant to take a blood thinner, but I've missed a few. About an hour ago my left foot suddenly hurt like mad while I was watching telly, and now it's white and cold compared with the other one and I can't really wiggle my toes. It's probably just a bad cramp, isn't it?",
    answers: { screen_leg: ['cold_pale_leg'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'acute_limb_ischaemia',
    brief: '§g 1.2, §b RF2 [24]',
    alternatives: [
      {
        misreading: 'milder_option',
        why: 'Sure it is just a bad cramp, he ticks the cramp that has gone on for more than 10 minutes rather than the cold, pale foot.',
        answers: { screen_leg: ['cramp_over_10_min'], screen_body: [], screen_medical: [], last_check: ['cramp_over_10_min'] },
      },
    ],
  },
  {
    id: 'blotchy-numb-foot-slept-funny',
    teller: 'self',
    age: 66,
    tags: ['understated'],
    story:
      "I woke up three hours ago with my right leg killing me, and the foot looks blotchy and bluish and is colder than the other. It's numb, like I slept on it funny, but it hasn't come back. I smoke and my calf aches when I walk far, so I expect it's that.",
    answers: { screen_leg: ['cold_pale_leg'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'acute_limb_ischaemia',
    brief: '§g 1.2, §b RF2 [24]',
    alternatives: [
      {
        misreading: 'milder_option',
        why: "Having woken up with it, he cannot say it came on 'suddenly', and, blaming his circulation, he ticks foot pain at rest with poor leg circulation instead of the cold, blue foot.",
        answers: { screen_leg: ['rest_pain_sores'], screen_body: [], screen_medical: [], last_check: [] },
      },
    ],
  },
  {
    id: 'numb-when-wiping-bad-back',
    teller: 'self',
    age: 47,
    tags: ['understated'],
    story:
      "I've had a bad back for years and now I've got sciatica down both legs and cramps at night. The last day or so it feels a bit numb down below when I wipe, and I've had a couple of little leaks, which I put down to getting older. I really just want to know what to do about the cramps.",
    answers: { ...noWarningSigns, screen_body: ['saddle_numb', 'bladder_bowel'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'cauda_equina',
    brief: '§g 1.3, §b RF3 [27]',
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'He ticks the numbness when wiping but not new trouble controlling pee, as he puts the couple of little leaks down to getting older, not something new.',
        answers: { screen_body: ['saddle_numb'] },
      },
    ],
  },
  {
    id: 'both-legs-wobbly-after-lifting',
    teller: 'self',
    age: 39,
    story:
      "My back went three days ago when I lifted a wardrobe. Since this morning both my legs feel weak and wobbly, and I couldn't tell whether I needed a wee or not. My legs keep cramping as well.",
    answers: { ...noWarningSigns, screen_body: ['bladder_bowel', 'both_legs_weak'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'cauda_equina',
    brief: '§g 1.3, §b RF3 [27]',
    note: 'He ticks both the bladder sign (he could not tell whether he needed a wee) and both legs weak; with a back injury the picture is cauda equina.',
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'He ticks both legs weak but not the pee option, as not being able to tell whether he needed a wee does not sound to him like trouble controlling it.',
        answers: { screen_body: ['both_legs_weak'] },
      },
    ],
  },
  {
    id: 'cola-pee-after-boot-camp',
    teller: 'self',
    age: 34,
    tags: ['understated'],
    story:
      "I did my first spin class in years on Saturday and a boot camp on Sunday. My thighs are swollen and in agony, I can barely lift my legs, and my wee this morning was the colour of flat cola. Everyone at the gym says it's just stiffness from a hard session.",
    answers: { ...noWarningSigns, screen_body: ['both_legs_weak', 'dark_urine'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'rhabdomyolysis',
    brief: '§g 1.4, §b RF4, §c.4 [28]',
    note: 'Barely able to lift her legs since the weekend, she also ticks both legs weak; with dark pee after hard exercise the picture is muscle breakdown (§g 1.4).',
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'She ticks the dark pee but not both legs weak, taking her trouble lifting her legs for the stiffness everyone at the gym talks about rather than weakness.',
        answers: { screen_body: ['dark_urine'] },
      },
      {
        misreading: 'literal_now',
        why: "The cola-coloured wee was first thing this morning, so, reading 'now or in the last few hours' on the body page literally, she ticks only the weak legs.",
        answers: { screen_body: ['both_legs_weak'] },
      },
    ],
  },
  {
    id: 'dad-statin-doubled-tea-wee',
    teller: 'relative',
    age: 71,
    tags: ['medicines'],
    story:
      "My dad is 71 and his atorvastatin dose was doubled last month. He keeps saying his legs ache and cramp and he's weak getting off the sofa, and today his wee is dark brown like strong tea. He says not to fuss.",
    answers: { ...noWarningSigns, screen_body: ['dark_urine'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'rhabdomyolysis',
    brief: '§g 1.4, §b RF4 [28]',
    alternatives: [
      {
        misreading: 'milder_option',
        why: "As Dad plays his aches down, the relative does not count them as the 'bad muscle pain' of the dark-pee option and leaves it, then ticks severe muscle pain or weakness on a statin on the next page.",
        answers: { screen_body: [], screen_medical: ['statin_severe_pain'], last_check: [] },
      },
      {
        misreading: 'relative',
        why: "Reading the warning pages' 'you' as about themselves, the relative ticks nothing there, then, told on the age page to answer about the person, answers about Dad from there on and ticks his dark brown pee with muscle pain on the last check.",
        answers: {
          screen_body: [],
          age: 'age_16_plus',
          kind: ['cramp'],
          timing: 'night_rest',
          how_often: 'now_and_then',
          medicines: ['statin', 'new_medicine'],
          health: [],
          calcium_risk: [],
          pattern: [],
          leg_changes: ['wasting_twitching'],
          last_check: ['dark_urine'],
        },
      },
    ],
  },
  {
    id: 'son-tournament-dark-wee',
    teller: 'parent',
    age: 14,
    story:
      "My son is 14 and played five football matches in a tournament in the heat on Saturday. Since then his thighs are swollen and so sore he can hardly climb the stairs, and his wee has been dark brown. He says it's just stiffness.",
    answers: { ...noWarningSigns, screen_body: ['both_legs_weak', 'dark_urine'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'rhabdomyolysis',
    brief: '§g 1.4, §b RF4 [28]',
    note: 'The warning-sign pages come before the age question, so a child is screened like anyone else. Hardly able to climb the stairs since Saturday, he also ticks both legs weak; with dark pee after hard exercise in the heat the picture is muscle breakdown (§g 1.4).',
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'The parent ticks dark pee but not both legs weak, reading his trouble on the stairs as soreness and stiffness rather than weakness.',
        answers: { screen_body: ['dark_urine'] },
      },
      {
        misreading: 'relative',
        why: "Reading the warning pages' 'you' as about themselves, the parent ticks nothing there, then, told on the age page to answer about the child, answers about their son from there on and ticks his weak legs and dark brown pee on the last check.",
        answers: {
          screen_body: [],
          age: 'under_16',
          child_kind: 'child_other',
          child_signs: ['daytime_pain'],
          kind: [],
          medicines: [],
          health: [],
          calcium_risk: [],
          leg_changes: [],
          last_check: ['both_legs_weak', 'dark_urine'],
        },
      },
    ],
  },
  {
    id: 'roofer-muddled-in-heatwave',
    teller: 'partner',
    age: 45,
    story:
      "My husband's a roofer and it was 34 degrees today. He came home with cramps in both legs, then went all muddled, his skin is burning hot and he collapsed on the kitchen floor for a moment. He's sitting up now and says it's only cramp.",
    answers: { ...noWarningSigns, screen_body: ['heat_collapse'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'heat_stroke',
    brief: '§g 1.5, §b RF5 [30][29]',
    note: 'The heat-stroke signs are first-aid consensus in the brief (RF5).',
    alternatives: [
      {
        misreading: 'other_wording',
        why: "She also ticks fainting, reading his moment on the kitchen floor as passing out 'even for a moment' as well as a collapse in the heat.",
        answers: { screen_body: ['fainted', 'heat_collapse'] },
      },
      {
        misreading: 'relative',
        why: "Reading the warning pages' 'you' as about herself, she ticks nothing there, then, told on the age page to answer about the person, answers about her husband from there on and ticks very hot and confused in the heat on the last check.",
        answers: {
          screen_body: [],
          age: 'age_16_plus',
          kind: ['cramp'],
          timing: 'during_exercise',
          how_often: 'now_and_then',
          medicines: [],
          health: [],
          calcium_risk: [],
          pattern: ['heat_sweating'],
          leg_changes: [],
          last_check: ['heat_collapse'],
        },
      },
    ],
  },
  {
    id: 'claw-hands-after-thyroid-op',
    teller: 'self',
    age: 52,
    story:
      "I had my thyroid taken out four days ago. My lips and fingers have been tingling, and now both hands have gone stiff like claws and won't relax, my heart is racing and I can't catch my breath. The cramps in my legs started yesterday.",
    answers: { ...noWarningSigns, screen_body: ['breathless', 'locked_spasm'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'severe_low_calcium',
    brief: '§g 1.6, §b RF10, §d.2 [34]',
    note: 'Being short of breath, she also ticks new shortness of breath; the clinical picture is severe low calcium after neck surgery.',
    alternatives: [
      {
        misreading: 'other_wording',
        why: "She ticks the locked hands but not new shortness of breath, taking that option's 'with trouble breathing' to cover her breathing already.",
        answers: { screen_body: ['locked_spasm'] },
      },
    ],
  },
  {
    id: 'mum-fit-on-omeprazole',
    teller: 'relative',
    age: 78,
    tags: ['medicines', 'understated'],
    story:
      "Mum has been on omeprazole for about six years. She's had awful cramps and shaky hands for weeks, and this morning she had a fit in the kitchen, shaking all over for a minute. She's come round, says she's fine and doesn't want an ambulance.",
    answers: { ...noWarningSigns, screen_body: ['seizure'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'low_magnesium_ppi',
    brief: '§g 1.6, §b RF12 [35]',
    note: 'A seizure on a long-term PPI points to low magnesium (RF12: emergency if seizure); the brief does not name low calcium here.',
    alternatives: [
      {
        misreading: 'relative',
        why: 'Not having seen all of it, the relative is not sure it was a fit rather than a faint, and ticks fainting instead.',
        answers: { screen_body: ['fainted'] },
      },
      {
        misreading: 'literal_now',
        why: "The fit was this morning and Mum has come round, so, reading 'now or in the last few hours' literally, the relative leaves it and ticks only the spasms and shaking on omeprazole on the next page.",
        answers: { screen_body: [], screen_medical: ['ppi_palpitations'], last_check: [] },
      },
      {
        misreading: 'relative',
        why: "Reading the warning pages' 'you' as about herself, the daughter ticks nothing there; by the medicines page she is answering about Mum, and at the last check she ticks the fit (asked there since content 0.6.0).",
        answers: {
          screen_body: [],
          age: 'age_16_plus',
          kind: ['cramp'],
          timing: 'night_rest',
          how_often: 'regularly',
          ...noContributors,
          medicines: ['ppi_long_term'],
          last_check: ['seizure'],
        },
      },
    ],
  },
  {
    id: 'rusty-fence-stiff-jaw',
    teller: 'self',
    age: 61,
    tags: ['understated'],
    story:
      "I cut my hand on a rusty bit of fence about a week ago, and I can't remember my last tetanus jab. My calves and stomach keep going into spasms, and today my jaw feels stiff and it's hard to swallow. Probably just tension.",
    answers: { ...noWarningSigns, screen_body: ['jaw_stiff_wound'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'tetanus',
    brief: '§g 1.7, §b RF6 [4]',
    note: "Emergency for jaw stiffness or trouble swallowing is the brief's consensus escalation of the NHS 'possible tetanus = urgent' advice.",
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'He does not link a stiff jaw today with a cut on his hand a week ago, putting it down to tension, but ticks spasms after a dirty wound on the next page.',
        answers: { screen_body: [], screen_medical: ['dirty_wound'], last_check: [] },
      },
    ],
  },
  {
    id: 'quinine-nosebleed-pouring',
    teller: 'self',
    age: 80,
    tags: ['medicines'],
    story:
      "My doctor put me on quinine for night cramps years ago. My nose started bleeding two hours ago and it's still pouring through the towels, and I've got little purple spots all over my shins.",
    answers: { screen_leg: [], screen_body: [], screen_medical: ['quinine_heavy_bleeding', 'quinine_bruising'] },
    expected: 'emergency',
    acceptable: ['emergency'],
    cause: 'quinine_toxicity',
    brief: '§g 1.8, §b RF11, §d.5 [10]',
    alternatives: [
      {
        misreading: 'milder_option',
        why: 'Seeing nosebleeds named in the easy-bleeding option, she ticks that one for her nosebleed and spots rather than heavy bleeding that is hard to stop.',
        answers: { screen_medical: ['quinine_bruising'], last_check: [] },
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Urgent (§g level 2)
  // ---------------------------------------------------------------------------
  {
    id: 'calf-swollen-after-long-flight',
    teller: 'self',
    age: 52,
    story:
      "I flew back from Australia four days ago. Since then my right calf is swollen and warm, and it hurts more when I pull my foot up. I thought it was a cramp but stretching doesn't make it go.",
    answers: { screen_leg: ['calf_swollen'], screen_body: [], screen_medical: [], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent', 'emergency'],
    cause: 'dvt',
    brief: '§g 2.1, §b RF7 [23]; contested point 9',
    alternatives: [
      {
        misreading: 'milder_option',
        why: 'Still thinking it is a cramp that stretching will not shift, he ticks the long cramp rather than the swollen calf.',
        answers: { screen_leg: ['cramp_over_10_min'] },
      },
    ],
  },
  {
    id: 'pregnant-red-sore-calf',
    teller: 'self',
    age: 29,
    pregnancy: 'pregnant',
    story:
      "I'm 30 weeks pregnant and I get leg cramps most weeks, which the midwife said is normal. But since yesterday my left calf is red, a bit puffy and tender when I press it, and it aches even between the cramps. I can breathe fine.",
    answers: { screen_leg: ['calf_swollen'], screen_body: [], screen_medical: [], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent', 'emergency'],
    cause: 'dvt',
    brief: '§g 2.1, §b RF8, §c.2 [40][23]; contested point 9',
    alternatives: [
      {
        misreading: 'skips_option',
        why: "Her calf is only a bit puffy, not what she would call swollen, so she passes over the swollen-calf option at its first words, though 'red' comes later in it, and ticks the sore-calf one for a calf that is tender when pressed and aches between the cramps.",
        answers: { screen_leg: ['calf_sore'] },
      },
    ],
  },
  {
    id: 'knee-replacement-ache-never-goes',
    teller: 'self',
    age: 68,
    tags: ['understated'],
    story:
      "I had my knee replaced two weeks ago and I've mostly been on the sofa. There's a cramp-type ache in that calf that never quite goes away, even when I stretch, and it's tender if I press it. The physio said some aches are normal, so it's probably that.",
    answers: { screen_leg: ['calf_sore'], screen_body: [], screen_medical: [], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent', 'emergency'],
    cause: 'dvt',
    brief: '§g 2.1, §b RF7 [23]; contested point 9',
    note: 'Since content 0.5.0 the tender, constantly aching calf that is not swollen has its own option; before, he had to tick "One calf is swollen…" for its last words.',
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'He calls the ache that never quite goes a cramp, and ticks the cramp that would not let go as well as the sore calf.',
        answers: { screen_leg: ['calf_sore', 'cramp_over_10_min'] },
      },
    ],
  },
  {
    id: 'pill-long-drive-darker-calf',
    teller: 'self',
    age: 24,
    tags: ['medicines'],
    story:
      "I'm on the combined pill and I've just done a 12-hour drive to Scotland. My left calf feels tight, looks a bit darker than my right one and is sore when I touch it. Is this just a cramp from sitting?",
    answers: { screen_leg: ['calf_swollen'], screen_body: [], screen_medical: [], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent', 'emergency'],
    cause: 'dvt',
    brief: '§g 2.1, §b RF7 [23]; contested point 9',
    alternatives: [
      {
        misreading: 'skips_option',
        why: "Her calf is not swollen, so she passes over the swollen-calf option at its first words, though 'darker' comes later in it, and ticks the sore-calf one, as her calf is sore when she touches it.",
        answers: { screen_leg: ['calf_sore'] },
      },
    ],
  },
  {
    id: 'mum-chair-bound-fatter-calf',
    teller: 'relative',
    age: 84,
    tags: ['understated'],
    story:
      "Mum is 84 and has mostly stayed in her chair since her fall. Her right calf has got fatter than the left and feels warm, though she says it doesn't hurt much. She gets cramps at night too.",
    answers: { screen_leg: ['calf_swollen'], screen_body: [], screen_medical: [], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent', 'emergency'],
    cause: 'dvt',
    brief: '§g 2.1, §b RF7 [23]; contested point 9',
    // Near miss: the story fits the swollen-calf option word for word (fatter, warm). The honest
    // readings that leave it (the first word 'swollen' passed over for 'fatter', or the legs page
    // read as about the relative) end at self_care: the calf is not on the last check.
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'Mum says it does not hurt much, so it does hurt a little, and the relative ticks the sore-calf option as well as the swollen one for her fatter, warm calf.',
        answers: { screen_leg: ['calf_swollen', 'calf_sore'] },
      },
    ],
  },
  {
    id: 'cramp-twenty-five-minutes',
    teller: 'self',
    age: 57,
    story:
      "I woke at five with a cramp in my calf and it has gone on for about 25 minutes now. I've stretched it and walked round the kitchen and it's still rock solid. My usual ones go in a minute.",
    answers: { screen_leg: ['cramp_over_10_min'], screen_body: [], screen_medical: [], last_check: ['cramp_over_10_min'] },
    expected: 'urgent',
    acceptable: ['urgent', 'emergency'],
    cause: 'prolonged_cramp',
    brief: '§g 2.2, §b RF9 [4]; contested point 11',
    alternatives: [
      {
        misreading: 'other_wording',
        why: "Finding 'Stretching does not ease the ache' in the sore-calf option's hint, he ticks that option as well as the long cramp, his calf having hurt all the time for 25 minutes.",
        answers: { screen_leg: ['calf_sore', 'cramp_over_10_min'] },
      },
    ],
  },
  {
    id: 'daughter-foot-cramp-half-hour',
    teller: 'parent',
    age: 13,
    story:
      "My daughter is 13 and has had a cramp in her foot for over half an hour. We've tried stretching it and getting her to walk it off, but her toes are still curled and stuck. She had a big swimming gala yesterday.",
    // At the last check (since 0.7.0 after a same-day sign too), having ticked the long cramp already, they tick nothing more.
    answers: { screen_leg: ['cramp_over_10_min'], screen_body: [], screen_medical: [], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent', 'emergency'],
    cause: 'prolonged_cramp',
    brief: '§g 2.2, §b RF9 [4]; contested point 11',
    alternatives: [
      {
        misreading: 'relative',
        why: "Reading the legs page's 'you' as about themselves, the parent ticks nothing there; by the age page they are answering about her, and at the last check they tick the long cramp (asked there since content 0.6.0).",
        answers: {
          screen_leg: [],
          age: 'under_16',
          child_kind: 'child_cramp',
          timing: 'daytime',
          how_often: 'now_and_then',
          ...noContributors,
          last_check: ['cramp_over_10_min'],
        },
      },
      // Near miss: the story fits the long-cramp option word for word and no other.
      {
        misreading: 'other_wording',
        why: "Her curled toes are stuck stiff and will not relax, in the words of the hint to 'Hands or feet locked in spasm' on the body page, and, her heart racing after half an hour of pain, the parent ticks that as well as the long cramp.",
        answers: { screen_body: ['locked_spasm'] },
      },
    ],
  },
  {
    id: 'tingly-lips-after-parathyroid-op',
    teller: 'self',
    age: 63,
    story:
      'I had a parathyroid gland removed last week. Since yesterday my lips and fingertips have gone tingly and my calves keep cramping. My breathing and heartbeat feel normal.',
    answers: { screen_leg: [], screen_body: [], screen_medical: ['tingling_mouth'], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent'],
    cause: 'low_calcium',
    brief: '§g 2.3, §b RF10, §d.2 [34]',
    alternatives: [
      {
        misreading: 'skips_option',
        why: "Reading the third warning page as about medicines and wounds, she leaves it at 'None of these'; on the calcium page she ticks her recent neck operation and the tingling in her lips and fingertips (a rule for the two together since content 0.6.0).",
        answers: {
          screen_medical: [],
          age: 'age_16_plus',
          kind: ['cramp'],
          timing: 'night_rest',
          how_often: 'now_and_then',
          ...noContributorsBeforeLastCheck,
          calcium_risk: ['neck_surgery', 'tingling_comes_goes'],
        },
      },
      // Near miss: the tingling option as the case ticks it, plus a long cramp read into cramps that keep coming back.
      {
        misreading: 'other_wording',
        why: 'Her calves have kept cramping since yesterday, and, taking cramps that keep coming back for a cramp that will not let go, she ticks the long cramp on the legs page as well as the tingling.',
        answers: { screen_leg: ['cramp_over_10_min'] },
      },
    ],
  },
  {
    id: 'quinine-bruises-ringing-ears',
    teller: 'self',
    age: 77,
    tags: ['medicines'],
    story:
      "I've taken quinine for my cramps for about two years. Lately I bruise if anything touches me, my gums bleed when I brush, and there's a ringing in my ears. No heavy bleeding, it's just a nuisance.",
    answers: { screen_leg: [], screen_body: [], screen_medical: ['quinine_bruising', 'quinine_hearing_sight'], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent'],
    cause: 'quinine_toxicity',
    brief: '§g 2.4, §b RF11, §d.5 [10][11]',
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'She ticks the bruising and bleeding gums but not the ringing, which she puts down to her age rather than to the quinine.',
        answers: { screen_medical: ['quinine_bruising'] },
      },
    ],
  },
  {
    id: 'omeprazole-spasms-racing-heart',
    teller: 'self',
    age: 66,
    tags: ['medicines'],
    story:
      "I've taken omeprazole every day for about five years for reflux. This week my legs and hands keep going into little spasms, my hands tremble and my heart keeps racing for no reason.",
    answers: { screen_leg: [], screen_body: [], screen_medical: ['ppi_palpitations'], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent', 'emergency'],
    cause: 'low_magnesium_ppi',
    brief: '§g 2.5, §b RF12 [35]; contested point 10',
    note: 'FDA advises immediate care; the brief proposes urgent, so emergency is accepted as the safer level.',
    alternatives: [
      {
        misreading: 'other_wording',
        why: "Reading 'hands or feet ... in spasm, with ... a racing heart', this reader ticks the locked-spasm option on the body page for the hand spasms and racing heart.",
        answers: { screen_body: ['locked_spasm'] },
      },
    ],
  },
  {
    id: 'poor-circulation-foot-hurts-in-bed',
    teller: 'self',
    age: 72,
    story:
      "I've had poor circulation in my legs for years and can only walk to the end of the road. Now my foot hurts every night in bed, so I sleep in the chair with my leg hanging down. There's a sore on my big toe that won't heal.",
    answers: { screen_leg: ['rest_pain_sores'], screen_body: [], screen_medical: [], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent'],
    cause: 'severe_limb_ischaemia',
    brief: '§g 2.6, §b RF13 [25][24]',
    // Near miss: the story fits the poor-circulation option word for word (its hint names the
    // leg hung down at night), and no other option; no honest reading leaves it.
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'Taking the pain that keeps him out of bed for a cramp, he also ticks the cramp that lasted more than 10 minutes and would not let go, as only hanging his leg down eases it.',
        answers: { screen_leg: ['rest_pain_sores', 'cramp_over_10_min'] },
      },
    ],
  },
  {
    id: 'foot-slapping-shooting-leg-pain',
    teller: 'self',
    age: 44,
    story:
      "My back has been playing up and there's a pain shooting down my left leg. Over the last two days that foot has started slapping down when I walk and I keep catching my toes. Everything down below feels normal.",
    answers: { screen_leg: ['one_leg_weak'], screen_body: [], screen_medical: [], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent'],
    cause: 'nerve_root_compression',
    brief: '§g 2.7 [27]',
    // Near miss: the weak-leg option now starts with a foot that drags, slaps down or catches, so
    // the story fits it word for word; no honest reading leaves it.
    alternatives: [
      {
        misreading: 'other_wording',
        why: "The pain shooting down his left leg into the calf is there all the time and stretching does not ease it, so he also ticks the sore-calf option's 'aches all the time'.",
        answers: { screen_leg: ['one_leg_weak', 'calf_sore'] },
      },
    ],
    note: 'Urgent for one-leg weakness with back or shooting pain is consensus in the brief (g2.7).',
  },
  {
    id: 'new-statin-cannot-get-up',
    teller: 'self',
    age: 59,
    tags: ['medicines'],
    story:
      "I started a statin two months ago. For the past week my thighs and shoulders have ached badly and I struggle to get up from a chair, and I haven't done anything to bring it on. My wee looks normal.",
    answers: { screen_leg: [], screen_body: [], screen_medical: ['statin_severe_pain'], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent'],
    cause: 'statin_muscle',
    brief: '§g 2.8 [28]',
    note: 'Some clinicians would accept see_doctor within 1–2 days (g2.8); a less urgent level is never accepted here, so urgent stands.',
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'Struggling to get up from a chair, he ticks both legs weak on the body page, whose hint names not being able to stand up as usual.',
        answers: { screen_body: ['both_legs_weak'] },
      },
    ],
  },
  {
    id: 'garden-fork-through-shoe',
    teller: 'self',
    age: 50,
    story:
      "I stood on a garden fork last week and it went through my shoe into my foot. Now I'm getting cramps and twitchy spasms in that leg. My jaw is fine and I can swallow, but I doubt my tetanus jabs are up to date.",
    answers: { screen_leg: [], screen_body: [], screen_medical: ['dirty_wound'], last_check: [] },
    expected: 'urgent',
    acceptable: ['urgent'],
    cause: 'tetanus',
    brief: '§b RF6 [4]',
    // Near miss: the medicines page now asks about signs 'since a recent wound', so a wound last
    // week fits the dirty-wound option word for word. A reader who thinks the shoe kept the soil
    // out leaves it and ends below urgent (nothing on the last check fits).
    alternatives: [
      {
        misreading: 'other_wording',
        why: 'Taking the cramps and twitchy spasms that keep coming in that leg for a cramp that will not let go, he ticks the long cramp on the legs page as well as the dirty wound.',
        answers: { screen_leg: ['cramp_over_10_min'] },
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // See a doctor (§g level 3, §f)
  // ---------------------------------------------------------------------------
  {
    id: 'new-water-tablet-cramps',
    teller: 'self',
    age: 64,
    tags: ['medicines'],
    story:
      "My doctor started me on bendroflumethiazide for blood pressure about two months ago. Since then I've been woken by calf cramps three or four nights a week. They go if I stand on the cold floor.",
    answers: {
      ...adult,
      kind: ['cramp'],
      timing: 'night_rest',
      how_often: 'regularly',
      ...noContributors,
      medicines: ['diuretic', 'new_medicine'],
    },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'medicine_effect',
    brief: '§f, §c.1 [15]',
  },
  {
    id: 'four-medicines-daughter-blames-tablets',
    teller: 'self',
    age: 76,
    tags: ['medicines'],
    story:
      "I'm 76 and take a water tablet, a statin, omeprazole for the last few years, and since last spring a purple inhaler for my chest with salmeterol in it. The cramps in my calves and feet started not long after the inhaler, a couple of times a week. My daughter says it's all the tablets.",
    answers: {
      ...adult,
      kind: ['cramp'],
      timing: 'night_rest',
      how_often: 'regularly',
      ...noContributors,
      medicines: ['diuretic', 'statin', 'laba_inhaler', 'ppi_long_term', 'new_medicine'],
    },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'medicine_effect',
    brief: '§f, §c.1 [15][35]',
  },
  {
    id: 'formoterol-inhaler-foot-cramps',
    teller: 'self',
    age: 55,
    tags: ['medicines'],
    story:
      "About six weeks ago the asthma nurse switched me to a combination inhaler with formoterol in it. Since then my feet cramp at night much more often. My breathing is loads better though.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, medicines: ['laba_inhaler', 'new_medicine'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'medicine_effect',
    brief: '§f, §c.1 [15]',
  },
  {
    id: 'raloxifene-leaflet-mentions-cramps',
    teller: 'self',
    age: 62,
    tags: ['medicines'],
    story:
      "I was put on raloxifene for my bones in the spring. Now my calves cramp in bed most weeks, and the leaflet in the box mentions leg cramps.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'regularly', ...noContributors, medicines: ['other_linked_medicine', 'new_medicine'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'medicine_effect',
    brief: '§f, §c.1 [1]',
  },
  {
    id: 'fizzy-legs-in-front-of-telly',
    teller: 'self',
    age: 49,
    story:
      "Every evening when I sit down to watch TV my legs go fizzy and crawly and I just have to get up and walk about. Walking helps, but it comes back as soon as I lie down. There's no hard knot like a cramp.",
    answers: { ...adult, kind: ['urge_to_move'], ...noContributors },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'restless_legs',
    brief: '§a.2, §f [20]',
  },
  {
    id: 'wife-says-he-kicks-all-night',
    teller: 'partner',
    age: 60,
    story:
      "My husband doesn't believe me, but his legs kick over and over all night, every half a minute or so, and I've moved to the spare room. He says he sleeps fine, yet he nods off at his desk every afternoon.",
    answers: { ...adult, kind: ['partner_kicks'], ...noContributors },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'plmd',
    brief: '§a.2, §f [21]',
  },
  {
    id: 'smoker-calf-cramps-on-way-to-shops',
    teller: 'self',
    age: 67,
    story:
      "I've smoked for 40 years. When I walk to the shops my right calf starts cramping after about 200 yards, and if I stop and stand for a couple of minutes it goes. Then it comes back at the same spot.",
    answers: { ...adult, kind: ['walking_pain'], walking_relief: 'stand_still', ...noContributors },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'pad',
    brief: '§a.2, §f [25]',
  },
  {
    id: 'leans-on-shopping-trolley',
    teller: 'self',
    age: 73,
    story:
      "After about ten minutes on my feet my legs go heavy, tingly and crampy. Standing still doesn't help, I have to sit down or lean on the shopping trolley and then it's fine. I've had a stiff lower back for years.",
    answers: { ...adult, kind: ['walking_pain'], walking_relief: 'sit_or_bend', ...noContributors },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'spinal_stenosis',
    brief: '§a.2, §f [26][1]',
  },
  {
    id: 'night-cramps-and-calf-ache-uphill',
    teller: 'self',
    age: 64,
    story:
      "I've had cramps in my calves at night for years; I stand on the cold floor and they ease off. What's new since the summer is that walking up the hill to the allotment my left calf aches so much I have to stop, and after a minute or two of standing it's gone. On the flat I'm fine.",
    answers: { ...adult, kind: ['cramp', 'walking_pain'], walking_relief: 'stand_still', timing: 'night_rest', how_often: 'now_and_then', ...noContributors },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'pad',
    brief: '§a.2, §f [25][19]',
    note: 'Two kinds of leg trouble at once (issue 15): until content 0.4.0 the kind page took one answer, and choosing the cramps left the walking pain unasked and the result self-care.',
  },
  {
    id: 'cramps-and-restless-legs-in-bed',
    teller: 'self',
    age: 57,
    story:
      "Two things, really. Some nights my calf goes rock hard and I have to pull my toes up to make it let go. And most evenings, once I'm lying down, my legs feel jittery and I can't keep them still until I get up and pace about.",
    answers: { ...adult, kind: ['cramp', 'urge_to_move'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'restless_legs',
    brief: '§a.2, §f [20][19]',
    note: 'Cramps and restless legs together: both are named, restless legs first because it is the one a doctor should see (iron check).',
  },
  {
    id: 'slipped-disc-pain-shoots-when-walking',
    teller: 'self',
    age: 42,
    story:
      "Whenever I've been walking round town for a while, a pain shoots from my lower back through my buttock and down to my left calf, where it cramps up. I had a slipped disc a few years ago. My leg isn't weak and everything down below is normal.",
    answers: { ...adult, kind: ['walking_pain'], walking_relief: 'shoots_from_back', ...noContributors },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'sciatica',
    brief: '§a.2 [26][27]',
    note: 'The brief lists sciatica as a look-alike but names no level for it without red flags; see_doctor is the safer choice.',
  },
  {
    id: 'electric-shock-down-leg-in-bed',
    teller: 'self',
    age: 51,
    story:
      "A pain shoots from my right buttock down the back of my leg to the calf, like an electric shock. It's worst after I've sat for a long time or when I'm lying in bed, and walking doesn't really bring it on. My leg isn't weak and nothing's changed down below.",
    answers: { ...adult, kind: ['shooting_pain'], ...noContributors },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'sciatica',
    brief: '§a.2 [26][27]',
    note: 'Sciatica not brought on by walking: until content 0.4.0 no option on the kind page fitted and it ended as "not sure" (unclear leg symptoms); it now has its own answer. The brief names no level for sciatica without red flags; see_doctor is the safer choice.',
  },
  {
    id: 'diabetic-feet-burn-at-night',
    teller: 'self',
    age: 63,
    story:
      "I've had type 2 diabetes for 15 years. At night both my feet burn and tingle like pins and needles, and sometimes they feel numb, like cotton wool. I get the odd calf cramp too.",
    answers: { ...adult, kind: ['burning_feet'], ...noContributors, health: ['diabetes'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'neuropathy',
    brief: '§a.2, §f [42]',
  },
  {
    id: 'tired-cold-gaining-weight',
    teller: 'self',
    age: 46,
    story:
      "I'm exhausted all the time, I'm always cold when everyone else is warm, and I've put on a stone without eating any more. My calves cramp at night and my muscles feel stiff in the mornings. My mum had thyroid trouble.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, health: ['thyroid'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'thyroid',
    brief: '§f, §c.3 [33]',
  },
  {
    id: 'cirrhosis-spironolactone-detox-advice',
    teller: 'self',
    age: 58,
    tags: ['medicines'],
    story:
      "I have cirrhosis and I'm on spironolactone for the fluid in my tummy. The cramps in my calves and fingers at night are horrendous, several times a week, and they wake me every time. A friend says I should do a liver detox.",
    answers: {
      ...adult,
      kind: ['cramp'],
      timing: 'night_rest',
      how_often: 'regularly',
      ...noContributors,
      medicines: ['diuretic'],
      health: ['cirrhosis'],
    },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'cirrhosis_cramps',
    brief: '§f, §c.3 [31]; wrong claim 2 [39]',
    note: 'Cramps in cirrhosis are linked to the liver disease itself, independent of diuretic use [31], so cirrhosis is the cause to name first; the water tablet is a contributor to review.',
  },
  {
    id: 'sober-now-liver-scarred',
    teller: 'self',
    age: 61,
    story:
      "My liver specialist says my liver is scarred from years of drinking, though I've been sober for two years. A few nights a week my calves knot up hard and I have to stand on them to get them to go.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'regularly', ...noContributors, health: ['cirrhosis'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'cirrhosis_cramps',
    brief: '§f, §c.3 [31]',
  },
  {
    id: 'dialysis-cramps-end-of-session',
    teller: 'self',
    age: 69,
    story:
      'I have haemodialysis three times a week. My calves cramp near the end of most sessions and sometimes that night as well. The nurses slow the machine down when it happens.',
    answers: { ...adult, kind: ['cramp'], timing: 'during_dialysis', how_often: 'regularly', ...noContributors, health: ['kidney_disease'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'kidney_cramps',
    brief: '§f, §c.3 [32]',
  },
  {
    id: 'lansoprazole-four-years',
    teller: 'self',
    age: 57,
    tags: ['medicines'],
    story:
      "I've taken lansoprazole every day for about four years for heartburn. I've started getting calf cramps at night, maybe once a week. My heartbeat is normal and I'm not shaky.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, medicines: ['ppi_long_term'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'ppi_magnesium',
    brief: '§f, §c.1 [35]; contested point 10',
  },
  {
    id: 'quinine-every-night-for-ten-years',
    teller: 'self',
    age: 82,
    tags: ['medicines'],
    story:
      "My old doctor prescribed quinine for night cramps about ten years ago and I still take one every night. I've had no bruising or bleeding or anything like that. The new pharmacist raised her eyebrows at it.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, medicines: ['quinine'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'quinine_use',
    brief: '§f, §d.5 [11][10]',
  },
  {
    id: 'coeliac-bowel-op-is-it-calcium',
    teller: 'self',
    age: 45,
    story:
      "I have coeliac disease and had part of my bowel removed years ago, so I don't absorb things well. I'm getting cramps in my feet and calves, and I wondered whether it's my calcium. No tingling anywhere.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, calcium_risk: ['poor_absorption'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'low_calcium_risk',
    brief: '§d.2, §f, calcium routing [34]',
  },
  {
    id: 'low-vitamin-d-fingers-tingle-sometimes',
    teller: 'self',
    age: 38,
    story:
      "A blood test last winter said my vitamin D was very low, and I never finished the tablets. I cover up and rarely get outside. I get calf cramps, and every so often my fingertips tingle for a bit, but not at the moment.",
    answers: {
      ...adult,
      kind: ['cramp'],
      timing: 'night_rest',
      how_often: 'now_and_then',
      ...noContributors,
      calcium_risk: ['parathyroid_vitamin_d', 'tingling_comes_goes'],
    },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'low_calcium_risk',
    brief: '§d.2, §f, calcium routing [34]',
  },
  {
    id: 'cramps-almost-every-night-shattered',
    teller: 'self',
    age: 70,
    story:
      "For the last few months I've had calf cramps almost every night, sometimes two or three a night, and I'm shattered. Stretching gets rid of each one and my legs are normal in the day.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'regularly', ...noContributors },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'sleep_disruption',
    brief: '§f, §g level 3 [4][3]',
  },
  {
    id: 'calves-twitch-like-worms',
    teller: 'self',
    age: 56,
    story:
      "Over the last three months my calf muscles twitch all the time, like something wriggling under the skin, and my right calf looks thinner than the left. The cramps are more frequent, and that foot feels weaker on the stairs.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, leg_changes: ['wasting_twitching'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'nerve_or_muscle_disease',
    brief: '§f, §c.3 [3][4]',
  },
  {
    id: 'ankles-puff-up-shins-numb',
    teller: 'self',
    age: 71,
    story:
      "For a couple of months both my ankles and lower legs have been puffed up by the evening, and my shins feel a bit numb. The cramps at night have been getting more frequent.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, leg_changes: ['both_legs_numb_swollen'] },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'leg_numbness_swelling',
    brief: '§f, §b amber signs [4][3]',
  },
  {
    id: 'legs-feel-odd-cannot-describe',
    teller: 'self',
    age: 53,
    story:
      "It's hard to describe. My legs ache and feel odd in bed, not exactly a cramp and not exactly restless either. It's been going on for a month or so.",
    answers: { ...adult, kind: [], ...noContributors },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'unclear_leg_symptoms',
    brief: '§a.2',
    note: 'The brief is silent on symptoms that fit no pattern; see_doctor is the safer choice.',
  },
  {
    id: 'son-six-limping-left-leg',
    teller: 'parent',
    age: 6,
    story:
      "My son is 6 and has complained of pain in his left leg for a week, even during the day at school. This morning he was limping. He hasn't had a fall that we know of.",
    answers: {
      ...noWarningSigns,
      age: 'under_16',
      child_kind: 'child_other',
      child_signs: ['one_side', 'daytime_pain', 'limp'],
      child_pattern: ['one_side', 'daytime_pain', 'limp'],
      kind: [],
      ...noContributors,
    },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'child_needs_check',
    brief: '§a.2, §f [43]',
    note: 'Pain in one leg in the day with a limp is neither a cramp nor an ache in both legs in the evening, so the parent answers something else, then none of these on the adult kind page.',
  },
  {
    id: 'daughter-nine-fever-knee-hurts',
    teller: 'parent',
    age: 9,
    story:
      "My daughter is 9 and the doctor once called her aching legs at night growing pains. This time she's had a temperature since yesterday, she feels rotten, and her knee hurts during the day as well.",
    answers: {
      ...noWarningSigns,
      age: 'under_16',
      child_kind: 'child_ache',
      child_pattern: ['daytime_pain', 'unwell'],
      kind: [],
      ...noContributors,
    },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'child_needs_check',
    brief: '§a.2, §f [43]',
    note: 'Her leg trouble is the evening aches a doctor called growing pains, so the parent answers an ache; the growing-pains page then catches the fever and the daytime pain.',
  },
  {
    id: 'daughter-eleven-wriggly-legs-bedtime',
    teller: 'parent',
    age: 11,
    story:
      "My 11-year-old says her legs feel fizzy and wriggly at bedtime and she can't keep them still. She gets up and walks round her room, which helps, then it starts again when she lies down. It's both legs, only in the evening, and she's fine in the day.",
    answers: {
      ...noWarningSigns,
      age: 'under_16',
      child_kind: 'child_other',
      child_signs: [],
      child_pattern: [],
      kind: ['urge_to_move'],
      ...noContributors,
    },
    expected: 'see_doctor',
    acceptable: ['see_doctor'],
    cause: 'restless_legs',
    brief: '§a.2, §f [20][43]',
    note: 'The brief gives the restless-legs criteria and its see_doctor advice without an age limit, and does not discuss restless legs in children; see_doctor is the safer reading. Fizzy, wriggly legs are neither a hard knot nor an ache, so the parent answers something else, then the urge to move on the kind page.',
  },

  // ---------------------------------------------------------------------------
  // Self-care (§g level 4)
  // ---------------------------------------------------------------------------
  {
    id: 'calf-rock-hard-twice-a-month',
    teller: 'self',
    age: 67,
    story:
      "Maybe twice a month I wake up with my calf gone rock hard and it really hurts. I stand up and pull my toes back and it goes in a minute or two. In between, my legs are completely normal.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'night_cramp',
    brief: '§a.1, §g level 4 [19][17][4]',
  },
  {
    id: 'read-it-is-calcium-scared',
    teller: 'self',
    age: 41,
    tags: ['overstated'],
    story:
      "I read online that night cramps mean calcium deficiency and now I'm scared my bones are crumbling. I get a cramp in my foot every week or two and it goes when I flex my foot. I've bought calcium tablets but haven't started them.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, calcium_risk: ['taking_calcium'] },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'night_cramp',
    brief: '§g level 4, §d.1, §d.3, calcium routing [1][36]',
  },
  {
    id: 'screamed-sure-it-is-a-clot',
    teller: 'self',
    age: 36,
    tags: ['overstated'],
    story:
      "I'm convinced I've got a blood clot because my calf cramped so badly last night I screamed. It let go once I stood up and stretched, and today both calves look exactly the same, no swelling or redness, just a bit stiff when I walk. My friend had a DVT so I panic.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'night_cramp',
    brief: '§a.1, §g level 4 [19][4]',
  },
  {
    id: 'gym-man-says-lactic-acid-detox',
    teller: 'self',
    age: 29,
    tags: ['overstated'],
    story:
      "A man at the gym told me my night cramps are lactic acid building up and I need a detox. I get one every few weeks in my calf and it lasts under a minute. Is something wrong with me?",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'night_cramp',
    brief: '§g level 4; wrong claims 2 and 4 [1][18][39]',
  },
  {
    id: 'magnesium-spray-no-better',
    teller: 'self',
    age: 72,
    story:
      "I've tried magnesium spray and a banana every night and I still get a calf cramp every week or so. It's a hard knot that goes when I stand on the floor. I'm 72 and otherwise well.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'night_cramp',
    brief: '§g level 4, §d.4 [6]',
  },
  {
    id: 'seventeen-foot-arch-cramp',
    teller: 'self',
    age: 17,
    story:
      "I'm 17 and sometimes get a cramp in my foot in bed, where the arch goes tight and my toes curl under. I flex my foot and walk about and it goes. My mum told me to check it.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'night_cramp',
    brief: '§a.1, §g level 4 [19][1]',
  },
  {
    id: 'marathon-training-twenty-miles',
    teller: 'self',
    age: 38,
    story:
      "I upped my running to 20 miles this week for marathon training. Two nights in a row my calf cramped in bed, hard as a stone, and it went when I stretched it. No other problems and my wee is normal.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, pattern: ['hard_exercise'] },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'exercise_cramps',
    brief: '§c.4, §e.2, §g level 4 [18][29]',
  },
  {
    id: 'bricklayer-heatwave-sweating',
    teller: 'self',
    age: 33,
    story:
      "I'm a bricklayer, and in this heatwave I've been sweating buckets all day. I get cramps in my calves and thighs in the evening and at night. I feel fine otherwise, no dizziness or confusion.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, pattern: ['heat_sweating'] },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'heat_cramps',
    brief: '§c.4, §g level 4 [30][29]; contested point 7',
  },
  {
    id: 'front-sleeper-tight-sheets',
    teller: 'self',
    age: 44,
    story:
      "I sleep on my front with the sheets tucked in tight, and a few times a month my calf cramps up just as I wake. Pulling my toes up stops it.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, pattern: ['toes_pointed'] },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'foot_position',
    brief: '§c.5, §e.2, §g level 4 [32][18][49]',
  },
  {
    id: 'till-shifts-twelve-hours',
    teller: 'self',
    age: 48,
    story:
      "I work 12-hour shifts on my feet at a supermarket till, and on those nights my calves often cramp in bed. On my days off it hardly happens. A stretch sorts it out.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, pattern: ['long_sitting_standing'] },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'long_sitting_standing',
    brief: '§c.5, §e.2, §g level 4 [4][50]',
    note: 'Long standing as a trigger is consensus only in the brief (ref [50]).',
  },
  {
    id: 'pregnant-partner-pushes-foot-up',
    teller: 'self',
    age: 27,
    pregnancy: 'pregnant',
    story:
      "I'm 28 weeks pregnant with my first. About once a week my calf cramps in the night and my partner has to push my foot up, then it goes. My calves look normal, no swelling or redness.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, health: ['pregnant'] },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'pregnancy_cramps',
    brief: '§c.2, §g level 4, §f [40][8]',
  },
  {
    id: 'pregnant-auntie-says-baby-takes-calcium',
    teller: 'self',
    age: 32,
    pregnancy: 'pregnant',
    tags: ['overstated'],
    story:
      "I'm 24 weeks pregnant and my auntie says my leg cramps mean the baby is taking all my calcium. The cramps come every week or so in my feet and go when I stretch. Should I buy calcium tablets?",
    answers: {
      ...adult,
      kind: ['cramp'],
      timing: 'night_rest',
      how_often: 'now_and_then',
      ...noContributors,
      health: ['pregnant'],
      calcium_risk: ['taking_calcium'],
    },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'pregnancy_cramps',
    brief: '§c.2, §d.1, §g level 4, calcium routing [8][9][40]',
  },
  {
    id: 'baby-four-weeks-odd-cramp',
    teller: 'self',
    age: 30,
    pregnancy: 'after_birth',
    story:
      "My baby is four weeks old. I had cramps all through pregnancy and I still get the odd calf cramp at night, maybe once a week, which goes when I stretch. Both legs look the same and nothing is swollen.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, health: ['pregnant'] },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'pregnancy_cramps',
    brief: '§c.2, §g level 4 [40][4]',
    note: 'The brief says pregnancy cramps are expected to settle after birth and is otherwise silent on the weeks after it; with typical features and no level 1–3 sign, §g gives self_care.',
  },
  {
    id: 'jolt-like-missing-a-step',
    teller: 'self',
    age: 26,
    story:
      "Just as I'm dropping off, my leg jerks and I wake with a jump, like missing a step. It's one big jolt and it doesn't hurt. It happens more when I've had lots of coffee.",
    answers: { ...adult, kind: ['sleep_start'], ...noContributors },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'sleep_starts',
    brief: '§a.2, §g level 4 [22]',
  },
  {
    id: 'diabetes-ordinary-cramps',
    teller: 'self',
    age: 59,
    story:
      "I've got diabetes and take metformin. A few times a month I get a proper calf cramp at night, the muscle goes hard and I stand up to get rid of it. My feet are fine, no burning or numbness.",
    answers: { ...adult, kind: ['cramp'], timing: 'night_rest', how_often: 'now_and_then', ...noContributors, health: ['diabetes'] },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'night_cramp',
    brief: '§g level 3 and 4, §f, §c.3 [41][42]',
    note: "The brief's level 3 and §f name diabetes only with burning or numb feet; diabetes alone is a low-evidence association (§c.3). The machine's diabetes answer gives see_doctor (mention at the diabetes review): for the clinicians to decide.",
  },
  {
    id: 'son-seven-legs-ache-evenings',
    teller: 'parent',
    age: 7,
    story:
      "My son is 7 and a couple of evenings a week he says both his legs ache, behind the knees and in his shins. We rub them and he goes off to sleep, and in the morning he's running about as normal. He's never limped and he's well in himself.",
    answers: {
      ...noWarningSigns,
      age: 'under_16',
      child_kind: 'child_ache',
      child_pattern: [],
      kind: [],
      ...noContributors,
    },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'growing_pains',
    brief: '§a.2, §g level 4 [43]; contested point 12',
  },
  {
    id: 'fifteen-academy-footballer-calf-knot',
    teller: 'self',
    age: 15,
    story:
      "I'm 15 and play for a football academy. After a double training session yesterday I woke up in the night with my right calf locked in a rock-hard knot. I stretched it out and it was gone in a minute, and today I'm fine.",
    answers: {
      ...noWarningSigns,
      age: 'under_16',
      child_kind: 'child_cramp',
      timing: 'night_rest',
      how_often: 'now_and_then',
      child_pattern: ['one_side'],
      kind: ['cramp'],
      ...noContributors,
      pattern: ['hard_exercise'],
    },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'exercise_cramps',
    brief: '§a.1, §c.4, §g level 4 [19][18][29]',
    note: 'A classic exercise-related night cramp in one calf, once, after harder training than usual. A cramp is a cramp at any age, so he answers the cramp pages (were he asked the growing-pains page, a cramp in one calf would honestly read as pain in one leg only).',
  },
  {
    id: 'daughter-thirteen-swimmer-calf-or-foot',
    teller: 'parent',
    age: 13,
    story:
      "My daughter is 13 and swims five mornings a week. Every so often she wakes at night with one calf or the other gone into a hard cramp, sometimes a foot, and it goes when she pulls her toes up. She's fine in the day.",
    answers: {
      ...noWarningSigns,
      age: 'under_16',
      child_kind: 'child_cramp',
      timing: 'night_rest',
      how_often: 'now_and_then',
      child_pattern: [],
      kind: ['cramp'],
      ...noContributors,
    },
    expected: 'self_care',
    acceptable: ['self_care'],
    cause: 'night_cramp',
    brief: '§a.1, §g level 4 [19][1]',
    note: 'Typical night cramps in a child (about 7 % of children get them [1]); her usual training is not harder than usual, so exercise is not ticked.',
  },
];
