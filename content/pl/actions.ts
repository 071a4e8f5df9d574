// Polish translation of content/en/actions.ts; not yet reviewed by a clinician who speaks Polish.
import type { ActionId } from '../ids';
import type { ActionContent } from '../types';

export const actions: Record<ActionId, ActionContent> = {
  call_emergency: {
    title: 'Zadzwoń teraz pod lokalny numer alarmowy',
    body: [
      'Zadzwoń pod lokalny numer alarmowy albo udaj się teraz na najbliższy szpitalny oddział ratunkowy (SOR).',
      'Nie czekaj, żeby zobaczyć, czy się poprawi.',
    ],
  },
  tell_call_handler: {
    title: 'Powiedz, co zauważasz',
    body: [
      'Powiedz dyspozytorowi, co zauważasz i kiedy to się zaczęło.',
      'Słowa z tej strony mogą pomóc ci to wyjaśnić.',
    ],
  },
  dont_drive: {
    title: 'Nie siadaj za kierownicą',
    short: ['Nie siadaj za kierownicą, żeby dojechać po pomoc.'],
    body: ['Poproś kogoś, żeby cię zawiózł, albo poczekaj na karetkę.'],
  },
  get_seen_today: {
    title: 'Potrzebna wizyta u lekarza dzisiaj',
    body: [
      'Poproś lekarza rodzinnego lub innego lekarza pierwszego kontaktu o pilną wizytę dzisiaj. Albo idź do punktu pilnej pomocy medycznej lub zadzwoń na lokalną linię porad medycznych w pilnych sprawach (na przykład NHS 111 w Anglii).',
      'Jeśli jesteś w ciąży albo urodziłaś dziecko w ciągu ostatnich 6 tygodni, skontaktuj się z oddziałem położniczym.',
      'Jeśli pojawi się ból w klatce piersiowej lub duszność, zadzwoń pod lokalny numer alarmowy.',
    ],
  },
  book_appointment: {
    title: 'Umów się na wizytę u lekarza',
    body: [
      'Umów się na wizytę u lekarza rodzinnego lub innego lekarza pierwszego kontaktu w ciągu najbliższych kilku dni lub tygodni.',
      'Powiedz, co wykazał ten test: może pomóc wydrukowane podsumowanie.',
    ],
  },
  bring_to_appointment: {
    title: 'Weź listę leków i dzienniczek objawów',
    body: [
      'Zapisz wszystkie leki, które przyjmujesz, także te, które kupujesz samodzielnie, na przykład suplementy.',
      'Zapisuj, kiedy pojawiają się kurcze lub inne objawy w nogach, jak długo trwają oraz każdy nowo rozpoczęty lub zmieniony lek.',
    ],
  },
  dont_stop_medicines: {
    title: 'Nie odstawiaj samodzielnie leku przepisanego przez lekarza',
    body: [
      'Niektóre leki mogą przyczyniać się do kurczów, ale przyjmuj je dalej, dopóki nie porozmawiasz z lekarzem lub farmaceutą.',
      'Mogą oni ocenić, co dany lek ci daje i czy zmiana ma sens.',
    ],
  },

  stretch_during_cramp: {
    title: 'Rozciągnij mięsień',
    short: [
      'Wyprostuj nogę i przyciągnij palce stopy w górę, w stronę goleni, ręką lub ręcznikiem założonym na stopę.',
      'Utrzymuj rozciąganie spokojnie i równo, aż mięsień się rozluźni.',
    ],
    body: [
      'Wyprostuj kolano.',
      'Przyciągnij palce i stopę w górę, w stronę goleni. Użyj ręki albo ręcznika założonego na stopę.',
      'Albo wstań, postaw stopę z kurczem z tyłu, z piętą płasko na podłodze, i pochyl się do przodu.',
      'Ciągnij spokojnie i równo. Nie szarp palców. Trzymaj, aż mięsień puści.',
    ],
  },
  walk_it_off: {
    title: 'Rozchodź kurcz',
    body: ['Wstań, przenieś ciężar ciała na tę nogę i pochodź chwilę.'],
  },
  massage: {
    title: 'Rozmasuj mięsień',
    body: [
      'Mocno pocieraj lub ugniataj napięty mięsień.',
      'Nie rób tego, jeśli jedna łydka jest spuchnięta, ciepła lub czerwona: może to być zakrzep krwi.',
    ],
  },
  heat: {
    title: 'Użyj ciepła',
    body: ['Ciepła kąpiel, termofor lub poduszka grzewcza na mięsień mogą pomóc. Uważaj, żeby było ciepłe, a nie gorące.'],
  },
  soreness_after: {
    title: 'Spodziewaj się potem bolesności',
    body: [
      'Mięsień może być obolały lub tkliwy nawet przez mniej więcej dobę. To normalne.',
      'Proste leki przeciwbólowe mogą złagodzić bolesność, ale działają zbyt wolno, żeby zatrzymać kurcz. Sprawdź ulotkę albo zapytaj farmaceutę, który lek jest dla ciebie odpowiedni. Jeśli jesteś w ciąży, zanim weźmiesz jakikolwiek lek przeciwbólowy, zapytaj położną lub farmaceutę.',
      'Jeśli ból nie mija albo jedna łydka puchnie, robi się ciepła lub czerwona, zajrzyj do części „Kiedy szukać pomocy”.',
    ],
  },

  nightly_stretch: {
    title: 'Rozciągaj nogi przed snem',
    body: [
      'Każdego wieczoru przed snem rozciągnij łydki (tylna część podudzia) i mięśnie z tyłu uda.',
      'Utrzymuj każde rozciąganie przez 10 sekund i powtórz 3 razy, na obu nogach. Zajmuje to około 3 minut.',
      'Na ile jesteśmy pewni? Może to pomóc, ale badania kliniczne nie są zgodne: jedno wykazało mniej i łagodniejsze kurcze po 6 tygodniach, inne nie wykazało korzyści. Można tego spróbować tanio i bezpiecznie.',
    ],
  },
  loosen_covers: {
    title: 'Nie pozwól, żeby palce stóp w łóżku były skierowane w dół',
    body: [
      'Poluzuj ciasno podwiniętą kołdrę. Poduszka w nogach łóżka może pomóc utrzymać stopy ustawione pionowo.',
      'Staraj się nie leżeć na brzuchu z palcami stóp skierowanymi w dół.',
      'To rada ekspertów; nie została sprawdzona w badaniach klinicznych.',
    ],
  },
  move_in_day: {
    title: 'Ruszaj nogami w ciągu dnia',
    body: ['Używanie nóg w ciągu dnia może oznaczać mniej kurczów w nocy. Staraj się nie siedzieć ani nie stać bez ruchu przez bardzo długi czas.'],
  },
  build_up_exercise: {
    title: 'Zwiększaj wysiłek powoli',
    body: [
      'Ciężki wysiłek, do którego twoje ciało nie jest przyzwyczajone, może wywołać kurcze.',
      'Zwiększaj intensywność lub czas ćwiczeń stopniowo, po trochu.',
    ],
  },
  heat_cramp_advice: {
    title: 'Jeśli łapią cię kurcze w upale',
    body: [
      'Jeśli kurcze zaczynają się w trakcie aktywności, kiedy mocno się pocisz: przerwij i odpocznij w chłodnym miejscu.',
      'Wypij trochę soku owocowego lub napoju dla sportowców i unikaj ciężkiego wysiłku przez kilka godzin.',
      'Pij, kiedy czujesz pragnienie. Nie zmuszaj się do picia dużych ilości wody: picie o wiele za dużej ilości może być niebezpieczne.',
      'Szukaj pomocy medycznej, jeśli kurcze nie ustąpiły w ciągu godziny albo jeśli masz chorobę serca lub jesteś na diecie z małą ilością soli. Splątanie, bardzo gorąca skóra lub zasłabnięcie to nagły przypadek.',
    ],
  },
  cramp_diary: {
    title: 'Prowadź dzienniczek kurczów',
    body: [
      'Zapisuj, kiedy pojawia się każdy kurcz, gdzie jest, jak długo trwa, oraz wszystkie nowe lub zmienione leki.',
      'To pomoże tobie i lekarzowi dostrzec powtarzające się wzorce.',
    ],
  },
  expect_improvement: {
    title: 'Daj temu czas',
    body: [
      'Nocne kurcze często same się poprawiają.',
      'W badaniach klinicznych wielu osobom się poprawia, bez względu na to, co przyjmują, nawet przy tabletkach bez żadnego leku (placebo). Dlatego tak wiele środków wydaje się działać, więc zastanów się dwa razy, zanim za nie zapłacisz.',
    ],
  },
  avoid_quinine: {
    title: 'Nie stosuj chininy ani wody tonik na kurcze',
    body: [
      'Chinina pomaga tylko trochę. Rzadko wyrządza poważną szkodę, na przykład krwawienia, uszkodzenie nerek, nierówne bicie serca albo zmiany słuchu lub wzroku.',
      'Amerykański urząd nadzoru nad lekami ostrzega, że przy kurczach nóg ryzyko przewyższa wszelkie korzyści. Woda tonik nie była badana jako środek na kurcze.',
      'Jeśli lekarz przepisał ci chininę, porozmawiaj z nim o tym.',
    ],
  },
  magnesium_not_helpful: {
    title: 'Tabletki z magnezem raczej nie pomogą na zwykłe kurcze',
    body: [
      'Badania kliniczne u starszych dorosłych ze zwykłymi nocnymi kurczami wykazały, że magnez nie ma na nie realnego wpływu.',
      'Może powodować rozstrój żołądka lub biegunkę. Jeśli masz chorobę nerek, nie przyjmuj suplementów magnezu, chyba że zaleci je lekarz.',
    ],
  },

  no_massage_calf: {
    title: 'Nie pocieraj ani nie masuj tej łydki',
    short: ['Nie pocieraj ani nie masuj spuchniętej, ciepłej lub czerwonej łydki: może w niej być zakrzep krwi.'],
    body: ['Zostaw ją w spokoju, dopóki nie sprawdzi jej lekarz.'],
  },
  heat_first_aid: {
    title: 'W oczekiwaniu na pomoc: schroń się przed upałem',
    short: ['Czekając na pomoc, przejdź w chłodne miejsce, z dala od słońca, i odpoczywaj.'],
    body: ['Przerwij wszelką aktywność i odpoczywaj w chłodnym miejscu, dopóki nie nadejdzie pomoc.'],
  },
  sleep_start_habits: {
    title: 'Drgnięcia przy zasypianiu są normalne',
    short: ['Nie trzeba niczego leczyć: szarpnięcie przy zasypianiu to normalna część snu.'],
    body: ['Zdarzają się częściej przy kofeinie, stresie i nieregularnym śnie, więc warto się temu przyjrzeć.'],
  },
  child_when_to_see_doctor: {
    title: 'Kiedy iść z dzieckiem do lekarza',
    body: [],
    when: {
      see_doctor: [
        'Ból jest tylko w jednej nodze.',
        'Boli w ciągu dnia.',
        'Dziecko utyka.',
        'Dziecko wygląda na chore.',
      ],
    },
  },
  growing_pains_watch: {
    title: 'Sprawdź rano, jak czuje się dziecko',
    short: ['Typowe bóle wzrostowe dotyczą obu nóg pod koniec dnia lub w nocy i mijają do rana.'],
    body: ['Jeśli ból utrzymuje się rano albo dziecko utyka, idź z nim do lekarza.'],
  },
  rls_iron_check: {
    title: 'Idź do lekarza rodzinnego z powodu niespokojnych nóg',
    body: [
      'Niespokojne nogi można leczyć, więc umów się na wizytę u lekarza rodzinnego.',
      'Lekarz może sprawdzić poziom żelaza badaniem krwi.',
    ],
  },
  plmd_sleep_study: {
    title: 'Idź do lekarza rodzinnego z powodu kopania nogami',
    body: [
      'Powiedz lekarzowi rodzinnemu, co widziała osoba, która śpi obok ciebie, i czy w ciągu dnia chce ci się spać.',
      'Żeby mieć pewność, może być potrzebne badanie snu (badania wykonywane podczas snu).',
    ],
  },
  circulation_check: {
    title: 'Sprawdź krążenie u lekarza',
    body: [
      'Idź do lekarza rodzinnego. Ból nogi, który pojawia się przy chodzeniu i mija, gdy stoisz w miejscu, może oznaczać słabe krążenie. Ma to większe znaczenie, jeśli palisz albo masz cukrzycę lub chorobę serca.',
      'Ból stopy w spoczynku, zmiana koloru skóry albo rany, które się nie goją, są poważniejsze: zgłoś się do lekarza dzisiaj.',
      'Noga lub stopa, która nagle robi się zimna, blada lub sina, to nagły przypadek.',
    ],
  },
  spine_check: {
    title: 'Sprawdź plecy i nerwy u lekarza',
    body: [
      'Idź do lekarza rodzinnego. Ból nogi, który słabnie, gdy siadasz lub pochylasz się do przodu, albo promieniuje od pleców w dół nogi, może pochodzić z kręgosłupa.',
      'Zgłoś się do lekarza dzisiaj, jeśli noga osłabnie.',
      'Natychmiast zadzwoń pod lokalny numer alarmowy, jeśli pojawi się drętwienie między nogami lub w okolicy odbytu. Zrób to samo przy nowych problemach z oddawaniem moczu lub stolca albo przy osłabieniu obu nóg.',
    ],
  },
  neuropathy_check: {
    title: 'Sprawdź stopy u lekarza',
    body: [
      'Idź do lekarza rodzinnego z powodu pieczenia, mrowienia lub drętwienia stóp. Może to być uszkodzenie nerwów (neuropatia obwodowa).',
      'Jest to szczególnie ważne, jeśli masz cukrzycę.',
    ],
  },
  review_medicines: {
    title: 'Poproś o przegląd leków',
    body: [
      'Niektóre leki mogą przyczyniać się do kurczów, na przykład leki moczopędne (diuretyki), inhalatory o długim działaniu na astmę lub POChP oraz statyny. Dowody są niejednoznaczne.',
      'Poproś lekarza lub farmaceutę, żeby przejrzał z tobą twoje leki.',
      'Nie odstawiaj samodzielnie leku przepisanego przez lekarza.',
    ],
  },
  quinine_review: {
    title: 'Porozmawiaj o chininie z osobą, która ci ją przepisała',
    body: [
      'Chinina pomaga tylko trochę (o mniej więcej jeden kurcz mniej na tydzień) i może rzadko wyrządzić poważną szkodę.',
      'Zapytaj, czy nadal jej potrzebujesz. Brytyjskie wytyczne mówią, że jej stosowanie należy regularnie oceniać i przerwać, jeśli nie pomaga.',
    ],
  },
  ppi_magnesium_check: {
    title: 'Poproś o badanie poziomu magnezu we krwi',
    body: [
      'Niektóre leki zmniejszające kwas żołądkowy (IPP), na przykład omeprazol, mogą obniżać poziom magnezu. Dzieje się tak, gdy przyjmujesz je codziennie przez długi czas.',
      'Poproś lekarza rodzinnego o badanie krwi, żeby to sprawdzić. Przyjmuj lek dalej, dopóki z nim nie porozmawiasz.',
      'Zgłoś się do lekarza dzisiaj, jeśli masz skurcze z bardzo szybkim lub nierównym biciem serca albo z drżeniem. Napad drgawek lub omdlenie to nagły przypadek.',
    ],
  },
  tell_midwife: {
    title: 'Powiedz położnej lub lekarzowi',
    body: [
      'Wspomnij o kurczach podczas następnej wizyty kontrolnej.',
      'Jeśli jedna łydka jest czerwona, spuchnięta, ciepła lub bolesna, skontaktuj się dzisiaj z położną, lekarzem lub oddziałem położniczym.',
    ],
  },
  tell_specialist_team: {
    title: 'Powiedz zespołowi, który leczy twoją wątrobę lub nerki',
    body: [
      'Kurcze są częste przy marskości wątroby, chorobie nerek i dializach. Powiedz o nich swojemu zespołowi specjalistów; są metody leczenia, które mogą pomóc, i to oni mogą o nich zdecydować.',
      'Nie próbuj „detoksu” ani „oczyszczania”: nie ma dobrych dowodów, że usuwają toksyny, a niektóre są niebezpieczne.',
    ],
  },
  mention_at_diabetes_review: {
    title: 'Wspomnij o kurczach podczas kontroli cukrzycy',
    body: [
      'Kurcze są częstsze przy cukrzycy, częściowo z powodu uszkodzenia nerwów w stopach.',
      'Wspomnij o nich podczas następnej kontroli cukrzycy. Umów się do lekarza rodzinnego wcześniej, jeśli zakłócają ci sen albo stopy pieką, mrowią lub drętwieją.',
    ],
  },
  thyroid_check: {
    title: 'Zapytaj o tarczycę',
    body: [
      'Niedoczynność tarczycy może powodować kurcze, sztywność i bóle, a do tego zmęczenie, uczucie zimna i przybieranie na wadze.',
      'Jeśli to do ciebie pasuje, idź do lekarza rodzinnego. Jeśli masz już problem z tarczycą, powiedz lekarzowi o swoich kurczach.',
    ],
  },

  calcium_unlikely: {
    title: 'Dlaczego to prawdopodobnie nie wapń',
    short: [
      'Prawdopodobnie nie: większość nocnych kurczów nie ma przyczyny związanej z minerałami.',
      'Nie wykazano, że tabletki z wapniem im zapobiegają, a mogą one szkodzić.',
    ],
    body: [
      'Większość nocnych kurczów nie ma przyczyny związanej z minerałami. Wydaje się, że biorą się z nadmiernie pobudzonych nerwów i zmęczonych mięśni. Badania krwi zwykle nie są potrzebne.',
      'Niski poziom wapnia we krwi zdarza się rzadko. Kiedy rzeczywiście powoduje kurcze, zwykle są też inne objawy, na przykład mrowienie wokół ust lub w opuszkach palców, oraz jakaś przyczyna, na przykład operacja na szyi lub choroba nerek.',
      'Żadne badanie kliniczne nie wykazało, że tabletki z wapniem zapobiegają zwykłym nocnym kurczom.',
      'Tabletki z wapniem mogą szkodzić. Górny limit to 2500 mg dziennie w wieku 19–50 lat i 2000 mg dziennie w wieku 51 lat i więcej, licząc razem jedzenie i tabletki. Tabletki są powiązane z kamieniami nerkowymi i zaparciami, ich wpływ na serce jest sporny i mogą zaburzać działanie innych leków (zapytaj farmaceutę). Wapń w jedzeniu jest w porządku.',
      'Skupianie się na wapniu może opóźnić znalezienie prawdziwej przyczyny, na przykład leku albo problemu, który powinien obejrzeć lekarz.',
    ],
  },
  calcium_check: {
    title: 'Sprawdź poziom wapnia u lekarza',
    short: ['Możliwe: niektóre twoje odpowiedzi sprawiają, że niski poziom wapnia we krwi jest bardziej prawdopodobny, więc poproś lekarza rodzinnego o badanie krwi.'],
    body: [
      'Niektóre twoje odpowiedzi sprawiają, że rzeczywiście niski poziom wapnia we krwi jest bardziej prawdopodobny.',
      'Umów się na wizytę u lekarza rodzinnego. Badanie krwi to sposób, żeby się tego dowiedzieć.',
      'Nie zaczynaj samodzielnie brać tabletek z wapniem. Jeśli poziom jest niski, właściwe leczenie zależy od przyczyny: może to być witamina D lub magnez, a nie wapń.',
      'Jeśli pojawi się mrowienie wokół warg lub w opuszkach palców razem z kurczami, zgłoś się do lekarza dzisiaj.',
    ],
  },
  calcium_urgent: {
    title: 'To może być niski poziom wapnia we krwi',
    short: ['Może tak być: mrowienie lub skurcze razem z kurczami mogą być objawem niskiego poziomu wapnia we krwi, co lekarze sprawdzają badaniem krwi.'],
    body: [
      'Mrowienie wokół warg lub w opuszkach palców razem z kurczami lub skurczami to objaw, który trzeba traktować poważnie.',
      'Zadzwoń pod lokalny numer alarmowy, jeśli dłonie lub stopy zablokują się w skurczu albo masz trudności z oddychaniem lub bardzo szybkie albo nierówne bicie serca.',
      'Nie lecz tego samodzielnie tabletkami z wapniem: badanie krwi pokaże, co jest potrzebne.',
    ],
  },
  calcium_pregnancy: {
    title: 'Wapń w ciąży: nie jest sprawdzonym sposobem leczenia',
    short: ['Prawdopodobnie nie: wapń nie jest sprawdzonym sposobem leczenia kurczów w ciąży, więc przyjmuj tylko to, co zaleci położna lub lekarz.'],
    body: [
      'Kurcze nóg są częste w ciąży i zwykle ustępują po porodzie.',
      'Starszy przegląd badań klinicznych sugerował, że wapń pomaga. Nowsze przeglądy, obejmujące więcej badań, uznały, że dowody są zbyt słabe, żeby to stwierdzić.',
      'Przyjmuj suplementy, które zaleci położna lub lekarz, ale nie dodawaj na własną rękę dodatkowego wapnia.',
    ],
  },
  calcium_tablets_caution: {
    title: 'Jeśli przyjmujesz tabletki z wapniem',
    body: [
      'Nie przekraczaj górnego limitu: 2500 mg dziennie w wieku 19–50 lat albo 2000 mg dziennie w wieku 51 lat i więcej, licząc razem jedzenie i tabletki.',
      'Tabletki (a nie wapń w jedzeniu) są powiązane z kamieniami nerkowymi i zaparciami. To, czy wpływają na serce, jest sporne.',
      'Tabletki z wapniem mogą sprawić, że niektóre leki nie będą działać prawidłowo, więc poproś farmaceutę o sprawdzenie. Jeśli masz chorobę nerek, najpierw porozmawiaj z lekarzem.',
      'Jeśli przepisał je lekarz, przyjmuj je dalej, a pytania zadawaj lekarzowi.',
    ],
  },

  safety_net: {
    title: 'Ogólne objawy alarmowe',
    body: [],
    when: {
      emergency: [
        'Ból w klatce piersiowej lub duszność.',
        'Noga lub stopa nagle robi się zimna, blada lub sina albo nie możesz ruszać palcami.',
        'Mocz robi się ciemnobrązowy, jak herbata lub cola.',
        'Drętwienie między nogami lub w okolicy odbytu albo nowe problemy z oddawaniem moczu lub stolca.',
      ],
      urgent: [
        'Jedna łydka robi się spuchnięta, ciepła, czerwona lub ciemniejsza.',
        'Kurcz trwa dłużej niż 10 minut i nie puszcza przy rozciąganiu.',
        'Noga robi się słaba lub zdrętwiała.',
      ],
      see_doctor: ['Kurcze wciąż wracają, nasilają się albo często zakłócają ci sen lub dzień.'],
    },
  },
  quinine_warning_signs: {
    title: 'Jeśli przyjmujesz chininę: objawy alarmowe',
    body: [],
    when: {
      emergency: ['Przyjmujesz chininę i masz silne krwawienie, mdlejesz albo pojawia się ból w klatce piersiowej.'],
      urgent: [
        'Przyjmujesz chininę i zauważasz łatwe powstawanie siniaków, krwawienia z nosa lub dziąseł, krew w moczu lub stolcu albo drobne czerwone, fioletowe lub brązowe plamki na skórze. Albo przyjmujesz chininę i masz dzwonienie w uszach, zmiany słuchu lub wzroku albo bardzo szybkie lub nierówne bicie serca.',
      ],
    },
  },
};
