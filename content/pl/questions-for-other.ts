import type { QuestionsForOther } from '../types';

/**
 * Translation of content/en/questions-for-other.ts: the question words for someone answering for another person.
 * Each entry is the sentence of content/pl/questions.ts rewritten about "ta osoba" (grammatically feminine
 * whatever the person's sex), so no form assumes whether the person is a man or a woman. Where the Polish of
 * questions.ts already says no "you" (an impersonal form), the entry is that same sentence.
 */
export const questionsForOther: QuestionsForOther = {
  screen_leg: {
    heading: 'Czy któryś z tych objawów w nogach lub stopach występuje u tej osoby teraz albo wystąpił w ciągu ostatnich kilku dni?',
    hint: 'Obejrzyj obie nogi i stopy tej osoby i porównaj je ze sobą. Zaznacz wszystkie, które pasują.',
    answers: {
      cold_pale_leg: {
        hint: 'Albo wygląda na białą lub plamistą w porównaniu z drugą, jest zdrętwiała albo ta osoba nie może ruszać palcami lub stopą. Ból pojawił się nagle i występuje nawet w spoczynku.',
      },
      cramp_over_10_min: {
        label: 'Kurcz, który trwał dłużej niż 10 minut i nie puszczał przy rozciąganiu ani chodzeniu',
      },
      rest_pain_sores: {
        hint: 'Ból stopy często pojawia się w nocy i może słabnąć, gdy ta osoba zwiesi nogę z łóżka. Palce mogą wyglądać na czarne lub zmieniać kolor.',
      },
      one_leg_weak: {
        label: 'Stopa, która ciągnie się po ziemi, klapie o podłoże lub o coś zahacza, kiedy ta osoba idzie, albo noga, która osłabła, w ciągu kilku godzin lub dni',
      },
    },
    errorRequired: 'Zaznacz objawy, które ma ta osoba, albo zaznacz „Żadne z powyższych”',
  },
  screen_body: {
    heading: 'Czy któryś z tych objawów występuje u tej osoby teraz albo wystąpił w ciągu ostatnich kilku godzin?',
    answers: {
      saddle_numb: {
        label: 'Drętwienie w okolicy odbytu lub narządów płciowych',
        hint: 'Albo dziwne czucie między nogami, na przykład przy podcieraniu się, albo nowe drętwienie podczas seksu.',
      },
      bladder_bowel: {
        hint: 'Na przykład problemy z rozpoczęciem lub zatrzymaniem oddawania moczu, popuszczanie moczu lub stolca albo brak czucia, że pęcherz jest pełny.',
      },
      both_legs_weak: {
        hint: 'Na przykład nogi się pod tą osobą uginają albo nie może wstać lub wejść po schodach tak jak zwykle.',
      },
      heat_collapse: {
        hint: 'Albo po ciężkiej pracy lub wysiłku w upale.',
      },
    },
    errorRequired: 'Zaznacz objawy, które ma ta osoba, albo zaznacz „Żadne z powyższych”',
  },
  screen_medical: {
    heading: 'Leki, rany i inne objawy: czy któraś z tych rzeczy dotyczy tej osoby?',
    hint: 'Chodzi o objawy teraz albo w ciągu ostatnich kilku godzin, przy leku, który przyjmuje ta osoba, albo od niedawnego zranienia. Zaznacz wszystkie, które pasują.',
    answers: {
      tingling_mouth: {
        label: 'Mrowienie lub drętwienie wokół warg lub w opuszkach palców, razem z kurczami',
        hint: 'Ma to największe znaczenie po niedawnej operacji tarczycy lub przytarczyc (operacji na szyi).',
      },
      ppi_palpitations: {
        hint: 'Te tabletki to IPP, czyli inhibitory pompy protonowej, na przykład omeprazol. Serce może bić szybko lub nierówno. Drżenie oznacza trzęsienie się, którego nie da się powstrzymać (tremor).',
      },
      statin_severe_pain: {
        label: 'Silny ból mięśni lub osłabienie, których ta osoba nie umie wyjaśnić, podczas przyjmowania statyny',
        hint: 'Statyna to lek obniżający cholesterol. Jeśli do tego mocz tej osoby jest ciemnobrązowy, jak herbata lub cola, to nagły przypadek: zadzwoń pod lokalny numer alarmowy.',
      },
      dirty_wound: {
        hint: 'Ma to największe znaczenie, jeśli ta osoba nie ma aktualnych szczepień przeciw tężcowi.',
      },
    },
    errorRequired: 'Zaznacz to, co dotyczy tej osoby, albo zaznacz „Żadne z powyższych”',
  },
  age: {
    hint: 'Odpowiadaj na temat osoby, która ma problem z nogami, a nie na swój temat.',
  },
  child_kind: {
    answers: {
      child_other: { label: 'Coś innego albo nie masz pewności' },
    },
  },
  kind: {
    heading: 'Które z tych rzeczy zdarzają się tej osobie?',
    why: {
      text: 'Kilka rzeczy może przypominać kurcz, na przykład niespokojne nogi, drgnięcia przy zasypianiu, słabe krążenie przy chodzeniu, ucisk na nerw w kręgosłupie i uszkodzenie nerwów w stopach. Ta osoba może mieć więcej niż jedną z nich, a każda wymaga innych rad.',
    },
    answers: {
      cramp: {
        hint: 'Zwykle w łydce lub stopie. Trwa od kilku sekund do kilku minut i ustępuje, kiedy ta osoba go rozciągnie.',
      },
      urge_to_move: {
        label: 'Potrzeba ruszania nogami, z uczuciem pełzania pod skórą lub innym nieprzyjemnym uczuciem',
        hint: 'Pojawia się wieczorem lub kiedy ta osoba odpoczywa, i poprawia się, gdy się rusza.',
      },
      sleep_start: {
        label: 'Jedno nagłe drgnięcie lub szarpnięcie w chwili zasypiania',
        hint: 'Ta osoba może mieć uczucie spadania. Nie zostawia bólu.',
      },
      partner_kicks: {
        label: 'Ktoś widział, jak podczas snu nogi tej osoby raz po raz kopią lub drgają',
        hint: 'W ciągu dnia tej osobie może się też bardzo chcieć spać.',
      },
      walking_pain: {
        label: 'Kurczowy lub tępy ból nogi po przejściu pewnego odcinka drogi',
        hint: 'Na przykład w łydce, kiedy ta osoba idzie pod górę.',
      },
      shooting_pain: {
        label: 'Ból, który promieniuje z pleców lub pośladka w dół nogi',
      },
    },
  },
  walking_relief: {
    heading: 'Co najlepiej opisuje ból tej osoby przy chodzeniu?',
    answers: {
      sit_or_bend: { label: 'Poprawia się tylko, kiedy ta osoba usiądzie albo pochyli się do przodu' },
      shoots_from_back: { label: 'Ból promieniuje od pleców lub pośladka w dół nogi' },
    },
    errorRequired: 'Zaznacz, co najlepiej opisuje ból tej osoby przy chodzeniu',
  },
  medicines: {
    heading: 'Czy ta osoba przyjmuje któryś z tych leków?',
    hint: 'Zaznacz wszystkie, które pasują. Może pomóc, jeśli spojrzysz na opakowania leków tej osoby.',
    why: {
      text: 'Niektóre leki są powiązane z kurczami, a chinina ma skutki uboczne, na które trzeba uważać. Jeśli jakiś lek może mieć w tym udział, lekarz lub farmaceuta może go przejrzeć razem z tą osobą. Ta osoba nie powinna samodzielnie odstawiać leku przepisanego przez lekarza.',
    },
    answers: {
      new_medicine: { label: 'Kurcze zaczęły się w ciągu tygodni lub miesięcy po rozpoczęciu przyjmowania jakiegoś leku albo po jego zmianie' },
    },
    errorRequired: 'Zaznacz leki, które ta osoba przyjmuje, albo zaznacz „Żadne z powyższych”',
  },
  health: {
    heading: 'Czy coś z tego dotyczy tej osoby?',
    why: {
      text: 'Kurcze są częste w ciąży, przy marskości wątroby i przy dializach, a także są powiązane z cukrzycą i niedoczynnością tarczycy. Choroba nerek może też wpływać na poziom wapnia we krwi. Jeśli coś z tego dotyczy tej osoby, zespół, który się nią opiekuje, powinien wiedzieć o tych kurczach.',
    },
    answers: {
      pregnant: { label: 'Ta osoba jest w ciąży albo urodziła dziecko w ciągu ostatnich 6 tygodni' },
      kidney_disease: { label: 'Choroba nerek lub dializy', hint: 'Nie dotyczy samych kamieni nerkowych w przeszłości.' },
    },
    errorRequired: 'Zaznacz to, co dotyczy tej osoby, albo zaznacz „Żadne z powyższych”',
  },
  calcium_risk: {
    heading: 'Wapń: czy coś z tego dotyczy tej osoby?',
    answers: {
      parathyroid_vitamin_d: { label: 'Stwierdzono u tej osoby problem z przytarczycami lub niedobór witaminy D' },
      poor_absorption: { label: 'Choroba jelit lub operacja, przez którą organizm tej osoby źle wchłania pokarm' },
      tingling_comes_goes: { label: 'Mrowienie wokół warg lub w opuszkach palców, które pojawia się i znika' },
      taking_calcium: {
        label: 'Ta osoba przyjmuje tabletki z wapniem albo myśli o ich przyjmowaniu',
        hint: 'To nie jest czynnik ryzyka. Pytamy o to, żeby powiedzieć tej osobie, co wiadomo o tabletkach z wapniem.',
      },
    },
    errorRequired: 'Zaznacz to, co dotyczy tej osoby, albo zaznacz „Żadne z powyższych”',
  },
  timing: {
    why: {
      text: 'Zwykłe kurcze pojawiają się najczęściej w łóżku lub w spoczynku i często budzą ze snu, ale mogą też występować w ciągu dnia. Kurcze w trakcie wysiłku albo w trakcie dializy mają własne przyczyny i własne rady.',
    },
  },
  how_often: {
    heading: 'Jak często kurcze zakłócają tej osobie sen lub dzień?',
    why: {
      text: 'Pojedynczy kurcz, który kogoś budzi, jest bardzo częsty. Kurcze, które ciągle zakłócają tej osobie sen albo wpływają na codzienne życie, są powodem, żeby pójść do lekarza rodzinnego.',
    },
    answers: {
      regularly: { label: 'Często, od tygodni: kilka nocy w tygodniu albo tak, że powodują zmęczenie lub nie pozwalają tej osobie robić swoich rzeczy' },
    },
    errorRequired: 'Zaznacz, jak często kurcze zakłócają tej osobie sen lub dzień',
  },
  pattern: {
    heading: 'O kurczach tej osoby: czy coś z tego pasuje?',
    why: {
      text: 'Niektóre z tych rzeczy mogą zwiększać ryzyko kurczów, a niektóre wskazują na coś, co powinien sprawdzić lekarz. Ich znajomość pomaga nam dać rady, które pasują do tej osoby.',
    },
    answers: {
      toes_pointed: { label: 'Spanie z palcami stóp skierowanymi w dół, na brzuchu albo pod ciasno podwiniętą kołdrą' },
      fluid_loss: { label: 'W ostatnich kilku dniach wymioty, biegunka albo dużo mniej picia niż zwykle' },
    },
    errorRequired: 'Zaznacz to, co dotyczy tej osoby, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'O kurczach tej osoby',
  },
  leg_changes: {
    heading: 'Czy w ciągu ostatnich kilku tygodni pojawiło się w nogach tej osoby coś z tego?',
    errorRequired: 'Zaznacz to, co dotyczy tej osoby, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Zmiany w nogach',
  },
  last_check: {
    heading: 'Ostatnie sprawdzenie: czy któryś z tych objawów występuje u tej osoby teraz albo wystąpił w ciągu ostatnich kilku godzin?',
    hint: 'O niektóre z nich pytaliśmy na początku. Zaznacz wszystkie, które pasują teraz, nawet jeśli wtedy nie były zaznaczone.',
    answers: {
      saddle_numb: { label: 'Drętwienie w okolicy odbytu lub narządów płciowych' },
      cramp_over_10_min: {
        label: 'Kurcz, który trwał dłużej niż 10 minut i nie puszczał przy rozciąganiu ani chodzeniu',
      },
    },
    errorRequired: 'Zaznacz objawy, które ma ta osoba, albo zaznacz „Żadne z powyższych”',
  },
};
