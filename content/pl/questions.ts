// Polish translation of content/en/questions.ts; not yet reviewed by a clinician who speaks Polish.
import type { QuestionsContent } from '../types';

const childWarningSigns = {
  one_side: { label: 'Ból tylko w jednej nodze' },
  daytime_pain: { label: 'Ból w ciągu dnia, nie tylko wieczorem lub w nocy' },
  limp: { label: 'Utykanie', hint: 'Nierówny chód.' },
  unwell: { label: 'Gorączka lub złe samopoczucie', hint: 'Gorączka to wysoka temperatura ciała.' },
};

export const questions: QuestionsContent = {
  screen_leg: {
    heading: 'Czy któryś z tych objawów w nogach lub stopach występuje u ciebie teraz albo wystąpił w ciągu ostatnich kilku dni?',
    hint: 'Obejrzyj obie nogi i stopy i porównaj je ze sobą. Zaznacz wszystkie, które pasują. Jeśli odpowiadasz w imieniu kogoś innego, odpowiadaj na temat tej osoby.',
    why: {
      text: 'Te objawy mogą oznaczać zakrzep krwi, zatkaną tętnicę w nodze albo ucisk na nerwy w kręgosłupie, a nie zwykły kurcz. Wymagają szybkiej pomocy, dlatego pytamy o nie najpierw.',
    },
    answers: {
      cold_pale_leg: {
        label: 'Noga lub stopa, która nagle zrobiła się zimna, blada lub sina, z silnym bólem',
        hint: 'Albo wygląda na białą lub plamistą w porównaniu z drugą, jest zdrętwiała albo nie możesz ruszać palcami lub stopą. Ból pojawił się nagle i występuje nawet w spoczynku.',
        callHandler: 'noga lub stopa, która nagle zrobiła się zimna, blada lub sina, z silnym bólem',
      },
      calf_swollen: {
        label: 'Jedna łydka jest spuchnięta, ciepła, czerwona lub ciemniejsza niż druga',
        hint: 'Obrzęk oznacza, że łydka wygląda na większą lub grubszą niż druga. Zwykle jest to jedna łydka, ale rzadko mogą to być obie.',
        callHandler: 'spuchnięta, ciepła, czerwona lub ciemniejsza łydka',
      },
      calf_sore: {
        label: 'Jedna łydka jest bolesna przy dotyku albo boli cały czas, także między kurczami',
        hint: 'Rozciąganie nie łagodzi bólu. Łydka może być obolała jak po stłuczeniu nawet do doby po kurczu: zaznacz to, jeśli bolesność trwa dłużej.',
        callHandler: 'łydka, która jest bolesna przy dotyku lub boli cały czas',
      },
      cramp_over_10_min: {
        label: 'Kurcz, który trwał dłużej niż 10 minut i nie puszczał przy rozciąganiu ani chodzeniu',
        hint: 'Zaznacz to, jeśli wystąpił w ciągu ostatnich kilku dni, nawet jeśli już puścił.',
        callHandler: 'kurcz, który trwał dłużej niż 10 minut',
      },
      rest_pain_sores: {
        label: 'Ból stopy w spoczynku, rany, które się nie goją, albo czarne palce, przy stwierdzonym słabym krążeniu w nogach (choroba tętnic obwodowych)',
        hint: 'Ból stopy często pojawia się w nocy i może słabnąć, gdy zwiesisz nogę z łóżka. Palce mogą wyglądać na czarne lub zmieniać kolor.',
        callHandler: 'stwierdzone słabe krążenie w nogach, z bólem stopy w spoczynku lub ranami, które się nie goją',
      },
      one_leg_weak: {
        label: 'Stopa, która ciągnie się po ziemi, klapie o podłoże lub o coś zahacza, kiedy idziesz, albo noga, która osłabła, w ciągu kilku godzin lub dni',
        hint: 'Tylko jedna noga. Z bólem pleców lub bez niego albo z bólem, który promieniuje w dół nogi. O osłabienie obu nóg pytamy na następnej stronie.',
        callHandler: 'jedna noga osłabła w ciągu kilku godzin lub dni',
      },
    },
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz objawy, które masz, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Objawy alarmowe w nogach i stopach',
  },

  screen_body: {
    heading: 'Czy któryś z tych objawów występuje u ciebie teraz albo wystąpił w ciągu ostatnich kilku godzin?',
    hint: 'Mogą występować w dowolnym miejscu ciała, nie tylko w nogach. Zaznacz wszystkie, które pasują.',
    why: {
      text: 'Czasami kurczom towarzyszy poważny problem w innej części ciała. Może to być zakrzep krwi w płucu, rozpad mięśni, udar cieplny albo ucisk na nerwy u dołu kręgosłupa. Te objawy wymagają natychmiastowej pomocy ratunkowej.',
    },
    answers: {
      chest_pain: {
        label: 'Ból w klatce piersiowej',
        hint: 'Nowy ból, uczucie ściskania lub ucisku w klatce piersiowej.',
        callHandler: 'ból w klatce piersiowej',
      },
      breathless: {
        label: 'Nowa duszność',
        hint: 'Oddychanie jest trudniejsze niż zwykle, nawet w spoczynku lub przy niewielkim wysiłku.',
        callHandler: 'nowa duszność',
      },
      coughing_blood: {
        label: 'Kaszel z krwią',
        callHandler: 'kaszel z krwią',
      },
      fainted: {
        label: 'Omdlenie lub utrata przytomności',
        hint: 'Nawet na chwilę.',
        callHandler: 'omdlenie',
      },
      saddle_numb: {
        label: 'Drętwienie w okolicy odbytu lub narządów płciowych',
        hint: 'Albo dziwne czucie między nogami, na przykład przy podcieraniu się, albo nowe drętwienie podczas seksu.',
        callHandler: 'drętwienie w okolicy odbytu lub narządów płciowych',
      },
      bladder_bowel: {
        label: 'Nowe problemy z kontrolą oddawania moczu lub stolca',
        hint: 'Na przykład problemy z rozpoczęciem lub zatrzymaniem oddawania moczu, popuszczanie moczu lub stolca albo brak czucia, że pęcherz jest pełny.',
        callHandler: 'nowe problemy z kontrolą oddawania moczu lub stolca',
      },
      dark_urine: {
        label: 'Ciemnobrązowy mocz albo dużo mniej moczu niż zwykle, do tego silny ból mięśni, osłabienie lub spuchnięte mięśnie',
        hint: 'Ciemnobrązowy znaczy w kolorze herbaty lub coli.',
        callHandler: 'ciemnobrązowy mocz z bólem lub osłabieniem mięśni',
      },
      both_legs_weak: {
        label: 'Obie nogi nagle osłabły',
        hint: 'Na przykład nogi się pod tobą uginają albo nie możesz wstać lub wejść po schodach tak jak zwykle.',
        callHandler: 'nagłe osłabienie obu nóg',
      },
      heat_collapse: {
        label: 'Bardzo gorąca skóra w dotyku, splątanie albo zasłabnięcie, w upale lub w gorącym pomieszczeniu',
        hint: 'Albo po ciężkiej pracy lub wysiłku w upale. Może chodzić o ciebie albo o osobę, której pomagasz.',
        callHandler: 'splątanie, bardzo gorąca skóra lub zasłabnięcie w upale',
      },
      locked_spasm: {
        label: 'Dłonie lub stopy zablokowane w skurczu, do tego trudności z oddychaniem lub bardzo szybkie bicie serca',
        hint: 'Zablokowane znaczy zesztywniałe i nie dają się rozluźnić. Serce może bić szybko albo nierówno i nieregularnie.',
        callHandler: 'dłonie lub stopy zablokowane w skurczu',
      },
      seizure: {
        label: 'Napad drgawek',
        callHandler: 'napad drgawek',
      },
      jaw_stiff_wound: {
        label: 'Sztywna szczęka lub trudności z przełykaniem po skaleczeniu lub zranieniu',
        callHandler: 'sztywna szczęka lub trudności z przełykaniem po zranieniu',
      },
    },
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz objawy, które masz, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Inne objawy alarmowe',
  },

  screen_medical: {
    heading: 'Leki, rany i inne objawy: czy któraś z tych rzeczy cię dotyczy?',
    hint: 'Chodzi o objawy teraz albo w ciągu ostatnich kilku godzin, przy leku, który przyjmujesz, albo od niedawnego zranienia. Zaznacz wszystkie, które pasują.',
    why: {
      text: 'Niektóre leki i niedawne zdarzenia mogą prowadzić do poważnych problemów, takich jak skutki uboczne chininy, niski poziom wapnia lub magnezu we krwi albo tężec. Wymagają one wizyty u lekarza dzisiaj, a kilka z nich wymaga natychmiastowej pomocy ratunkowej.',
    },
    answers: {
      quinine_heavy_bleeding: {
        label: 'Silne krwawienie, które trudno zatrzymać, podczas przyjmowania chininy',
        hint: 'Chinina oznacza tu każdy lek lub produkt, który ją zawiera. Krwawienie z nosa lub z dziąseł, które samo ustaje, należy do następnej odpowiedzi.',
        callHandler: 'silne krwawienie podczas przyjmowania chininy',
      },
      quinine_bruising: {
        label: 'Łatwe powstawanie siniaków lub krwawień albo drobne plamki na skórze, podczas przyjmowania chininy',
        hint: 'Na przykład krwawienia z nosa, krwawienie z dziąseł, krew w moczu lub stolcu albo drobne fioletowe, czerwone lub brązowe plamki.',
        callHandler: 'łatwe powstawanie siniaków lub krwawień podczas przyjmowania chininy',
      },
      quinine_hearing_sight: {
        label: 'Dzwonienie w uszach albo zmiany słuchu lub wzroku, podczas przyjmowania chininy',
        callHandler: 'dzwonienie w uszach albo zmiany słuchu lub wzroku podczas przyjmowania chininy',
      },
      quinine_heartbeat: {
        label: 'Walenie lub trzepotanie serca, podczas przyjmowania chininy',
        hint: 'To tak zwane kołatanie serca.',
        callHandler: 'walenie lub trzepotanie serca podczas przyjmowania chininy',
      },
      tingling_mouth: {
        label: 'Mrowienie lub drętwienie wokół warg lub w opuszkach palców, razem z kurczami',
        hint: 'Ma to największe znaczenie po niedawnej operacji tarczycy lub przytarczyc (operacji na szyi).',
        callHandler: 'mrowienie wokół warg lub w opuszkach palców razem z kurczami',
      },
      ppi_palpitations: {
        label: 'Skurcze mięśni z bardzo szybkim biciem serca lub drżeniem, po ponad roku codziennego przyjmowania tabletki zmniejszającej kwas żołądkowy',
        hint: 'Te tabletki to IPP, czyli inhibitory pompy protonowej, na przykład omeprazol. Serce może bić szybko lub nierówno. Drżenie oznacza trzęsienie się, którego nie da się powstrzymać (tremor).',
        callHandler: 'skurcze mięśni z bardzo szybkim biciem serca lub drżeniem, przy codziennym przyjmowaniu tabletki zmniejszającej kwas żołądkowy',
      },
      statin_severe_pain: {
        label: 'Silny ból mięśni lub osłabienie, których nie umiesz wyjaśnić, podczas przyjmowania statyny',
        hint: 'Statyna to lek obniżający cholesterol. Jeśli do tego twój mocz jest ciemnobrązowy, jak herbata lub cola, to nagły przypadek: zadzwoń pod lokalny numer alarmowy.',
        callHandler: 'silny ból mięśni lub osłabienie podczas przyjmowania statyny',
      },
      dirty_wound: {
        label: 'Kurcze lub skurcze od niedawnego zranienia, do którego mogła dostać się ziemia lub brud',
        hint: 'Ma to największe znaczenie, jeśli nie masz aktualnych szczepień przeciw tężcowi.',
        callHandler: 'kurcze lub skurcze po zabrudzonej ranie',
      },
    },
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz to, co cię dotyczy, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Objawy alarmowe związane z lekami lub ranami',
  },

  age: {
    heading: 'Ile lat ma osoba, która ma problem z nogami?',
    hint: 'Jeśli odpowiadasz w imieniu kogoś innego, na przykład dziecka, odpowiadaj na temat tej osoby.',
    why: {
      text: 'Ból nóg u dzieci może mieć inne przyczyny niż kurcze u dorosłych, na przykład bóle wzrostowe. Pytamy o to, żeby dać rady, które pasują.',
    },
    answers: {
      under_16: { label: 'Poniżej 16 lat' },
      age_16_plus: { label: '16 lat lub więcej' },
    },
    errorRequired: 'Zaznacz, ile lat ma osoba, która ma problem z nogami',
    summaryLabel: 'Wiek',
  },

  child_kind: {
    heading: 'Co najbardziej przypomina problem z nogami u dziecka?',
    hint: 'Wybierz odpowiedź, która najlepiej pasuje.',
    why: {
      text: 'Kurcz to kurcz w każdym wieku: mięsień robi się twardy i bolesny, a rozciąganie przynosi ulgę. Bóle wzrostowe są inne: to ból obu nóg pod koniec dnia lub w nocy, bez twardego supła.',
    },
    answers: {
      child_cramp: {
        label: 'Mięsień nagle robi się twardy i bolesny, jak supeł, a rozciągnięcie nogi przynosi ulgę',
        hint: 'Na przykład w łydce lub stopie, w nocy albo w trakcie sportu lub po nim.',
      },
      child_ache: {
        label: 'Ból obu nóg pod koniec dnia lub w nocy, bez twardego supła',
      },
      child_other: {
        label: 'Coś innego albo nie masz pewności',
        hint: 'Dalej pokażemy inne rodzaje problemów z nogami do wyboru.',
      },
    },
    errorRequired: 'Zaznacz to, co najbardziej przypomina problem z nogami u dziecka',
    summaryLabel: 'Problem z nogami u dziecka',
  },

  child_pattern: {
    heading: 'Czy dziecko ma któryś z tych objawów?',
    hint: 'Zaznacz wszystkie, które pasują.',
    why: {
      text: 'Bóle wzrostowe zwykle dotyczą obu nóg pod koniec dnia lub w nocy, mijają do rana i nie powodują utykania. Jeśli ból nie pasuje do tego obrazu, powinien go sprawdzić lekarz.',
    },
    answers: childWarningSigns,
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz to, co dotyczy dziecka, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Ból nóg u dziecka',
  },

  child_signs: {
    heading: 'Najpierw: czy dziecko ma któryś z tych objawów razem z problemem z nogami?',
    hint: 'Zaznacz wszystkie, które pasują. Potem zapytamy, co najbardziej przypomina ten problem z nogami.',
    why: {
      text: 'U dziecka ból tylko w jednej nodze, w ciągu dnia, z utykaniem lub ze złym samopoczuciem powinien sprawdzić lekarz, bez względu na to, co jeszcze się dzieje.',
    },
    answers: childWarningSigns,
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz to, co dotyczy dziecka, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Objawy alarmowe u dziecka',
  },

  kind: {
    heading: 'Które z tych rzeczy ci się zdarzają?',
    hint: 'Zaznacz wszystkie, które pasują. Wiele osób ma więcej niż jedną.',
    why: {
      text: 'Kilka rzeczy może przypominać kurcz, na przykład niespokojne nogi, drgnięcia przy zasypianiu, słabe krążenie przy chodzeniu, ucisk na nerw w kręgosłupie i uszkodzenie nerwów w stopach. Możesz mieć więcej niż jedną z nich, a każda wymaga innych rad.',
    },
    answers: {
      cramp: {
        label: 'Mięsień nagle robi się twardy i bardzo bolesny',
        hint: 'Zwykle w łydce lub stopie. Trwa od kilku sekund do kilku minut i ustępuje, kiedy go rozciągniesz.',
      },
      urge_to_move: {
        label: 'Potrzeba ruszania nogami, z uczuciem pełzania pod skórą lub innym nieprzyjemnym uczuciem',
        hint: 'Pojawia się wieczorem lub kiedy odpoczywasz i poprawia się, gdy się ruszasz.',
      },
      sleep_start: {
        label: 'Jedno nagłe drgnięcie lub szarpnięcie w chwili zasypiania',
        hint: 'Możesz mieć uczucie spadania. Nie zostawia bólu.',
      },
      partner_kicks: {
        label: 'Ktoś widział, jak podczas snu twoje nogi raz po raz kopią lub drgają',
        hint: 'W ciągu dnia może ci się też bardzo chcieć spać.',
      },
      walking_pain: {
        label: 'Kurczowy lub tępy ból nogi po przejściu pewnego odcinka drogi',
        hint: 'Na przykład w łydce, kiedy idziesz pod górę.',
      },
      shooting_pain: {
        label: 'Ból, który promieniuje z pleców lub pośladka w dół nogi',
        hint: 'Niezależnie od tego, czy wywołuje go chodzenie. Może też boleć kręgosłup albo drętwieć noga.',
      },
      burning_feet: {
        label: 'Obie stopy pieką, mrowią, kłują jak igiełki albo są zdrętwiałe',
      },
    },
    noneLabel: 'Żadne z powyższych albo nie wiem',
    errorRequired: 'Zaznacz to, co się dzieje, albo zaznacz „Żadne z powyższych albo nie wiem”',
    summaryLabel: 'Co się dzieje',
  },

  walking_relief: {
    heading: 'Co najlepiej opisuje twój ból przy chodzeniu?',
    hint: 'Pomyśl o tym, co sprawia, że ból mija. Wybierz odpowiedź, która najlepiej pasuje.',
    why: {
      text: 'Ból nóg przy chodzeniu może wynikać ze słabego krążenia, ze zwężenia w dolnym odcinku kręgosłupa albo z nerwu w dolnej części pleców (rwa kulszowa). To, co przynosi ulgę, pomaga je od siebie odróżnić.',
    },
    answers: {
      stand_still: {
        label: 'Mija po kilku minutach stania w miejscu',
      },
      sit_or_bend: {
        label: 'Poprawia się tylko, kiedy usiądziesz albo pochylisz się do przodu',
        hint: 'Na przykład przy opieraniu się o wózek na zakupy.',
      },
      shoots_from_back: {
        label: 'Ból promieniuje od pleców lub pośladka w dół nogi',
      },
      not_sure_walking: {
        label: 'Nie wiem',
      },
    },
    errorRequired: 'Zaznacz, co najlepiej opisuje twój ból przy chodzeniu',
    summaryLabel: 'Ból przy chodzeniu',
  },

  medicines: {
    heading: 'Czy przyjmujesz któryś z tych leków?',
    hint: 'Zaznacz wszystkie, które pasują. Może pomóc, jeśli spojrzysz na opakowania swoich leków.',
    why: {
      text: 'Niektóre leki są powiązane z kurczami, a chinina ma skutki uboczne, na które trzeba uważać. Jeśli jakiś lek może mieć w tym udział, lekarz lub farmaceuta może go z tobą przejrzeć. Nie odstawiaj samodzielnie leku przepisanego przez lekarza.',
    },
    answers: {
      diuretic: {
        label: 'Leki moczopędne (diuretyki)',
        hint: 'Na przykład spironolakton, amiloryd, triamteren, furosemid albo „tiazydowy” lek moczopędny.',
      },
      statin: {
        label: 'Statyna, na obniżenie cholesterolu',
      },
      laba_inhaler: {
        label: 'Inhalator o długim działaniu na astmę lub POChP (przewlekłą chorobę płuc)',
        hint: 'Na przykład salmeterol lub formoterol, sam albo w połączeniu ze sterydem.',
      },
      quinine: {
        label: 'Chinina',
        hint: 'Albo inny produkt, który zawiera chininę.',
      },
      ppi_long_term: {
        label: 'Tabletka zmniejszająca kwas żołądkowy codziennie przez ponad rok',
        hint: 'Są to IPP, czyli inhibitory pompy protonowej, na przykład omeprazol.',
      },
      other_linked_medicine: {
        label: 'Raloksyfen, naproksen, teryparatyd, żelazo podawane w kroplówce albo leczenie hormonalne zawierające estrogen',
      },
      new_medicine: {
        label: 'Kurcze zaczęły się w ciągu tygodni lub miesięcy po rozpoczęciu przyjmowania jakiegoś leku albo po jego zmianie',
        hint: 'Może to być każdy lek, nie tylko te wymienione powyżej.',
      },
    },
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz leki, które przyjmujesz, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Leki',
  },

  health: {
    heading: 'Czy coś z tego cię dotyczy?',
    hint: 'Zaznacz wszystkie, które pasują.',
    why: {
      text: 'Kurcze są częste w ciąży, przy marskości wątroby i przy dializach, a także są powiązane z cukrzycą i niedoczynnością tarczycy. Choroba nerek może też wpływać na poziom wapnia we krwi. Jeśli coś z tego cię dotyczy, zespół, który się tobą opiekuje, powinien wiedzieć o twoich kurczach.',
    },
    answers: {
      pregnant: {
        label: 'Jesteś w ciąży albo urodziłaś dziecko w ciągu ostatnich 6 tygodni',
      },
      cirrhosis: {
        label: 'Marskość wątroby',
        hint: 'Długotrwałe bliznowacenie wątroby.',
      },
      kidney_disease: {
        label: 'Choroba nerek lub dializy',
        hint: 'Nie dotyczy samych kamieni nerkowych w przeszłości.',
      },
      diabetes: {
        label: 'Cukrzyca',
      },
      thyroid: {
        label: 'Niedoczynność tarczycy albo ostatnio nietypowe zmęczenie, ciągłe uczucie zimna lub przybieranie na wadze',
        hint: 'Przybieranie na wadze bez jedzenia więcej niż zwykle.',
      },
    },
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz to, co cię dotyczy, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Zdrowie',
  },

  calcium_risk: {
    heading: 'Wapń: czy coś z tego cię dotyczy?',
    hint: 'Zaznacz wszystkie, które pasują.',
    why: {
      text: 'Niski poziom wapnia we krwi to rzadka przyczyna kurczów. Jest bardziej prawdopodobny po operacji na szyi, przy problemie z przytarczycami lub niedoborze witaminy D albo kiedy jelita źle wchłaniają pokarm. Często powoduje też mrowienie. Może go wykazać tylko badanie krwi.',
    },
    answers: {
      neck_surgery: {
        label: 'Niedawna operacja tarczycy lub przytarczyc (operacja na szyi)',
        callHandler: 'niedawna operacja tarczycy lub przytarczyc',
      },
      parathyroid_vitamin_d: {
        label: 'Stwierdzono u ciebie problem z przytarczycami lub niedobór witaminy D',
        hint: 'Przytarczyce to małe gruczoły w szyi.',
      },
      poor_absorption: {
        label: 'Choroba jelit lub operacja, przez którą twój organizm źle wchłania pokarm',
      },
      tingling_comes_goes: {
        label: 'Mrowienie wokół warg lub w opuszkach palców, które pojawia się i znika',
        callHandler: 'mrowienie wokół warg lub w opuszkach palców, które pojawia się i znika',
      },
      taking_calcium: {
        label: 'Przyjmujesz tabletki z wapniem albo myślisz o ich przyjmowaniu',
        hint: 'To nie jest czynnik ryzyka. Pytamy o to, żeby powiedzieć ci, co wiadomo o tabletkach z wapniem.',
      },
    },
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz to, co cię dotyczy, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Wapń',
  },

  timing: {
    heading: 'Kiedy zwykle pojawiają się kurcze?',
    hint: 'Wybierz odpowiedź, która najlepiej pasuje.',
    why: {
      text: 'Zwykłe kurcze pojawiają się najczęściej w łóżku lub w spoczynku i często cię budzą, ale mogą też występować w ciągu dnia. Kurcze w trakcie wysiłku albo w trakcie dializy mają własne przyczyny i własne rady.',
    },
    answers: {
      night_rest: { label: 'W nocy w łóżku albo w czasie odpoczynku' },
      during_exercise: { label: 'W trakcie wysiłku fizycznego lub ciężkiej pracy albo tuż po nich' },
      daytime: { label: 'W innych porach dnia' },
      during_dialysis: { label: 'Podczas zabiegów dializy' },
    },
    errorRequired: 'Zaznacz, kiedy zwykle pojawiają się kurcze',
    summaryLabel: 'Kiedy pojawiają się kurcze',
  },

  how_often: {
    heading: 'Jak często kurcze zakłócają ci sen lub dzień?',
    hint: 'Pomyśl o ostatnich kilku tygodniach, nie tylko o dzisiejszej nocy.',
    why: {
      text: 'Pojedynczy kurcz, który cię budzi, jest bardzo częsty. Kurcze, które ciągle zakłócają ci sen albo wpływają na codzienne życie, są powodem, żeby pójść do lekarza rodzinnego.',
    },
    answers: {
      now_and_then: { label: 'Od czasu do czasu (najwyżej mniej więcej raz w tygodniu) albo to pierwszy raz' },
      regularly: {
        label: 'Często, od tygodni: kilka nocy w tygodniu albo tak, że powodują zmęczenie lub nie pozwalają ci robić swoich rzeczy',
      },
    },
    errorRequired: 'Zaznacz, jak często kurcze zakłócają ci sen lub dzień',
    summaryLabel: 'Jak często',
  },

  pattern: {
    heading: 'O twoich kurczach: czy coś z tego pasuje?',
    hint: 'Zaznacz wszystkie, które pasują.',
    why: {
      text: 'Niektóre z tych rzeczy mogą zwiększać ryzyko kurczów, a niektóre wskazują na coś, co powinien sprawdzić lekarz. Ich znajomość pomaga nam dać rady, które do ciebie pasują.',
    },
    answers: {
      hard_exercise: {
        label: 'Dużo cięższy lub dłuższy wysiłek niż zwykle w ciągu ostatnich 2 dni',
      },
      heat_sweating: {
        label: 'Mocne pocenie się albo praca lub ćwiczenia w upale',
      },
      toes_pointed: {
        label: 'Spanie z palcami stóp skierowanymi w dół, na brzuchu albo pod ciasno podwiniętą kołdrą',
      },
      long_sitting_standing: {
        label: 'Długie siedzenie lub stanie bez ruchu w ciągu dnia',
      },
      fluid_loss: {
        label: 'W ostatnich kilku dniach wymioty, biegunka albo dużo mniej picia niż zwykle',
      },
    },
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz to, co cię dotyczy, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'O twoich kurczach',
  },

  leg_changes: {
    heading: 'Czy w ciągu ostatnich kilku tygodni pojawiło się w twoich nogach coś z tego?',
    hint: 'Zaznacz wszystkie, które pasują.',
    why: {
      text: 'Drętwienie lub obrzęk obu nóg albo mięśnie, które zanikają lub drgają, mogą oznaczać coś, co powinien sprawdzić lekarz, bez względu na to, jaki jest problem z nogami.',
    },
    answers: {
      both_legs_numb_swollen: {
        label: 'Drętwienie lub obrzęk obu nóg, nie tylko stóp',
        hint: 'To coś innego niż jedna gorąca, spuchnięta lub bolesna łydka, o którą pytaliśmy wcześniej.',
      },
      wasting_twitching: {
        label: 'Mięśnie nóg stają się cieńsze lub słabsze albo drgają pod skórą nóg',
        hint: 'Nie chodzi o drganie powieki, które jest częste i niegroźne.',
      },
    },
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz to, co cię dotyczy, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Zmiany w nogach',
  },

  last_check: {
    heading: 'Ostatnie sprawdzenie: czy któryś z tych objawów występuje u ciebie teraz albo wystąpił w ciągu ostatnich kilku godzin?',
    hint: 'O niektóre z nich pytaliśmy na początku. Zaznacz wszystkie, które pasują teraz, nawet jeśli wtedy nie były zaznaczone.',
    why: {
      text: 'To najpoważniejsze objawy, które mogą towarzyszyć kurczom w nogach. Pytamy o nie ponownie, bo łatwo je przeoczyć albo mogły dopiero się pojawić.',
    },
    answers: {
      chest_pain: {
        label: 'Ból w klatce piersiowej',
        callHandler: 'ból w klatce piersiowej',
      },
      breathless: {
        label: 'Nowa duszność',
        callHandler: 'nowa duszność',
      },
      cold_pale_leg: {
        label: 'Noga lub stopa, która nagle zrobiła się zimna, blada lub sina',
        callHandler: 'noga lub stopa, która nagle zrobiła się zimna, blada lub sina',
      },
      saddle_numb: {
        label: 'Drętwienie w okolicy odbytu lub narządów płciowych',
        callHandler: 'drętwienie w okolicy odbytu lub narządów płciowych',
      },
      both_legs_weak: {
        label: 'Obie nogi nagle osłabły',
        callHandler: 'nagłe osłabienie obu nóg',
      },
      dark_urine: {
        label: 'Ciemnobrązowy mocz, do tego ból mięśni lub osłabienie',
        hint: 'Ciemnobrązowy znaczy w kolorze herbaty lub coli.',
        callHandler: 'ciemnobrązowy mocz z bólem lub osłabieniem mięśni',
      },
      heat_collapse: {
        label: 'Bardzo gorąca skóra w dotyku i splątanie, w upale lub w gorącym pomieszczeniu',
        callHandler: 'splątanie i bardzo gorąca skóra w upale',
      },
      seizure: {
        label: 'Napad drgawek',
        callHandler: 'napad drgawek',
      },
      cramp_over_10_min: {
        label: 'Kurcz, który trwał dłużej niż 10 minut i nie puszczał przy rozciąganiu ani chodzeniu',
        hint: 'W odróżnieniu od pozostałych na tej stronie zaznacz to, jeśli wystąpił w ciągu ostatnich kilku dni, nawet jeśli już puścił.',
        callHandler: 'kurcz, który trwał dłużej niż 10 minut',
      },
    },
    noneLabel: 'Żadne z powyższych',
    errorRequired: 'Zaznacz objawy, które masz, albo zaznacz „Żadne z powyższych”',
    summaryLabel: 'Ostatnie sprawdzenie poważnych objawów',
  },
};
