// Polish translation of content/en/causes.ts; not yet reviewed by a clinician who speaks Polish.
import type { CauseId } from '../ids';
import type { CauseContent } from '../types';

export const causes: Record<CauseId, CauseContent> = {
  pulmonary_embolism: {
    name: 'Możliwy zakrzep krwi w płucu',
    term: 'zatorowość płucna',
    summary: 'Zakrzep krwi w żyle nogi może się oderwać i przedostać do płuc.',
    explanation:
      'Ból w klatce piersiowej lub duszność, zwłaszcza ze spuchniętą lub bolesną łydką, mogą być tego objawem. Wymaga to natychmiastowego leczenia ratunkowego, więc wezwij pomoc teraz.',
  },
  acute_limb_ischaemia: {
    name: 'Możliwa zatkana tętnica w nodze',
    term: 'ostre niedokrwienie kończyny',
    summary: 'Tętnica może się nagle zatkać i odciąć dopływ krwi do nogi.',
    explanation:
      'Nagły, silny ból, gdy noga lub stopa jest zimna, blada lub sina, zdrętwiała albo trudno nią ruszać, to objaw alarmowy. Wymaga to natychmiastowego leczenia w szpitalu.',
  },
  cauda_equina: {
    name: 'Możliwy ucisk na nerwy u dołu kręgosłupa',
    term: 'zespół ogona końskiego',
    summary: 'Drętwienie między nogami, nowe problemy z oddawaniem moczu lub stolca albo osłabienie obu nóg mogą oznaczać, że nerwy u dołu kręgosłupa są uciśnięte.',
    explanation:
      'Te nerwy obsługują nogi, pęcherz, jelita i skórę między nogami. To wymaga natychmiastowej pomocy ratunkowej.',
  },
  rhabdomyolysis: {
    name: 'Możliwy rozpad mięśni',
    term: 'rabdomioliza',
    summary: 'Mięśnie mogą ulec rozpadowi po bardzo ciężkim lub nietypowym wysiłku, przy upale, po upadku, a czasem przy przyjmowaniu statyn.',
    explanation:
      'Mocz, który robi się ciemnobrązowy, jak herbata lub cola, razem z bólem lub osłabieniem mięśni to objaw alarmowy. Wymaga to natychmiastowych badań i leczenia ratunkowego.',
  },
  heat_stroke: {
    name: 'Możliwy udar cieplny',
    summary: 'Przegrzanie organizmu, w upalną pogodę, w gorącym pomieszczeniu albo podczas ciężkiej pracy lub wysiłku w upale, może przejść w wyczerpanie cieplne i udar cieplny.',
    explanation:
      'Splątanie, bardzo gorąca skóra lub zasłabnięcie to objawy alarmowe. To nagły przypadek.',
  },
  severe_low_calcium: {
    name: 'Możliwy bardzo niski poziom wapnia we krwi',
    term: 'ciężka hipokalcemia',
    summary: 'Gdy poziom wapnia we krwi bardzo spada, dłonie lub stopy mogą zablokować się w skurczu, a oddychanie lub bicie serca może zostać zaburzone.',
    explanation:
      'Jest to najbardziej prawdopodobne w ciągu kilku dni po operacji tarczycy lub przytarczyc (na szyi). Wymaga to natychmiastowego leczenia ratunkowego.',
  },
  tetanus: {
    name: 'Możliwy tężec',
    summary: 'Tężec to rzadkie, ale groźne zakażenie, które może dostać się do organizmu przez ranę, zwłaszcza zabrudzoną ziemią.',
    explanation:
      'Powoduje skurcze mięśni i jest bardziej prawdopodobny, jeśli nie masz aktualnych szczepień przeciw tężcowi. Lekarz musi cię zbadać dzisiaj; sztywna szczęka lub trudności z przełykaniem oznaczają nagły przypadek.',
  },
  fainting: {
    name: 'Omdlenie lub utrata przytomności',
    summary: 'Omdlenie razem z kurczami lub bolącą nogą może mieć poważną przyczynę, na przykład zakrzep krwi w płucu albo reakcję na lek, taki jak chinina.',
    explanation: 'Lekarze muszą od razu ustalić przyczynę, dlatego to nagły przypadek.',
  },
  quinine_toxicity: {
    name: 'Możliwa groźna reakcja na chininę',
    summary: 'Chinina może rzadko wyrządzić poważną szkodę, na przykład krwawienia, uszkodzenie nerek, nierówne bicie serca albo zmiany słuchu lub wzroku.',
    explanation:
      'Zaznaczone przez ciebie objawy mogą to oznaczać. Skontaktuj się z lekarzem dzisiaj; silne krwawienie lub omdlenie to nagły przypadek.',
  },

  dvt: {
    name: 'Możliwy zakrzep krwi w nodze',
    term: 'zakrzepica żył głębokich',
    summary: 'Zakrzep krwi może powstać w żyle głębokiej, zwykle w jednej łydce.',
    explanation:
      'Objawem może być łydka, która jest spuchnięta, ciepła, czerwona lub ciemniejsza, albo ból, który utrzymuje się między kurczami i nie ustępuje po rozciąganiu. Trzeba to sprawdzić dzisiaj, bo zakrzep może przedostać się do płuc.',
  },
  prolonged_cramp: {
    name: 'Kurcz, który nie puszcza',
    summary: 'Zwykły kurcz mija w ciągu około 10 minut, zwłaszcza gdy go rozciągasz.',
    explanation:
      'Kurcz, który trwa dłużej i nie puszcza, wymaga, żeby lekarz zbadał cię dzisiaj.',
  },
  severe_limb_ischaemia: {
    name: 'Poważne zaburzenia krążenia w nodze',
    term: 'ciężka choroba tętnic obwodowych',
    summary: 'Gdy zwężone tętnice nie doprowadzają wystarczająco dużo krwi, stopa może boleć w spoczynku lub w nocy, a ból często słabnie, gdy zwiesisz nogę.',
    explanation:
      'Inne objawy to rany, które się nie goją, albo ciemne palce. Lekarz musi cię zbadać dzisiaj lub bardzo szybko.',
  },
  nerve_root_compression: {
    name: 'Noga, która osłabła',
    term: 'możliwy ucisk nerwu w dolnej części pleców (ucisk korzenia nerwowego)',
    summary: 'Noga, która osłabła w ciągu kilku godzin lub dni, wymaga, żeby lekarz zbadał cię dzisiaj.',
    explanation:
      'Częstą przyczyną jest ucisk na nerw wychodzący z dolnego odcinka kręgosłupa, na przykład przez wypadnięty dysk, co może też powodować ból promieniujący w dół nogi. Drętwienie między nogami albo problemy z oddawaniem moczu lub stolca oznaczałyby nagły przypadek.',
  },
  both_legs_weakness: {
    name: 'Nagłe osłabienie obu nóg',
    summary: 'Nowe osłabienie obu nóg wymaga natychmiastowej pomocy ratunkowej.',
    explanation:
      'Może wynikać z ucisku na nerwy u dołu kręgosłupa albo, zwłaszcza przy ciemnobrązowym moczu i bolących mięśniach, z rozpadu mięśni.',
  },
  low_calcium: {
    name: 'Możliwy niski poziom wapnia we krwi',
    term: 'hipokalcemia',
    summary: 'Mrowienie wokół warg lub w opuszkach palców razem z kurczami może być objawem niskiego poziomu wapnia we krwi.',
    explanation:
      'Zwykle ma to jakąś przyczynę, na przykład niedawną operację na szyi, problemy z przytarczycami lub nerkami albo niedobór witaminy D. Wykaże to badanie krwi, więc zgłoś się do lekarza dzisiaj, zamiast samodzielnie brać tabletki.',
  },
  low_magnesium_ppi: {
    name: 'Możliwy niski poziom magnezu wywołany lekiem na kwas żołądkowy',
    term: 'IPP, inhibitor pompy protonowej',
    summary: 'Lek zmniejszający kwas żołądkowy, taki jak omeprazol, przyjmowany przez długi czas, może obniżyć poziom magnezu we krwi.',
    explanation:
      'Objawami mogą być skurcze mięśni z bardzo szybkim lub nierównym biciem serca albo z drżeniem. Lekarz powinien cię zbadać dzisiaj; napad drgawek lub omdlenie to nagły przypadek.',
  },
  statin_muscle: {
    name: 'Możliwy problem z mięśniami wywołany statyną',
    summary: 'Statyny, czyli leki na cholesterol, mogą czasem uszkadzać mięśnie, częściej przy dużych dawkach.',
    explanation:
      'Silny ból lub osłabienie mięśni, których nie umiesz wyjaśnić, powinien sprawdzić lekarz dzisiaj. Jeśli twój mocz zrobi się ciemnobrązowy, zadzwoń pod lokalny numer alarmowy.',
  },

  night_cramp: {
    name: 'Zwykłe nocne kurcze',
    term: 'idiopatyczne nocne kurcze nóg',
    summary: 'Są bardzo częste, zwłaszcza z wiekiem, i nie są objawem choroby.',
    explanation:
      'Wydaje się, że biorą się z nadmiernie pobudzonych nerwów i zmęczonych mięśni. Brak wapnia lub innych minerałów rzadko jest ich przyczyną. Twoje odpowiedzi do tego pasują: twardy, bolesny supeł, który ustępuje, gdy go rozciągasz. Kroki poniżej mogą pomóc.',
  },
  day_cramps: {
    name: 'Kurcze w ciągu dnia',
    summary: 'Zwykłe kurcze mogą pojawiać się w dzień, tak samo jak w nocy, i nie są objawem choroby.',
    explanation:
      'Wydaje się, że biorą się z nadmiernie pobudzonych nerwów i zmęczonych mięśni, a nie z braku wapnia lub innych minerałów. Pomagają te same ćwiczenia rozciągające.',
  },
  restless_legs: {
    name: 'Niespokojne nogi',
    term: 'zespół niespokojnych nóg',
    summary: 'Niespokojne nogi to potrzeba ruszania nogami, często z uczuciem pełzania pod skórą lub z bólem.',
    explanation:
      'Pojawia się, gdy siedzisz lub leżysz bez ruchu, nasila się wieczorem i w nocy i słabnie, gdy się ruszasz. Nie ma twardego supła jak przy kurczu, a niespokojne nogi można leczyć.',
  },
  sleep_starts: {
    name: 'Drgnięcia przy zasypianiu',
    term: 'mioklonie przysenne',
    summary: 'Drgnięcie przy zasypianiu to jedno nagłe szarpnięcie nóg lub ciała w chwili zasypiania, czasem z uczuciem spadania.',
    explanation:
      'Jest uważane za normalną część snu, a nie za chorobę, i nie zostawia trwałego bólu.',
  },
  plmd: {
    name: 'Ruchy nóg podczas snu',
    term: 'zespół okresowych ruchów kończyn podczas snu',
    summary: 'W tym zaburzeniu nogi raz po raz kopią lub drgają podczas snu.',
    explanation:
      'Zwykle zauważa to osoba śpiąca obok, a nie ty, ale możesz budzić się bez uczucia wypoczęcia albo w ciągu dnia może ci się chcieć spać. To nie boli, a żeby mieć pewność, potrzebne jest badanie snu.',
  },
  pad: {
    name: 'Słabe krążenie przy chodzeniu',
    term: 'choroba tętnic obwodowych',
    summary: 'Zwężone tętnice mogą sprawiać, że do pracujących mięśni nóg nie dociera wystarczająco dużo krwi.',
    explanation:
      'Powoduje to kurczowy ból łydki, uda lub pośladka po przejściu pewnego odcinka drogi, który mija po kilku minutach odpoczynku. Jest to bardziej prawdopodobne, jeśli palisz albo masz cukrzycę lub chorobę serca, i powinien to sprawdzić lekarz.',
  },
  spinal_stenosis: {
    name: 'Zwężenie w dolnym odcinku kręgosłupa',
    term: 'zwężenie kanału kręgowego w odcinku lędźwiowym',
    summary: 'Gdy miejsce na nerwy w dolnej części pleców się zwęża, przy staniu i chodzeniu nogi mogą być ciężkie, mrowić, słabnąć lub łapać je kurcze.',
    explanation:
      'Ulgę przynosi siadanie albo pochylanie się do przodu, na przykład opieranie się o wózek na zakupy. Lekarz może zbadać twoje plecy.',
  },
  sciatica: {
    name: 'Uciśnięty nerw w plecach',
    term: 'rwa kulszowa',
    summary: 'Nerw w dolnej części pleców może zostać uciśnięty, na przykład przez wypadnięty dysk.',
    explanation:
      'Powoduje to ból promieniujący od pleców lub pośladka w dół nogi, czasem z drętwieniem. Lekarz może to sprawdzić; nowe osłabienie albo drętwienie między nogami wymaga pilnej pomocy.',
  },
  neuropathy: {
    name: 'Uszkodzenie nerwów w stopach',
    term: 'neuropatia obwodowa',
    summary: 'Uszkodzone nerwy mogą sprawiać, że obie stopy pieką, mrowią, kłują jak igiełki lub drętwieją, często bardziej w nocy.',
    explanation:
      'To coś innego niż kurcz: nie ma twardego supła. Powinien to sprawdzić lekarz, zwłaszcza jeśli masz cukrzycę.',
  },
  unclear_leg_symptoms: {
    name: 'Objawy w nogach, które trzeba dokładniej sprawdzić',
    summary: 'Twoje odpowiedzi nie pasowały wyraźnie do zwykłego kurczu ani do innych częstych wzorców.',
    explanation:
      'Nie znaczy to, że coś jest nie tak, ale lekarz może zbadać twoją nogę i zadać więcej pytań. W międzyczasie zwracaj uwagę na objawy alarmowe podane poniżej.',
  },
  growing_pains: {
    name: 'Bóle wzrostowe',
    summary: 'Bóle wzrostowe to ból obu nóg pod koniec dnia lub w nocy, głównie u dzieci przed okresem nastoletnim.',
    explanation:
      'Mijają do rana i nie powodują utykania. Lekarze spierają się o ich przyczynę, ale ten typowy obraz zwykle nie jest powodem do niepokoju.',
  },
  child_needs_check: {
    name: 'Ból nóg u dziecka, który powinien sprawdzić lekarz',
    summary: 'Ból tylko w jednej nodze, ból w ciągu dnia, ból, który powoduje utykanie, albo ból ze złym samopoczuciem nie pasuje do bólów wzrostowych.',
    explanation:
      'Lekarz powinien zbadać twoje dziecko, żeby znaleźć przyczynę.',
  },

  medicine_effect: {
    name: 'Lek może mieć w tym udział',
    summary: 'Niektóre leki są powiązane z kurczami, na przykład leki moczopędne, statyny i inhalatory o długim działaniu na astmę lub POChP.',
    explanation:
      'Badania nie są zgodne, więc twój lek może, ale nie musi być przyczyną. Poproś lekarza lub farmaceutę, żeby go sprawdził, i nie odstawiaj go samodzielnie.',
  },
  quinine_use: {
    name: 'Przyjmowanie chininy',
    summary: 'Chinina pomaga na kurcze tylko trochę i może rzadko wyrządzić poważną szkodę, na przykład problemy z krwawieniem i zmiany rytmu serca.',
    explanation:
      'Urzędy nadzoru nad lekami ostrzegają przed rutynowym stosowaniem jej przy kurczach. Porozmawiaj z osobą, która ci ją przepisała, o tym, czy nadal jej potrzebujesz, i poznaj objawy alarmowe podane poniżej.',
  },
  ppi_magnesium: {
    name: 'Długotrwałe przyjmowanie leku na kwas żołądkowy',
    term: 'IPP, inhibitor pompy protonowej',
    summary: 'Przyjmowanie IPP, takiego jak omeprazol, codziennie przez długi czas, najczęściej ponad rok, może obniżyć poziom magnezu.',
    explanation:
      'Niski poziom magnezu może powodować skurcze mięśni. Można to sprawdzić badaniem krwi.',
  },
  pregnancy_cramps: {
    name: 'Ciąża',
    summary: 'Kurcze nóg są częste w ciąży, głównie w drugim i trzecim trymestrze, i często pojawiają się w nocy.',
    explanation:
      'Nikt nie wie dokładnie dlaczego. Powinny ustąpić po porodzie. Czerwona lub spuchnięta łydka to coś innego: trzeba ją sprawdzić tego samego dnia.',
  },
  cirrhosis_cramps: {
    name: 'Choroba wątroby',
    term: 'marskość wątroby',
    summary: 'Kurcze są częste przy marskości wątroby: ma je mniej więcej połowa chorych lub więcej.',
    explanation:
      'Są związane ze stopniem zaawansowania choroby wątroby i ze zmianami ilości płynów w organizmie, a nie z „toksynami”, które mógłby usunąć detoks. Zespół, który leczy twoją wątrobę, ma metody leczenia, które pomagały w badaniach klinicznych.',
  },
  kidney_cramps: {
    name: 'Choroba nerek lub dializy',
    summary: 'Kurcze są częste przy dializach, głównie w trakcie zabiegów, i są związane z usuwaniem płynu z organizmu.',
    explanation:
      'Są też wymieniane jako problem w chorobie nerek. Zespół, który leczy twoje nerki, może pomóc ci sobie z nimi radzić.',
  },
  diabetes: {
    name: 'Cukrzyca',
    summary: 'Kurcze są częstsze u osób z cukrzycą i wiąże się je z wyższym długoterminowym poziomem cukru we krwi.',
    explanation:
      'Udział może mieć też uszkodzenie nerwów w stopach. Powiedz o swoich kurczach zespołowi, który leczy twoją cukrzycę, albo lekarzowi rodzinnemu.',
  },
  thyroid: {
    name: 'Niedoczynność tarczycy',
    term: 'hipotyreoza',
    summary: 'Niedoczynność tarczycy może powodować kurcze mięśni, sztywność i bóle.',
    explanation:
      'Inne objawy to zmęczenie, ciągłe uczucie zimna i przybieranie na wadze. Jeśli to do ciebie pasuje albo masz już problem z tarczycą, powiedz lekarzowi o swoich kurczach.',
  },
  low_calcium_risk: {
    name: 'Powody, dla których niski poziom wapnia we krwi jest u ciebie bardziej prawdopodobny',
    summary: 'Niski poziom wapnia we krwi zdarza się rzadko, ale niektóre twoje odpowiedzi sprawiają, że jest bardziej prawdopodobny.',
    explanation:
      'Są to: operacja na szyi (tarczycy lub przytarczyc), problemy z przytarczycami lub witaminą D, słabe wchłanianie z jelit, choroba nerek oraz mrowienie, które pojawia się i znika. Można to sprawdzić badaniem krwi. Nie zaczynaj samodzielnie brać tabletek z wapniem: właściwym leczeniem może być zamiast tego witamina D lub magnez.',
  },
  sleep_disruption: {
    name: 'Kurcze, które zakłócają ci sen',
    summary: 'Kurcze, które często cię budzą albo wpływają na codzienne życie, są powodem, żeby pójść do lekarza rodzinnego.',
    explanation:
      'Lekarz może poszukać przyczyny i porozmawiać o tym, co może pomóc.',
  },
  nerve_or_muscle_disease: {
    name: 'Możliwa choroba nerwów lub mięśni',
    summary: 'Mięśnie, które stają się cieńsze, drgania pod skórą albo osłabienie narastające przez tygodnie mogą być objawami choroby nerwów lub mięśni.',
    explanation:
      'Zwykłe kurcze tego nie powodują, więc powinien cię zbadać lekarz.',
  },
  leg_numbness_swelling: {
    name: 'Drętwienie lub obrzęk nóg',
    summary: 'Kurcze, którym towarzyszy drętwienie lub obrzęk nóg, powinien sprawdzić lekarz rodzinny, bo może za nimi stać coś innego.',
    explanation:
      'Jedna łydka, która jest spuchnięta, ciepła lub czerwona, to coś innego: trzeba ją sprawdzić dzisiaj.',
  },
  exercise_cramps: {
    name: 'Kurcze związane z wysiłkiem',
    summary: 'Wysiłek, zwłaszcza cięższy lub dłuższy niż ten, do którego twoje ciało jest przyzwyczajone, może wywołać kurcze w trakcie ćwiczeń albo później w nocy.',
    explanation:
      'Zmęczenie mięśni wydaje się ważniejsze niż brak wody lub soli. Jeśli po wysiłku twój mocz zrobi się ciemnobrązowy, zadzwoń pod lokalny numer alarmowy.',
  },
  heat_cramps: {
    name: 'Mocne pocenie się lub upał',
    term: 'kurcze cieplne',
    summary: 'Kurcze mogą pojawić się podczas ciężkiej pracy lub wysiłku, kiedy mocno się pocisz w upale.',
    explanation:
      'Eksperci nie są zgodni, czy przyczyną jest sam upał, ale rady są te same. Splątanie, bardzo gorąca skóra lub zasłabnięcie to nagły przypadek.',
  },
  foot_position: {
    name: 'Palce stóp skierowane w dół w łóżku',
    summary: 'Leżenie z palcami skierowanymi w dół, pod ciasną kołdrą lub na brzuchu, utrzymuje łydkę skróconą przez wiele godzin i może zwiększać ryzyko kurczu.',
    explanation:
      'To ma sens, ale nie zostało sprawdzone w badaniach klinicznych.',
  },
  long_sitting_standing: {
    name: 'Długie siedzenie lub stanie bez ruchu',
    summary: 'Długie siedzenie lub stanie bez ruchu jest często wymieniane jako czynnik wywołujący kurcze, ale nie zostało to sprawdzone w badaniach klinicznych.',
    explanation:
      'Ruszanie nogami w ciągu dnia może pomóc.',
  },
  fluid_loss: {
    name: 'Utrata płynów i soli mineralnych',
    summary: 'Wymioty, biegunka albo picie dużo mniej niż zwykle mogą zaburzyć poziom soli mineralnych we krwi.',
    explanation:
      'Poziom soli takich jak potas i magnez może spaść. Niski poziom to rzadka przyczyna kurczów. Jeśli kurcze nie mijają, lekarz rodzinny może to sprawdzić badaniem krwi.',
  },
};
