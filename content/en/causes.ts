import type { CauseId } from '../ids';
import type { CauseContent } from '../types';

/**
 * English words for the likely causes a result can name (evidence brief §a, §b, §c, §g).
 * Their evidence labels, sources and reviewer notes are in content/clinical/causes.ts.
 */
export const causes: Record<CauseId, CauseContent> = {
  // ——— Emergencies (brief §b, §g level 1) ———
  pulmonary_embolism: {
    name: 'Possible blood clot in the lung',
    term: 'pulmonary embolism',
    summary: 'A blood clot in a leg vein can break off and travel to the lungs.',
    explanation:
      'Chest pain or breathlessness, especially with a swollen or painful calf, can be a sign of this. It needs emergency treatment, so get help now.',
  },
  acute_limb_ischaemia: {
    name: 'Possible blocked artery in the leg',
    term: 'acute limb ischaemia',
    summary: 'An artery can suddenly get blocked, cutting off the blood to the leg.',
    explanation:
      'Sudden bad pain with a leg or foot that is cold, pale or blue, numb, or hard to move is a warning sign. It needs hospital treatment straight away.',
  },
  cauda_equina: {
    name: 'Possible pressure on the nerves at the bottom of the spine',
    term: 'cauda equina syndrome',
    summary: 'Numbness between your legs, new trouble peeing or pooing, or weakness in both legs can mean the nerves at the bottom of your spine are squashed.',
    explanation:
      'These nerves serve your legs, bladder, bowel and the skin between your legs. This needs emergency care.',
  },
  rhabdomyolysis: {
    name: 'Possible muscle breakdown',
    term: 'rhabdomyolysis',
    summary: 'Muscle can break down after very hard or unusual exercise, heat, a fall, or sometimes with statin medicines.',
    explanation:
      'Pee that turns dark brown, like tea or cola, with muscle pain or weakness is a warning sign. It needs emergency tests and treatment.',
  },
  heat_stroke: {
    name: 'Possible heat stroke',
    summary: 'Getting too hot, in hot weather, a hot room, or from hard work or exercise in the heat, can lead on to heat exhaustion and heat stroke.',
    explanation:
      'Confusion, very hot skin or collapsing are warning signs. This is an emergency.',
  },
  severe_low_calcium: {
    name: 'Possible very low blood calcium',
    term: 'severe hypocalcaemia',
    summary: 'When blood calcium drops very low, hands or feet can lock in spasm, and breathing or the heartbeat can be affected.',
    explanation:
      'It is most likely in the days after thyroid or parathyroid (neck) surgery. It needs emergency treatment.',
  },
  tetanus: {
    name: 'Possible tetanus',
    summary: 'Tetanus is a rare but serious infection that can get in through a wound, especially one dirty with soil.',
    explanation:
      'It causes muscle spasms and is more likely if your tetanus jabs are not up to date. A doctor needs to see you today; a stiff jaw or trouble swallowing makes it an emergency.',
  },
  fainting: {
    name: 'Fainting or passing out',
    summary: 'Fainting along with cramps or a painful leg can have a serious cause, such as a blood clot in the lung, or a reaction to a medicine such as quinine.',
    explanation: 'Doctors need to find out why straight away, so this is an emergency.',
  },
  quinine_toxicity: {
    name: 'Possible serious reaction to quinine',
    summary: 'Quinine can rarely cause serious harm, such as bleeding, kidney damage, an uneven heartbeat, or changes in hearing or sight.',
    explanation:
      'You told us about signs that could mean this. Contact a doctor today; heavy bleeding or fainting is an emergency.',
  },

  // ——— Same-day problems (brief §b, §g level 2) ———
  dvt: {
    name: 'Possible blood clot in the leg',
    term: 'DVT',
    summary: 'A blood clot can form in a deep vein, usually in one calf.',
    explanation:
      'A calf that is swollen, warm, red or darker, or an ache that stays between cramps and doesn’t ease with stretching, can be a sign. It needs checking today, because a clot can travel to the lungs.',
  },
  prolonged_cramp: {
    name: 'A cramp that won’t let go',
    summary: 'An ordinary cramp eases within about 10 minutes, especially when you stretch it.',
    explanation:
      'One that lasts longer and won’t let go needs a doctor to check you today.',
  },
  severe_limb_ischaemia: {
    name: 'Serious poor circulation in the leg',
    term: 'severe peripheral arterial disease',
    summary: 'When narrowed arteries can’t bring enough blood, the foot can hurt at rest or at night, often easing if you hang the leg down.',
    explanation:
      'Sores that won’t heal or dark toes are other signs. A doctor needs to check you today or very soon.',
  },
  nerve_root_compression: {
    name: 'A leg that has become weak',
    term: 'possibly a trapped nerve in the lower back (nerve root compression)',
    summary: 'A leg that becomes weak over hours or days needs a doctor to check you today.',
    explanation:
      'One common reason is a nerve leaving the lower spine being pressed on, for example by a slipped disc, which can also cause pain shooting down the leg. Numbness between the legs, or bladder or bowel trouble, would make it an emergency.',
  },
  both_legs_weakness: {
    name: 'Sudden weakness in both legs',
    summary: 'New weakness in both legs needs emergency care.',
    explanation:
      'It can come from pressure on the nerves at the bottom of the spine or, especially with dark brown pee and aching muscles, from muscle breakdown.',
  },
  low_calcium: {
    name: 'Possible low blood calcium',
    term: 'hypocalcaemia',
    summary: 'Tingling around the lips or in the fingertips together with cramps can be a sign of low blood calcium.',
    explanation:
      'It usually has a cause, such as recent neck surgery, parathyroid or kidney problems, or lack of vitamin D. A blood test will show it, so get seen today rather than taking tablets yourself.',
  },
  low_magnesium_ppi: {
    name: 'Possible low magnesium from a stomach-acid medicine',
    term: 'PPI',
    summary: 'A stomach-acid medicine such as omeprazole, taken for a long time, can lower the magnesium in your blood.',
    explanation:
      'Muscle spasms with a racing or uneven heartbeat or shaking can be signs. A doctor should check you today; a fit (seizure) or fainting is an emergency.',
  },
  statin_muscle: {
    name: 'Possible muscle problem from a statin',
    summary: 'Statins (cholesterol medicines) can sometimes cause muscle damage, more often at high doses.',
    explanation:
      'Severe muscle pain or weakness that you can’t explain should be checked by a doctor today. If your pee turns dark brown, call your local emergency number.',
  },

  // ——— Kinds of leg trouble (brief §a) ———
  night_cramp: {
    name: 'Ordinary night cramps',
    term: 'idiopathic nocturnal leg cramps',
    summary: 'These are very common, especially as people get older, and are not a sign of an illness.',
    explanation:
      'They seem to come from over-excited nerves and tired muscles. A lack of calcium or other minerals is rarely the cause. Your answers fit this: a hard, painful knot that eases when you stretch. The steps below can help.',
  },
  day_cramps: {
    name: 'Cramps in the day',
    summary: 'Ordinary cramps can come in the day as well as at night, and are not a sign of an illness.',
    explanation:
      'They seem to come from over-excited nerves and tired muscles, not from a lack of calcium or other minerals. The same stretches help.',
  },
  restless_legs: {
    name: 'Restless legs',
    term: 'restless legs syndrome',
    summary: 'Restless legs is an urge to move your legs, often with a creepy-crawly or aching feeling.',
    explanation:
      'It comes on when you sit or lie still, is worse in the evening and at night, and eases while you move. There is no hard knot as in a cramp, and it can be treated.',
  },
  sleep_starts: {
    name: 'Sleep starts',
    term: 'hypnic jerks',
    summary: 'A sleep start is one sudden jolt of the legs or body just as you drop off, sometimes with a feeling of falling.',
    explanation:
      'It counts as a normal part of sleep, not an illness, and leaves no lasting pain.',
  },
  plmd: {
    name: 'Leg movements in sleep',
    term: 'periodic limb movement disorder',
    summary: 'In this condition the legs kick or jerk again and again during sleep.',
    explanation:
      'Usually a bed partner notices, not you, but you may wake unrefreshed or feel sleepy in the day. It isn’t painful, and a sleep study is needed to be sure.',
  },
  pad: {
    name: 'Poor circulation when walking',
    term: 'peripheral arterial disease',
    summary: 'Narrowed arteries can stop enough blood reaching the leg muscles when they work.',
    explanation:
      'This causes cramping pain in the calf, thigh or buttock after you walk a certain distance, which goes after a few minutes’ rest. It is more likely if you smoke or have diabetes or heart disease, and a doctor should check it.',
  },
  spinal_stenosis: {
    name: 'Narrowing in the lower spine',
    term: 'lumbar spinal stenosis',
    summary: 'When the space for the nerves in the lower back gets narrow, standing and walking can make the legs heavy, tingly, weak or crampy.',
    explanation:
      'Sitting down or bending forward, like leaning on a shopping trolley, eases it. A doctor can check your back.',
  },
  sciatica: {
    name: 'Trapped nerve in the back',
    term: 'sciatica',
    summary: 'A nerve in the lower back can be pressed on, for example by a slipped disc.',
    explanation:
      'This causes pain that shoots from the back or buttock down the leg, sometimes with numbness. A doctor can check it; new weakness, or numbness between the legs, needs urgent help.',
  },
  neuropathy: {
    name: 'Nerve damage in the feet',
    term: 'peripheral neuropathy',
    summary: 'Damaged nerves can make both feet burn, tingle, feel like pins and needles or go numb, often worse at night.',
    explanation:
      'This is different from a cramp: there is no hard knot. A doctor should check it, especially if you have diabetes.',
  },
  unclear_leg_symptoms: {
    name: 'Leg symptoms that need a closer look',
    summary: 'Your answers didn’t clearly match an ordinary cramp or the other common patterns.',
    explanation:
      'That doesn’t mean something is wrong, but a doctor can examine your leg and ask more questions. In the meantime, watch for the warning signs below.',
  },
  growing_pains: {
    name: 'Growing pains',
    summary: 'Growing pains are aches in both legs late in the day or at night, mostly in children before their teens.',
    explanation:
      'They are gone by the morning and don’t cause a limp. Doctors debate what causes them, but this typical pattern is not usually a worry.',
  },
  child_needs_check: {
    name: 'A child’s leg pain that needs a doctor’s check',
    summary: 'Leg pain that is in one leg only, happens in the daytime, causes a limp, or comes with feeling unwell doesn’t fit growing pains.',
    explanation:
      'A doctor should examine your child to find the cause.',
  },

  // ——— Contributors (brief §c, §d) ———
  medicine_effect: {
    name: 'A medicine may be playing a part',
    summary: 'Some medicines are linked with cramps, such as water tablets, statins and long-acting inhalers for asthma or COPD.',
    explanation:
      'The studies disagree, so your medicine may or may not be the cause. Ask your doctor or pharmacist to review it, and don’t stop it on your own.',
  },
  quinine_use: {
    name: 'Taking quinine',
    summary: 'Quinine helps cramps only a little, and it can cause rare but serious harm, such as bleeding problems and heart-rhythm changes.',
    explanation:
      'Medicine regulators warn against using it routinely for cramps. Talk to your prescriber about whether you still need it, and know the warning signs below.',
  },
  ppi_magnesium: {
    name: 'Long-term stomach-acid medicine',
    term: 'PPI',
    summary: 'Taking a PPI such as omeprazole every day for a long time, mostly over a year, can lower your magnesium level.',
    explanation:
      'Low magnesium can cause muscle spasms. A blood test can check it.',
  },
  pregnancy_cramps: {
    name: 'Pregnancy',
    summary: 'Leg cramps are common in pregnancy, mostly in the middle and last three months and often at night.',
    explanation:
      'Nobody knows exactly why. They are expected to settle after the baby is born. A red or swollen calf is different: get it checked the same day.',
  },
  cirrhosis_cramps: {
    name: 'Liver disease',
    term: 'cirrhosis',
    summary: 'Cramps are common with cirrhosis: about half of people or more get them.',
    explanation:
      'They are linked to how advanced the liver disease is and to fluid changes in the body, not to "toxins" that a detox could remove. Your liver team has treatments that have helped in trials.',
  },
  kidney_cramps: {
    name: 'Kidney disease or dialysis',
    summary: 'Cramps are common with dialysis, mostly during sessions, and are linked to the fluid being taken off.',
    explanation:
      'They are also listed as a problem in kidney disease. Your kidney team can help manage them.',
  },
  diabetes: {
    name: 'Diabetes',
    summary: 'Cramps are more common in people with diabetes, and have been linked with higher long-term blood sugar.',
    explanation:
      'Nerve damage in the feet can also play a part. Mention your cramps to your diabetes team or GP.',
  },
  thyroid: {
    name: 'Underactive thyroid',
    term: 'hypothyroidism',
    summary: 'An underactive thyroid can cause muscle cramps, stiffness and aches.',
    explanation:
      'Other signs include tiredness, always feeling cold and putting on weight. If this sounds like you, or you already have a thyroid problem, mention your cramps to your doctor.',
  },
  low_calcium_risk: {
    name: 'Reasons low blood calcium is more likely for you',
    summary: 'Low blood calcium is uncommon, but some of your answers make it more likely.',
    explanation:
      'Those are neck (thyroid or parathyroid) surgery, parathyroid or vitamin D problems, poor absorption from the gut, kidney disease, and tingling that comes and goes. A blood test can check it. Don’t start calcium tablets yourself: the right treatment may be vitamin D or magnesium instead.',
  },
  sleep_disruption: {
    name: 'Cramps that disturb your sleep',
    summary: 'Cramps that wake you often, or affect your daily life, are worth a visit to your GP.',
    explanation:
      'They can look for a cause and talk about what might help.',
  },
  nerve_or_muscle_disease: {
    name: 'Possible nerve or muscle condition',
    summary: 'Muscles getting thinner, twitching under the skin, or weakness creeping on over weeks can be signs of a nerve or muscle condition.',
    explanation:
      'Ordinary cramps don’t do this, so a doctor should check you.',
  },
  leg_numbness_swelling: {
    name: 'Numbness or swelling in your legs',
    summary: 'Cramps that come with numbness or swelling in your legs should be checked by a GP, as something else may be behind them.',
    explanation:
      'One calf that is swollen, warm or red is different: that needs checking today.',
  },
  exercise_cramps: {
    name: 'Cramps that come with exercise',
    summary: 'Exercise, especially harder or longer than you are used to, can bring on cramps, during it or later at night.',
    explanation:
      'Tired muscles seem to matter more than lack of water or salt. If your pee turns dark brown after exercise, call your local emergency number.',
  },
  heat_cramps: {
    name: 'Heavy sweating or heat',
    term: 'heat cramps',
    summary: 'Cramps can come on during hard work or exercise when you sweat a lot in the heat.',
    explanation:
      'Experts disagree on whether heat itself is the cause, but the advice is the same. Confusion, very hot skin or collapse is an emergency.',
  },
  foot_position: {
    name: 'Toes pointing down in bed',
    summary: 'Lying with your toes pointed, under tight covers or on your front, keeps the calf short for hours and may make a cramp more likely.',
    explanation:
      'This makes sense, but it hasn’t been tested in trials.',
  },
  long_sitting_standing: {
    name: 'Long spells sitting or standing still',
    summary: 'Sitting or standing still for a long time is often listed as a cramp trigger, but it hasn’t been tested in trials.',
    explanation:
      'Moving your legs during the day may help.',
  },
  fluid_loss: {
    name: 'Losing fluid and salts',
    summary: 'Being sick, having diarrhoea or drinking much less than usual can upset the salts in your blood.',
    explanation:
      'Salts such as potassium and magnesium can run low. Low levels are an uncommon cause of cramps. If the cramps go on, a GP can check with a blood test.',
  },
};
