import { defineMessages } from '../define-messages';

/**
 * The words of typed dates (domain/typed-date.ts): why a date was not read, with an example.
 * `{typed}` is what was typed, already in quotes; `{example}`, `{date}` and the names of months
 * and days come written in the screen's language by the reader (printed-date.ts's words).
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
  },
});
