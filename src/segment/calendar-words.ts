/**
 * Weekday and month names of the European languages the segmenter stems or cuts (English reads its own, time-refs.ts),
 * Monday and January first, each entry the forms a story writes ("Donnerstag", "jueves", "в четверг",
 * "5 декабря"). A story names its day and month in its own language, so a Spanish story's "este jueves"
 * after another's "este lunes" is the same evidence as "on Thursday" after "on Monday".
 */
export interface CalendarWords {
  weekdays: readonly (readonly string[])[];
  months: readonly (readonly string[])[];
  /** Months that are also ordinary words ("mars", "mai", "mei"): counted only next to a day number. */
  monthsWithDayOnly: readonly number[];
  /**
   * Whether the names are written in lower case only: a capital makes a name ("Domingo"), not a day. A sentence that opens
   * with its weekday ("Lundi, le ministre…") is missed; leads name their day inside the sentence.
   */
  lowerCaseOnly: boolean;
  /** A pattern (regular expression source) for the word that must stand right before a weekday ("в среду": "среда" alone is also "the environment"). */
  weekdayPrefix?: string;
}

const NORDIC_MONTHS = [['januar'], ['februar'], ['mars', 'marts'], ['april'], ['mai', 'maj'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['desember', 'december']];

export const CALENDAR_WORDS: Readonly<Record<string, CalendarWords>> = {
  de: {
    weekdays: [['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'], ['sonntag']],
    months: [['januar', 'jänner'], ['februar'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
    monthsWithDayOnly: [4, 7],
    lowerCaseOnly: false,
  },
  fr: {
    weekdays: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
    months: [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']],
    monthsWithDayOnly: [2, 4],
    lowerCaseOnly: true,
  },
  es: {
    weekdays: [['lunes'], ['martes'], ['miércoles'], ['jueves'], ['viernes'], ['sábado'], ['domingo']],
    months: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
    monthsWithDayOnly: [],
    lowerCaseOnly: true,
  },
  it: {
    weekdays: [['lunedì'], ['martedì'], ['mercoledì'], ['giovedì'], ['venerdì'], ['sabato'], ['domenica']],
    months: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
    monthsWithDayOnly: [],
    lowerCaseOnly: true,
  },
  pt: {
    weekdays: [['segunda-feira'], ['terça-feira'], ['quarta-feira'], ['quinta-feira'], ['sexta-feira'], ['sábado'], ['domingo']],
    months: [['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
    monthsWithDayOnly: [],
    lowerCaseOnly: true,
  },
  nl: {
    weekdays: [['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag'], ['zondag']],
    months: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
    monthsWithDayOnly: [4],
    lowerCaseOnly: true,
  },
  sv: {
    weekdays: [['måndag', 'måndags'], ['tisdag', 'tisdags'], ['onsdag', 'onsdags'], ['torsdag', 'torsdags'], ['fredag', 'fredags'], ['lördag', 'lördags'], ['söndag', 'söndags']],
    months: [['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'], ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december']],
    monthsWithDayOnly: [2, 4],
    lowerCaseOnly: true,
  },
  no: {
    weekdays: [['mandag'], ['tirsdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lørdag'], ['søndag']],
    months: NORDIC_MONTHS,
    monthsWithDayOnly: [2, 4],
    lowerCaseOnly: true,
  },
  da: {
    weekdays: [['mandag'], ['tirsdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lørdag'], ['søndag']],
    months: NORDIC_MONTHS,
    monthsWithDayOnly: [2, 4],
    lowerCaseOnly: true,
  },
  ru: {
    weekdays: [['понедельник'], ['вторник'], ['среду'], ['четверг'], ['пятницу'], ['субботу'], ['воскресенье']],
    months: [['января'], ['февраля'], ['марта'], ['апреля'], ['мая'], ['июня'], ['июля'], ['августа'], ['сентября'], ['октября'], ['ноября'], ['декабря']],
    monthsWithDayOnly: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    lowerCaseOnly: true,
    weekdayPrefix: '[Вв]о?',
  },
  // Ukrainian: a weekday after "у/в" ("у четвер", "в середу"; "середа" alone is also "the environment"), a month in the genitive after its day ("5 грудня").
  uk: {
    weekdays: [['понеділок'], ['вівторок'], ['середу'], ['четвер'], ["п'ятницю", 'пʼятницю', 'п’ятницю'], ['суботу'], ['неділю']],
    months: [['січня'], ['лютого'], ['березня'], ['квітня'], ['травня'], ['червня'], ['липня'], ['серпня'], ['вересня'], ['жовтня'], ['листопада'], ['грудня']],
    monthsWithDayOnly: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    lowerCaseOnly: true,
    weekdayPrefix: '[УуВв]',
  },
  // Polish: a weekday after "w/we" ("w czwartek", "we wtorek"; "Środa" is also a town), a month in the genitive after its day ("7 grudnia"; "maja" is also a name).
  pl: {
    weekdays: [['poniedziałek'], ['wtorek'], ['środę'], ['czwartek'], ['piątek'], ['sobotę'], ['niedzielę']],
    months: [['stycznia'], ['lutego'], ['marca'], ['kwietnia'], ['maja'], ['czerwca'], ['lipca'], ['sierpnia'], ['września'], ['października'], ['listopada'], ['grudnia']],
    monthsWithDayOnly: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    lowerCaseOnly: true,
    weekdayPrefix: '[Ww]e?',
  },
};
