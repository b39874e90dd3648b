import { defineMessages } from '../define-messages';

/**
 * The words of typed dates (domain/typed-date.ts): why a date was not read, with an example.
 * `{typed}` is what was typed, already in quotes; `{example}`, `{date}` and the names of months
 * and days come in both wordings (printed-date.ts's words, `saidEach`), so a refusal made in
 * main (an import) reads in the reader's language too.
 */
export const datesMessages = defineMessages('dates', {
  en: {
    refused: '{label}: {problem}',
    wrongWeekday:
      '{date} is a {actual}, not a {typed}. Check the date, or leave out the day of the week, such as {date}.',
    twoWays:
      '{typed} could be read more than one way. Write the year in full, such as {monthFirst} or {yearFirst}.',
    dayOrMonthFirst:
      '{typed} could be day first or month first. Write it with the month first, such as {monthFirst}, or the year first, such as {yearFirst}.',
    addYear: 'add the year, such as {example}.',
    addMissing:
      'add the {missing, select, dayAndYear {day and the year} day {day} other {year}}, such as {example}.',
    writeYear:
      'write the year {how, select, full {in full} other {with four digits}}, such as {example}.',
    noMonth:
      'there is no month {month}, so {typed} is not a date. Months run from 1 to 12, such as {example}.',
    noDay: 'there is no day {day}, so {typed} is not a date. Write a real day, such as {example}.',
    shortMonth:
      '{month} {year} has {last} days, so {typed} is not a date. Write a real day, such as {example}.',
    dayFirst: '{typed} puts the day first. Write it as {monthFirst} (month first) or {iso}.',
    unreadable:
      '{typed} is not a date this field can read. Write it such as 1/14/2027, Jan 14 2027 or 2027-01-14.',
    unknownWord:
      '{typed} is not a month or a day of the week. Write it such as January 14, 2027 or 1/14/2027.',
    // A moment, in main's messages and on the screens (domain/time-text.ts): "26 Nov 2026 at 14:05".
    moment:
      '{day} {month, plural, =1 {Jan} =2 {Feb} =3 {Mar} =4 {Apr} =5 {May} =6 {Jun} =7 {Jul} =8 {Aug} =9 {Sep} =10 {Oct} =11 {Nov} other {Dec}} {year} at {hours, plural, =0 {00} =1 {01} =2 {02} =3 {03} =4 {04} =5 {05} =6 {06} =7 {07} =8 {08} =9 {09} other {#}}:{minutes}',
  },
  es: {
    refused: '{label}: {problem}',
    wrongWeekday:
      'el {date} es {actual}, no {typed}. Revise la fecha, o quite el día de la semana, como {date}.',
    twoWays:
      '{typed} se puede leer de más de una manera. Escriba el año completo, como {monthFirst} o {yearFirst}.',
    dayOrMonthFirst:
      '{typed} puede tener primero el día o primero el mes. Escríbala con el mes primero, como {monthFirst}, o con el año primero, como {yearFirst}.',
    addYear: 'agregue el año, como {example}.',
    addMissing:
      'agregue {missing, select, dayAndYear {el día y el año} day {el día} other {el año}}, como {example}.',
    writeYear:
      'escriba el año {how, select, full {completo} other {con cuatro dígitos}}, como {example}.',
    noMonth:
      'no existe el mes {month}, así que {typed} no es una fecha. Los meses van del 1 al 12, como {example}.',
    noDay:
      'no existe el día {day}, así que {typed} no es una fecha. Escriba un día que exista, como {example}.',
    shortMonth:
      '{month} de {year} tiene {last} días, así que {typed} no es una fecha. Escriba un día que exista, como {example}.',
    dayFirst: '{typed} tiene primero el día. Escríbala como {monthFirst} (primero el mes) o {iso}.',
    unreadable:
      'este campo no puede leer {typed} como fecha. Escríbala como 1/14/2027, 14 ene 2027 o 2027-01-14.',
    unknownWord:
      '{typed} no es un mes ni un día de la semana. Escríbala como 14 de enero de 2027 o 1/14/2027.',
    // "4 de marzo de 2027 a las 3:15 p. m.": printed-date.ts's month names, a 12-hour clock
    // (each hour named, as the placeholders must be the English ones: `hours` 0–23, `minutes`;
    // no-break spaces keep "3:15 p. m." on one line).
    moment:
      '{day} de {month, plural, =1 {enero} =2 {febrero} =3 {marzo} =4 {abril} =5 {mayo} =6 {junio} =7 {julio} =8 {agosto} =9 {septiembre} =10 {octubre} =11 {noviembre} other {diciembre}} de {year} {hours, plural, =0 {a las 12} =1 {a la 1} =2 {a las 2} =3 {a las 3} =4 {a las 4} =5 {a las 5} =6 {a las 6} =7 {a las 7} =8 {a las 8} =9 {a las 9} =10 {a las 10} =11 {a las 11} =12 {a las 12} =13 {a la 1} =14 {a las 2} =15 {a las 3} =16 {a las 4} =17 {a las 5} =18 {a las 6} =19 {a las 7} =20 {a las 8} =21 {a las 9} =22 {a las 10} other {a las 11}}:{minutes}\u00a0{hours, plural, =0 {a.\u00a0m.} =1 {a.\u00a0m.} =2 {a.\u00a0m.} =3 {a.\u00a0m.} =4 {a.\u00a0m.} =5 {a.\u00a0m.} =6 {a.\u00a0m.} =7 {a.\u00a0m.} =8 {a.\u00a0m.} =9 {a.\u00a0m.} =10 {a.\u00a0m.} =11 {a.\u00a0m.} other {p.\u00a0m.}}',
  },
});
