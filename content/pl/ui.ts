// Polish translation of content/en/ui.ts; not yet reviewed by a clinician who speaks Polish.
import type { UiContent } from '../types';

export const ui: UiContent = {
  appName: 'Test kurczów nóg',
  tagline: 'Szybki test dotyczący kurczów nóg, oparty na opublikowanych dowodach medycznych.',
  regions: { uk: 'Wielka Brytania', us_canada: 'USA, Kanada', europe: 'Europa', nhs_uk: 'NHS, Wielka Brytania' },

  emergencyNotice: {
    heading: 'Nagły przypadek?',
    line: 'Ból w klatce piersiowej, duszność albo noga, która zrobiła się zimna i blada: dzwoń teraz.',
    call: 'Zadzwoń pod {number}',
    signsSummary: 'Inne objawy',
    signs: [
      'Drętwienie między nogami lub w okolicy odbytu albo nowe problemy z kontrolą oddawania moczu lub stolca.',
      'Ciemnobrązowy mocz, jak herbata lub cola, z bólem mięśni.',
      'Ktoś jest splątany, bardzo gorący w dotyku albo zasłabł po przebywaniu w upale.',
      'Dłonie lub stopy zablokowane w skurczu albo skurcze ze sztywną szczęką po zranieniu.',
      'Silne krwawienie lub omdlenie podczas przyjmowania chininy.',
    ],
  },

  start: {
    heading: 'Sprawdź swoje kurcze nóg',
    lead: 'Czy to niedobór wapnia? Czy to groźne? Kilka krótkich pytań powie ci, co najprawdopodobniej się dzieje i co zrobić teraz.',
    inCrampNow: {
      heading: 'Masz kurcz w tej chwili?',
      text: 'Wyprostuj nogę i przyciągnij palce stopy w górę, w stronę goleni, aż mięsień puści.',
    },
    whatItIs: [
      'Krótki test oparty na opublikowanych dowodach medycznych.',
      'Najpierw pyta o objawy alarmowe, żeby wykluczyć nieliczne poważne problemy, które mogą przypominać kurcz, na przykład zakrzep krwi.',
      'Mówi ci, jak pilnie potrzebujesz pomocy, jeśli jej potrzebujesz, i co najprawdopodobniej pomoże na twoje kurcze.',
      'Przy każdej radzie widać, skąd pochodzi.',
    ],
    whatItIsNot: [
      'To nie jest diagnoza. Tylko ktoś z personelu medycznego, kto cię zbada, może na pewno powiedzieć, co ci dolega.',
      'Nie zastępuje lekarza. Jeśli się martwisz, skontaktuj się z lekarzem, bez względu na twój wynik.',
      'Niczego nie sprzedaje: żadnych suplementów, żadnych produktów i żadnych reklam.',
    ],
    whoFor: [
      'Dorośli i nastolatki w wieku 16 lat i więcej.',
      'W przypadku dziecka poniżej 16 lat rodzic lub opiekun powinien odpowiadać razem z dzieckiem. Test pyta o wiek dziecka, a potem o objawy, które oznaczają, że ból nóg u dziecka wymaga wizyty u lekarza.',
      'Pytania o objawy alarmowe na początku są dla wszystkich, bez względu na wiek.',
    ],
    privacy:
      'Twoje odpowiedzi zostają w pasku adresu twojej przeglądarki: nie przechowujemy ich, nie udostępniamy ich ani cię nie śledzimy i nie używamy plików cookie.',
    startButton: 'Zacznij teraz',
    startForOther: 'Odpowiadasz w imieniu kogoś innego? Zacznij tutaj',
    timeNeeded: 'To zajmuje około 2 minut: maksymalnie {longest} krótkich pytań, często mniej.',
    whatItIsHeading: 'Co robi ten test',
    whatItIsNotHeading: 'Czym nie jest',
    whoForHeading: 'Dla kogo jest',
  },

  skipLink: 'Przejdź do głównej treści',
  languageNav: 'Język',
  errorPrefix: 'Błąd: ',

  step: {
    continueButton: 'Dalej',
    backLink: 'Wstecz',
    restartLink: 'Zacznij od nowa',
    forOtherLink: 'Odpowiadasz w imieniu kogoś innego?',
    forOtherNow: 'Odpowiadasz w imieniu kogoś innego: pytania dotyczą tej osoby.',
    forSelfLink: 'Zamiast tego odpowiadaj w swoim imieniu',
    progress: 'Pytanie {n} z około {total}',
    whyWeAsk: 'Dlaczego o to pytamy',
    sourcesLabel: 'Źródła',
    errorSummaryTitle: 'Wystąpił problem',
    noneDivider: 'lub',
    noneBothError: 'Zaznacz to, co pasuje, albo „Żadne z powyższych”, ale nie jedno i drugie',
    stageNames: {
      red_flags: 'Objawy alarmowe',
      leg_trouble: 'Jaki to problem z nogami',
      contributors: 'Co może sprzyjać kurczom',
      last_check: 'Ostatnie sprawdzenie',
    },
  },

  review: {
    heading: 'Sprawdź swoje odpowiedzi',
    lead: 'Sprawdź, czy są poprawne, zanim zobaczysz wynik.',
    change: 'Zmień',
    none: 'Żadne z powyższych',
    confirmButton: 'Pokaż mój wynik',
  },

  result: {
    pageTitle: 'Twój wynik',
    doNowHeading: 'Zrób to teraz',
    causesHeading: 'Co się prawdopodobnie dzieje',
    causeMore: 'Więcej o tym',
    calciumMore: 'Więcej o wapniu',
    whenEmergency: 'Zadzwoń teraz pod {number}, jeśli:',
    whenEmergencyNoNumber: 'Zadzwoń teraz pod lokalny numer alarmowy, jeśli:',
    whenUrgent: 'Szukaj pomocy dzisiaj, jeśli:',
    whenSeeDoctor: 'Idź do lekarza, jeśli:',
    urgentCall: 'Zadzwoń pod {number}',
    urgentElsewhere: 'Gdzie indziej zadzwoń do pomocy lekarskiej działającej poza godzinami pracy twojej przychodni albo idź do punktu pilnej pomocy medycznej.',
    stoppedEarly: 'Powiedz lekarzowi także o innych problemach z nogami: ten test przestał zadawać pytania, gdy tylko znalazł powód do wizyty u lekarza dzisiaj.',
    showSummary: 'Pokaż podsumowanie dla lekarza',
    handover: {
      open: 'Twoje odpowiedzi i podsumowanie dla lekarza',
      heading: 'Test kurczów nóg: podsumowanie dla personelu medycznego',
      made: 'Utworzono',
      version: 'Wersja treści',
      level: 'Wynik',
      causes: 'Prawdopodobne przyczyny',
      answers: 'Udzielone odpowiedzi',
      negatives: 'Odpowiedź „nie” na',
      advice: 'Udzielone rady',
      codeLabel: 'Kod QR, który otwiera ten wynik',
      codeNote: 'Zeskanuj, aby otworzyć ten wynik na innym ekranie. Twoje odpowiedzi są zapisane w tym kodzie: każdy, kto go zeskanuje, może je przeczytać.',
    },
    nowHeading: 'Co zrobić teraz',
    preventHeading: 'Jak zapobiegać kurczom',
    getHelpHeading: 'Kiedy szukać pomocy',
    calciumHeading: 'Czy to niedobór wapnia?',
    sourcesHeading: 'Skąd pochodzą te rady',
    answersHeading: 'Twoje odpowiedzi',
    evidenceLabel: 'Dowody:',
    printButton: 'Wydrukuj lub zapisz dla lekarza',
    changeAnswers: 'Zmień odpowiedzi',
    because: 'Na podstawie Twoich odpowiedzi:',
    becauseLevel: 'Skąd ten wynik',
    startAgain: 'Zacznij od nowa',
    callButton: 'Zadzwoń pod {number}',
    clinicHeading: 'Skontaktuj się: {clinic}',
    clinicCall: 'Zadzwoń pod {phone}',
    disclaimer:
      'Ten test podaje ogólne informacje oparte na opublikowanych dowodach medycznych. To nie jest diagnoza. Jeśli martwisz się o swoje zdrowie, skontaktuj się z lekarzem.',
    mythsHeading: 'Co można przeczytać gdzie indziej',
    getHelpSources: 'Skąd pochodzą objawy alarmowe',
    getHelpSourcesLead: 'Objawy w części „Kiedy szukać pomocy” pochodzą z tych źródeł.',
    myths: {
      calcium: {
        claim: '"Nocne kurcze są zwykle spowodowane brakiem wapnia."',
        answer:
          'Większość nocnych kurczów nie ma ukrytej przyczyny: eksperci uważają, że zaczynają się w nadmiernie pobudzonych nerwach i zmęczonych mięśniach, a nie z braku wapnia. ' +
          'Niski poziom wapnia we krwi zdarza się rzadko, zwykle ma wyraźną przyczynę i daje też inne objawy, na przykład mrowienie wokół warg. ' +
          'Tabletki z wapniem nie są sprawdzonym sposobem leczenia kurczów, nawet w ciąży, i mogą powodować skutki uboczne, na przykład kamienie nerkowe.',
      },
      liver_detox: {
        claim: '"Twoja wątroba jest przeciążona toksynami, a detoks wątroby zatrzyma twoje kurcze."',
        answer:
          'Kurcze są częste u osób z ciężką chorobą wątroby (marskością), ale badania wiążą je z tym, jak ciężka jest choroba, a nie z toksynami, które mogłoby usunąć oczyszczanie. ' +
          'Nie ma dobrych badań, które pokazują, że diety lub produkty detoksykujące usuwają toksyny, a niektóre z nich są niebezpieczne. ' +
          'Jeśli masz chorobę wątroby i kurcze, porozmawiaj ze swoim zespołem medycznym.',
      },
      red_light: {
        claim: '"Terapia czerwonym światłem poprawia krążenie i zapobiega nocnym kurczom."',
        answer:
          'Nie znaleźliśmy żadnych badań nad terapią czerwonym światłem w nocnych kurczach, tylko reklamy, a większość nocnych kurczów nie wynika ze słabego krążenia. ' +
          'Jeśli uważasz, że krążenie w twoich nogach jest słabe, na przykład łydka boli cię podczas chodzenia, idź do lekarza. Noga, która nagle robi się zimna i blada, to nagły przypadek.',
      },
      lactic_acid: {
        claim: '"Nagromadzenie kwasu mlekowego powoduje nocne kurcze."',
        answer:
          'Nocne kurcze zaczynają się podczas odpoczynku lub snu, kiedy mięśnie nie pracują ciężko. ' +
          'Badania wskazują, że wyzwalaczem są nadmiernie pobudzone nerwy, i nie znaleźliśmy dobrych dowodów na to, że przyczyną jest kwas mlekowy.',
      },
      water_magnesium: {
        claim: '"Pij dużo wody albo przyjmuj magnez lub napoje z elektrolitami, żeby zatrzymać nocne kurcze."',
        answer:
          'W dużym przeglądzie badań z udziałem starszych dorosłych magnez nie miał realnego wpływu na zwykłe nocne kurcze. ' +
          'Nie znaleźliśmy badań, które pokazują, że dodatkowa woda lub napoje z elektrolitami zapobiegają nocnym kurczom, a picie o wiele za dużej ilości wody może być niebezpieczne. ' +
          'Jeśli bardzo się pocisz, pij, kiedy czujesz pragnienie.',
      },
      quinine_tonic: {
        claim: '"Woda tonik lub chinina to bezpieczny, naturalny sposób na kurcze."',
        answer:
          'Chinina może powodować poważne skutki uboczne, w tym groźne krwawienia, uszkodzenie nerek i zaburzenia rytmu serca. ' +
          'Amerykański urząd nadzoru nad lekami ostrzega, że przy kurczach nóg jej ryzyko przewyższa wszelkie korzyści. ' +
          'Nie znaleźliśmy badań nad wodą tonik w leczeniu kurczów, więc jej też nie zalecamy.',
      },
    },
  },

  restoreError: {
    heading: 'Nie udało się przywrócić twoich odpowiedzi',
    body:
      'To nie jest problem z tobą ani z twoim urządzeniem. Użyty link może być stary, zmieniony lub niepełny. ' +
      'Twoje odpowiedzi nigdy nie zostały nigdzie zapisane, więc nie możemy ich odszukać. Zacznij jeszcze raz: to zajmuje około 2 minut.',
    startAgain: 'Zacznij od nowa',
  },

  versionChanged: {
    heading: 'Ten test został zaktualizowany od czasu utworzenia tego linku',
    body:
      'Od tamtej pory zmieniliśmy niektóre pytania lub rady, więc nie wyliczymy wyniku z tych odpowiedzi. ' +
      'Odpowiedz jeszcze raz: to zajmuje około 2 minut. Twoje wcześniejsze odpowiedzi są poniżej, jeśli mogą się przydać.',
    answersHeading: 'Twoje wcześniejsze odpowiedzi',
    notShown: 'Liczba wcześniejszych odpowiedzi, które nie pasują już do żadnego pytania i nie są pokazane: {count}.',
    noAnswers: 'Żadna z wcześniejszych odpowiedzi nie pasuje do pytania, które możemy pokazać.',
    startAgain: 'Zacznij od nowa',
  },

  notFound: {
    heading: 'Nie znaleziono strony',
    body: 'Nie możemy znaleźć tej strony. Adres może być źle wpisany albo strona mogła zostać przeniesiona.',
    home: 'Przejdź do strony startowej',
  },

  fhir: {
    questionnaireDescription: 'Pytania Leg Cramp Check, sprawdzenia nocnych skurczów nóg, które najpierw pyta o objawy alarmowe poważnych chorób o podobnych objawach. Objaw alarmowy kończy pytania wcześniej, więc odpowiedź może się skończyć przed ostatnim pytaniem. Wynik dają reguły samego sprawdzenia; ten formularz tylko wymienia pytania.',
    subject: 'Osoba, która odpowiadała (bez danych identyfikujących: Leg Cramp Check nie przechowuje niczyich danych)',
    download: 'Pobierz dla systemu dokumentacji medycznej przychodni (FHIR)',
    downloadHint: 'Plik w formacie FHIR, który odczytują systemy dokumentacji medycznej, z Twoimi odpowiedziami i tym wynikiem. Powstaje, gdy o niego poprosisz, i nie jest nigdzie przechowywany.',
  },

  footer: {
    notAdvice: 'Ten test podaje ogólne informacje. To nie jest porada medyczna ani diagnoza.',
    privacy: 'Bez plików cookie i bez śledzenia. Nie przechowujemy twoich odpowiedzi.',
    openSource: 'Otwarte oprogramowanie na licencji MIT.',
    howItDecides: 'Jak test podejmuje decyzje, pytanie po pytaniu, i dowody, na których się opiera (dla klinicystów)',
    contentVersion: 'Wersja treści {version}: {status}',
    draft: 'Wersja robocza, jeszcze niesprawdzona przez klinicystę',
    reviewed: 'Sprawdzone {date} przez: {reviewers}',
  },

  embed: {
    poweredBy: 'Test kurczów nóg: test o otwartym kodzie źródłowym, oparty na opublikowanych dowodach',
    frameTitle: 'Test kurczów nóg',
  },
};
