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
      short: ['Jeśli noga jest słaba lub zdrętwiała, ta osoba nie powinna prowadzić samochodu.'],
      body: ['Jeśli to bezpieczne, zawieź tę osobę samodzielnie, poproś o to kogoś innego albo poczekaj na karetkę.'],
    },
    get_seen_today: {
      body: [
        'Poproś lekarza rodzinnego tej osoby lub innego lekarza pierwszego kontaktu o pilną wizytę dzisiaj. Albo zabierz ją do punktu pilnej pomocy medycznej lub zadzwoń na lokalną linię porad medycznych w pilnych sprawach (na przykład NHS 111 w Anglii).',
        'Jeśli ta osoba jest w ciąży albo urodziła dziecko w ciągu ostatnich 6 tygodni, skontaktuj się z oddziałem położniczym, który się nią opiekuje.',
        'Jeśli u tej osoby pojawi się ból w klatce piersiowej lub duszność, zadzwoń pod lokalny numer alarmowy.',
        'Powiedz lekarzowi także o innych problemach z nogami, które ma ta osoba: ten test przestał zadawać pytania, gdy tylko znalazł powód, żeby zgłosić się do lekarza dzisiaj.',
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
};
