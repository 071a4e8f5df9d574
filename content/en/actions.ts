import type { ActionId } from '../ids';
import type { ActionContent } from '../types';

/**
 * English words for the actions a result can list (evidence brief §e, §f, §g, §d).
 * Where each shows (its `kind`), its evidence label, sources and reviewer notes
 * are in content/clinical/actions.ts.
 */
export const actions: Record<ActionId, ActionContent> = {
  // ——— By triage level (brief §g) ———
  call_emergency: {
    title: 'Call your local emergency number now',
    body: [
      'Call your local emergency number, or go to the nearest emergency department now.',
      'Don’t wait to see if it gets better.',
    ],
  },
  tell_call_handler: {
    title: 'Tell them what you noticed',
    body: [
      'Tell the call handler what you have noticed and when it started.',
      'The words on this page can help you explain.',
    ],
  },
  dont_drive: {
    title: 'Don’t drive yourself',
    short: ['Don’t drive yourself to get help.'],
    body: ['Ask someone else to take you, or wait for the ambulance.'],
  },
  get_seen_today: {
    title: 'Get seen by a doctor today',
    body: [
      'Ask your GP or primary-care doctor for an urgent appointment today. Or go to an urgent care centre, or call your local urgent advice line (for example, NHS 111 in England).',
      'If you are pregnant or gave birth in the last 6 weeks, contact your maternity unit.',
      'If you get chest pain or become short of breath, call your local emergency number.',
    ],
  },
  book_appointment: {
    title: 'Book an appointment with your doctor',
    body: [
      'Book an appointment with your GP or primary-care doctor in the next few days or weeks.',
      'Say what this check found: the printed summary can help.',
    ],
  },
  bring_to_appointment: {
    title: 'Bring a medicines list and a diary of your symptoms',
    body: [
      'Write down every medicine you take, including any you buy yourself, such as supplements.',
      'Note when your cramps or other leg symptoms happen, how long they last, and any medicine you started or changed.',
    ],
  },
  dont_stop_medicines: {
    title: 'Don’t stop a prescribed medicine on your own',
    body: [
      'Some medicines may add to cramps, but keep taking them until you have talked to your doctor or pharmacist.',
      'They can weigh up what the medicine does for you and whether a change makes sense.',
    ],
  },

  // ——— During a cramp (brief §e.1) ———
  stretch_during_cramp: {
    title: 'Stretch the muscle',
    short: [
      'Straighten your leg and pull your toes up towards your shin, with your hand or a towel round your foot.',
      'Hold the stretch steadily until the muscle lets go.',
    ],
    body: [
      'Straighten your knee.',
      'Pull your toes and foot up toward your shin. Use your hand, or a towel looped round your foot.',
      'Or stand up, with the cramping foot behind you and its heel flat on the floor, and lean forward.',
      'Pull steadily. Don’t yank your toes. Hold until the muscle lets go.',
    ],
  },
  walk_it_off: {
    title: 'Walk it off',
    body: ['Stand up, put your weight on the leg and walk around for a bit.'],
  },
  massage: {
    title: 'Rub the muscle',
    body: [
      'Rub or knead the tight muscle firmly.',
      'Don’t do this if one calf is swollen, warm or red: it could be a blood clot.',
    ],
  },
  heat: {
    title: 'Use warmth',
    body: ['A warm bath, a hot-water bottle or a heat pad on the muscle may help. Make sure it is warm, not hot.'],
  },
  soreness_after: {
    title: 'Expect some soreness afterwards',
    body: [
      'The muscle can feel sore or tender for up to about a day. This is normal.',
      'Simple painkillers may ease the soreness, but they work too slowly to stop a cramp. Check the leaflet, or ask a pharmacist which one suits you. If you are pregnant, ask your midwife or a pharmacist before taking any.',
      'If the pain stays, or one calf swells or turns warm or red, see “When to get help”.',
    ],
  },

  // ——— Prevention (brief §e.2, §d) ———
  nightly_stretch: {
    title: 'Stretch your legs before bed',
    body: [
      'Each night before bed, stretch your calves (back of the lower leg) and hamstrings (back of the thigh).',
      'Hold each stretch for 10 seconds and do it 3 times, on both legs. It takes about 3 minutes.',
      'How sure are we? It may help, but trials disagree: one found fewer and milder cramps after 6 weeks, another found no benefit. It is cheap and safe to try.',
    ],
  },
  loosen_covers: {
    title: 'Keep your toes from pointing down in bed',
    body: [
      'Loosen tight, tucked-in covers. A pillow at the foot of the bed can help keep your feet upright.',
      'Try not to lie on your front with your toes pointed.',
      'This is expert advice; it hasn’t been tested in trials.',
    ],
  },
  move_in_day: {
    title: 'Keep your legs moving in the day',
    body: ['Using your legs during the day may mean fewer cramps at night. Try not to sit or stand still for very long spells.'],
  },
  build_up_exercise: {
    title: 'Build up exercise slowly',
    body: [
      'Hard exercise that you are not used to can bring on cramps.',
      'Increase how hard or how long you exercise a little at a time.',
    ],
  },
  heat_cramp_advice: {
    title: 'If you get cramps in the heat',
    body: [
      'If cramps start while you are active and sweating heavily: stop, and rest somewhere cool.',
      'Have some fruit juice or a sports drink, and avoid hard activity for a few hours.',
      'Drink when you are thirsty. Don’t force down lots of water: drinking far too much can be dangerous.',
      'Get medical help if the cramps haven’t settled within an hour, or if you have heart disease or are on a low-salt diet. Confusion, very hot skin or collapse is an emergency.',
    ],
  },
  cramp_diary: {
    title: 'Keep a cramp diary',
    body: [
      'Write down when each cramp happens, where it is, how long it lasts, and any new or changed medicines.',
      'This helps you and your doctor spot patterns.',
    ],
  },
  expect_improvement: {
    title: 'Give it time',
    body: [
      'Night cramps often get better on their own.',
      'In trials, many people improve whatever they take, even dummy pills. That is why so many remedies seem to work, so think twice before paying for them.',
    ],
  },
  avoid_quinine: {
    title: 'Don’t use quinine or tonic water for cramps',
    body: [
      'Quinine helps only a little. Rarely, it causes serious harm, such as bleeding, kidney damage, an uneven heartbeat, or changes in hearing or sight.',
      'The US medicines regulator warns that for leg cramps the risks outweigh any benefit. Tonic water has not been tested as a cramp remedy.',
      'If a doctor prescribed quinine for you, talk to them about it.',
    ],
  },
  magnesium_not_helpful: {
    title: 'Magnesium tablets are unlikely to help ordinary cramps',
    body: [
      'Trials in older adults with ordinary night cramps found that magnesium made no real difference.',
      'It can upset your stomach or cause diarrhoea. If you have kidney disease, don’t take magnesium supplements unless your doctor advises it.',
    ],
  },

  // ——— Cause-specific ———
  no_massage_calf: {
    title: 'Don’t rub or massage that calf',
    short: ['Don’t rub or massage a swollen, warm or red calf: it could have a blood clot.'],
    body: ['Leave it alone until a doctor has checked it.'],
  },
  heat_first_aid: {
    title: 'While you wait: get out of the heat',
    short: ['While you wait, move somewhere cool, out of the sun, and rest.'],
    body: ['Stop any activity and keep resting somewhere cool until help comes.'],
  },
  sleep_start_habits: {
    title: 'Sleep starts are normal',
    short: ['Nothing needs treating: a jolt as you fall asleep is a normal part of sleep.'],
    body: ['They happen more with caffeine, stress and irregular sleep, so these are worth looking at.'],
  },
  child_when_to_see_doctor: {
    title: 'When to take your child to a doctor',
    body: [],
    when: {
      see_doctor: [
        'The pain is in one leg only.',
        'It hurts in the daytime.',
        'Your child limps.',
        'Your child seems unwell.',
      ],
    },
  },
  growing_pains_watch: {
    title: 'Check how your child is in the morning',
    short: ['Typical growing pains affect both legs late in the day or at night, and are gone by the morning.'],
    body: ['If the pain is still there in the morning, or your child limps, take them to a doctor.'],
  },
  rls_iron_check: {
    title: 'See your GP about restless legs',
    body: [
      'Restless legs can be treated, so book an appointment with your GP.',
      'Your doctor may check your iron level with a blood test.',
    ],
  },
  plmd_sleep_study: {
    title: 'See your GP about the leg kicks',
    body: [
      'Tell your GP what your bed partner has seen, and whether you feel sleepy in the day.',
      'You may need a sleep study (tests done while you sleep) to be sure.',
    ],
  },
  circulation_check: {
    title: 'Get your circulation checked',
    body: [
      'See your GP. Leg pain that comes on when you walk and goes when you stand still can mean poor circulation. This matters more if you smoke, or have diabetes or heart disease.',
      'Pain in the foot at rest, a change in skin colour, or sores that won’t heal are more serious: get seen today.',
      'A leg or foot that suddenly turns cold, pale or blue is an emergency.',
    ],
  },
  spine_check: {
    title: 'Get your back and nerves checked',
    body: [
      'See your GP. Leg pain that eases when you sit or bend forward, or shoots from your back down your leg, can come from the spine.',
      'Get seen today if a leg becomes weak.',
      'Call your local emergency number at once if you get numbness between your legs or around your bottom. Do the same for new trouble peeing or pooing, or weakness in both legs.',
    ],
  },
  neuropathy_check: {
    title: 'Get your feet checked',
    body: [
      'See your GP about burning, tingling or numb feet. It can be nerve damage (peripheral neuropathy).',
      'This is especially important if you have diabetes.',
    ],
  },
  review_medicines: {
    title: 'Ask for a medicines review',
    body: [
      'Some medicines may add to cramps, such as water tablets (diuretics), long-acting inhalers for asthma or COPD, and statins. The evidence is mixed.',
      'Ask your doctor or pharmacist to go through your medicines with you.',
      'Don’t stop a prescribed medicine on your own.',
    ],
  },
  quinine_review: {
    title: 'Talk to your prescriber about quinine',
    body: [
      'Quinine helps only a little (about one fewer cramp a week) and can cause rare but serious harm.',
      'Ask whether you still need it. UK guidance says it should be reviewed regularly and stopped if it isn’t helping.',
    ],
  },
  ppi_magnesium_check: {
    title: 'Ask for a magnesium blood test',
    body: [
      'Some stomach-acid medicines (PPIs), such as omeprazole, can lower your magnesium level. This happens when you take them every day for a long time.',
      'Ask your GP for a blood test to check it. Keep taking your medicine until you have talked to them.',
      'Get seen today if you have spasms with a racing or uneven heartbeat or shaking. A fit (seizure) or fainting is an emergency.',
    ],
  },
  tell_midwife: {
    title: 'Tell your midwife or doctor',
    body: [
      'Mention your cramps at your next check-up.',
      'If one calf is red, swollen, warm or sore, contact your midwife, doctor or maternity unit today.',
    ],
  },
  tell_specialist_team: {
    title: 'Tell your liver or kidney team',
    body: [
      'Cramps are common with cirrhosis, kidney disease and dialysis. Tell your specialist team; there are treatments that can help, which they can decide on.',
      'Don’t try a “detox” or “cleanse”: there is no good evidence they remove toxins, and some are unsafe.',
    ],
  },
  mention_at_diabetes_review: {
    title: 'Mention cramps at your diabetes check',
    body: [
      'Cramps are more common with diabetes, partly because of nerve damage in the feet.',
      'Mention them at your next diabetes check. Book a GP appointment sooner if they disturb your sleep, or your feet burn, tingle or feel numb.',
    ],
  },
  thyroid_check: {
    title: 'Ask about your thyroid',
    body: [
      'An underactive thyroid can cause cramps, stiffness and aches, along with tiredness, feeling cold and weight gain.',
      'If that sounds like you, see your GP. If you already have a thyroid problem, mention your cramps to your doctor.',
    ],
  },

  // ——— The calcium answer (brief §d, §g) ———
  calcium_unlikely: {
    title: 'Why it is probably not calcium',
    short: [
      'Probably not: most night cramps have no mineral cause.',
      'Calcium tablets have not been shown to prevent them, and they can do harm.',
    ],
    body: [
      'Most night cramps have no mineral cause. They seem to come from over-active nerves and tired muscles. Blood tests are usually not needed.',
      'Low blood calcium is uncommon. When it does cause cramps, there are usually other signs, such as tingling around the mouth or fingertips, and a reason, such as neck surgery or kidney disease.',
      'No trial has shown that calcium tablets prevent ordinary night cramps.',
      'Calcium tablets can do harm. The upper limit is 2,500 mg a day at ages 19–50 and 2,000 mg a day from 51, counting food and tablets together. Tablets are linked with kidney stones and constipation, their effect on the heart is disputed, and they can interfere with other medicines (ask a pharmacist). Calcium in food is fine.',
      'Chasing calcium can delay finding the real cause, such as a medicine or a problem a doctor should see.',
    ],
  },
  calcium_check: {
    title: 'Get your calcium checked by a doctor',
    short: ['Possibly: some of your answers make low blood calcium more likely, so ask your GP for a blood test.'],
    body: [
      'Some of your answers make genuine low blood calcium more likely.',
      'Book a GP appointment. A blood test is the way to find out.',
      'Don’t start calcium tablets yourself. If your level is low, the right treatment depends on the cause: it may be vitamin D or magnesium rather than calcium.',
      'If you get tingling around your lips or in your fingertips with cramps, get seen today.',
    ],
  },
  calcium_urgent: {
    title: 'This could be low blood calcium',
    short: ['It could be: tingling or spasms with cramps can be a sign of low blood calcium, which doctors check with a blood test.'],
    body: [
      'Tingling around your lips or in your fingertips, together with cramps or spasms, is the sign to take seriously.',
      'Call your local emergency number if your hands or feet lock in spasm, or you have trouble breathing or a racing or uneven heartbeat.',
      'Don’t treat this yourself with calcium tablets: a blood test will show what is needed.',
    ],
  },
  calcium_pregnancy: {
    title: 'Calcium in pregnancy: not a proven treatment',
    short: ['Probably not: calcium is not a proven treatment for cramps in pregnancy, so take only what your midwife or doctor recommends.'],
    body: [
      'Leg cramps are common in pregnancy and usually settle after the birth.',
      'An older review of trials suggested calcium helped. Newer reviews, with more trials, found the evidence too weak to say.',
      'Take the supplements your midwife or doctor recommends, but don’t add extra calcium on your own.',
    ],
  },
  calcium_tablets_caution: {
    title: 'If you take calcium tablets',
    body: [
      'Stay under the upper limit: 2,500 mg a day at ages 19–50, or 2,000 mg a day from 51, counting food and tablets together.',
      'Tablets (not calcium in food) are linked with kidney stones and constipation. Whether they affect the heart is disputed.',
      'Calcium tablets can stop some medicines working properly, so ask a pharmacist to check. If you have kidney disease, talk to your doctor first.',
      'If a doctor prescribed them, keep taking them and ask them any questions.',
    ],
  },

  // ——— Safety net (brief §g) ———
  safety_net: {
    title: 'The general warning signs',
    body: [],
    when: {
      emergency: [
        'Chest pain or shortness of breath.',
        'A leg or foot suddenly turns cold, pale or blue, or you can’t move your toes.',
        'Your pee turns dark brown, like tea or cola.',
        'Numbness between your legs or around your bottom, or new trouble peeing or pooing.',
      ],
      urgent: [
        'One calf becomes swollen, warm, red or darker.',
        'A cramp lasts more than 10 minutes and won’t let go when you stretch.',
        'A leg becomes weak or numb.',
      ],
      see_doctor: ['Your cramps keep coming back, get worse, or often disturb your sleep or your day.'],
    },
  },
  quinine_warning_signs: {
    title: 'If you take quinine: warning signs',
    body: [],
    when: {
      emergency: ['You take quinine and have heavy bleeding, faint, or get chest pain.'],
      urgent: [
        'You take quinine and notice easy bruising, nosebleeds or bleeding gums, blood in your pee or poo, tiny red, purple or brown spots on your skin, ringing ears or changes in hearing or sight, or a racing or uneven heartbeat.',
      ],
    },
  },
};
