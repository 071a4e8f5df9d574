import type { ResultForOther } from '../types';

/**
 * Translation of content/en/result-for-other.ts: the result's words for someone answering for another person.
 * As in content/pl/questions-for-other.ts, the person with the leg trouble is "ta osoba" (grammatically feminine
 * whatever the person's sex); "ty" stays where it means the reader: calling, waiting, telling the call handler.
 */
export const resultForOther: ResultForOther = {
  triage: {
    urgent: {
      summary: 'Zadzwoń i umów wizytę na dzisiaj: niektóre twoje odpowiedzi wymagają, żeby lekarz zbadał tę osobę, a czekanie i obserwowanie nie jest bezpieczne.',
    },
    self_care: {
      heading: 'Ta osoba może sobie z tym poradzić w domu',
    },
  },
  actions: {
    dont_drive: {
      title: 'Nie pozwól tej osobie prowadzić samochodu',
      short: ['Ta osoba nie powinna sama prowadzić samochodu, żeby dojechać po pomoc.'],
      body: ['Jeśli to bezpieczne, zawieź tę osobę samodzielnie, poproś o to kogoś innego albo poczekaj na karetkę.'],
    },
    get_seen_today: {
      body: [
        'Poproś lekarza rodzinnego tej osoby lub innego lekarza pierwszego kontaktu o pilną wizytę dzisiaj. Albo zabierz ją do punktu pilnej pomocy medycznej lub zadzwoń na lokalną linię porad medycznych w pilnych sprawach (na przykład NHS 111 w Anglii).',
        'Jeśli ta osoba jest w ciąży albo urodziła dziecko w ciągu ostatnich 6 tygodni, skontaktuj się z oddziałem położniczym, który się nią opiekuje.',
        'Jeśli u tej osoby pojawi się ból w klatce piersiowej lub duszność, zadzwoń pod lokalny numer alarmowy.',
      ],
    },
    heat_first_aid: {
      title: 'W oczekiwaniu na pomoc: pomóż tej osobie schronić się przed upałem',
      short: ['Czekając na pomoc, pomóż tej osobie przejść w chłodne miejsce, z dala od słońca, i odpocząć.'],
      body: ['Ta osoba powinna przerwać wszelką aktywność i odpoczywać w chłodnym miejscu, dopóki nie nadejdzie pomoc.'],
    },
    stretch_during_cramp: {
      short: [
        'Pomóż tej osobie wyprostować nogę i przyciągnąć palce stopy w górę, w stronę goleni, ręką lub ręcznikiem założonym na stopę.',
        'Utrzymuj rozciąganie spokojnie i równo, aż mięsień się rozluźni.',
      ],
      body: [
        'Wyprostuj kolano.',
        'Przyciągnij palce i stopę w górę, w stronę goleni, ręką albo ręcznikiem założonym na stopę.',
        'Albo ta osoba może wstać, postawić stopę z kurczem z tyłu, z piętą płasko na podłodze, i pochylić się do przodu.',
        'Ciągnij spokojnie i równo. Nie szarp palców. Trzymaj, aż mięsień puści.',
      ],
    },
    safety_net: {
      when: {
        emergency: [
          'Ból w klatce piersiowej lub duszność.',
          'Noga lub stopa nagle robi się zimna, blada lub sina albo ta osoba nie może ruszać palcami.',
          'Mocz robi się ciemnobrązowy, jak herbata lub cola.',
          'Drętwienie między nogami lub w okolicy odbytu albo nowe problemy z oddawaniem moczu lub stolca.',
        ],
        urgent: [
          'Jedna łydka robi się spuchnięta, ciepła, czerwona lub ciemniejsza.',
          'Kurcz trwa dłużej niż 10 minut i nie puszcza przy rozciąganiu.',
          'Noga robi się słaba lub zdrętwiała.',
        ],
        see_doctor: ['Kurcze tej osoby wciąż wracają, nasilają się albo często zakłócają jej sen lub dzień.'],
      },
    },
    calcium_urgent: {
      body: [
        'Mrowienie wokół warg tej osoby lub w opuszkach jej palców razem z kurczami lub skurczami to objaw, który trzeba traktować poważnie.',
        'Zadzwoń pod lokalny numer alarmowy, jeśli dłonie lub stopy tej osoby zablokują się w skurczu albo ma ona trudności z oddychaniem lub bardzo szybkie albo nierówne bicie serca.',
        'Ta osoba nie powinna leczyć tego samodzielnie tabletkami z wapniem: badanie krwi pokaże, co jest potrzebne.',
      ],
    },
    quinine_warning_signs: {
      title: 'Jeśli ta osoba przyjmuje chininę: objawy alarmowe',
      when: {
        emergency: ['Ta osoba przyjmuje chininę i ma silne krwawienie, mdleje albo pojawia się u niej ból w klatce piersiowej.'],
        urgent: [
          'Ta osoba przyjmuje chininę i zauważa łatwe powstawanie siniaków, krwawienia z nosa lub dziąseł, krew w moczu lub stolcu albo drobne czerwone, fioletowe lub brązowe plamki na skórze. Albo ta osoba przyjmuje chininę i ma dzwonienie w uszach, zmiany słuchu lub wzroku albo bardzo szybkie lub nierówne bicie serca.',
        ],
      },
    },
  },
  causes: {
    prolonged_cramp: {
      summary: 'Zwykły kurcz mija w ciągu około 10 minut, zwłaszcza gdy się go rozciąga.',
      explanation: 'Kurcz, który trwa dłużej i nie puszcza, wymaga, żeby lekarz zbadał tę osobę dzisiaj.',
    },
    severe_limb_ischaemia: {
      summary: 'Gdy zwężone tętnice nie doprowadzają wystarczająco dużo krwi, stopa może boleć w spoczynku lub w nocy, a ból często słabnie, gdy noga zwisa w dół.',
      explanation: 'Inne objawy to rany, które się nie goją, albo ciemne palce. Lekarz musi zbadać tę osobę dzisiaj lub bardzo szybko.',
    },
    nerve_root_compression: {
      summary: 'Noga, która osłabła w ciągu kilku godzin lub dni, wymaga, żeby lekarz zbadał tę osobę dzisiaj.',
    },
    cauda_equina: {
      summary: 'Drętwienie między nogami, nowe problemy z oddawaniem moczu lub stolca albo osłabienie obu nóg mogą oznaczać, że nerwy u dołu kręgosłupa są uciśnięte.',
      explanation: 'Te nerwy obsługują nogi, pęcherz, jelita i skórę między nogami. To wymaga natychmiastowej pomocy ratunkowej.',
    },
    tetanus: {
      explanation: 'Powoduje skurcze mięśni i jest bardziej prawdopodobny, jeśli ta osoba nie ma aktualnych szczepień przeciw tężcowi. Lekarz musi zbadać tę osobę dzisiaj; sztywna szczęka lub trudności z przełykaniem oznaczają nagły przypadek.',
    },
    quinine_toxicity: {
      explanation: 'W twoich odpowiedziach są objawy, które mogą to oznaczać. Skontaktuj się z lekarzem dzisiaj; silne krwawienie lub omdlenie to nagły przypadek.',
    },
    low_calcium: {
      explanation: 'Zwykle ma to jakąś przyczynę, na przykład niedawną operację na szyi, problemy z przytarczycami lub nerkami albo niedobór witaminy D. Wykaże to badanie krwi, więc ta osoba powinna zgłosić się do lekarza dzisiaj, zamiast samodzielnie brać tabletki.',
    },
    low_magnesium_ppi: {
      summary: 'Lek zmniejszający kwas żołądkowy, taki jak omeprazol, przyjmowany przez długi czas, może obniżyć poziom magnezu we krwi.',
      explanation: 'Objawami mogą być skurcze mięśni z bardzo szybkim lub nierównym biciem serca albo z drżeniem. Lekarz powinien zbadać tę osobę dzisiaj; napad drgawek lub omdlenie to nagły przypadek.',
    },
    statin_muscle: {
      explanation: 'Silny ból lub osłabienie mięśni, których ta osoba nie umie wyjaśnić, powinien sprawdzić lekarz dzisiaj. Jeśli mocz tej osoby zrobi się ciemnobrązowy, zadzwoń pod lokalny numer alarmowy.',
    },
  },
  result: {
    stoppedEarly: 'Powiedz lekarzowi także o innych problemach z nogami, które ma ta osoba: ten test przestał zadawać pytania, gdy tylko znalazł powód, żeby lekarz zbadał ją dzisiaj.',
    printButton: 'Wydrukuj lub zapisz dla lekarza tej osoby',
    showSummary: 'Pokaż podsumowanie dla lekarza tej osoby',
  },
  handover: {
    open: 'Twoje odpowiedzi i podsumowanie dla lekarza tej osoby',
  },
};
