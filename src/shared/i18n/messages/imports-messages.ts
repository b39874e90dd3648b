import { defineMessages } from '../define-messages';

/** The words of reading a spreadsheet (domain/csv, customers/csv, tracking/csv, tracking/outage-csv): why a file or a row was not read, and the fix. */
export const importsMessages = defineMessages('imports', {
  en: {
    // A file that cannot be read at all (read-csv-table.ts).
    'file.empty': 'The file is empty.',
    'file.utf16':
      'This file is saved as UTF-16 ("Unicode text"). Save it again as "CSV UTF-8" and choose that file.',
    'file.binary': 'This is not a text CSV file (it holds binary data).',
    'file.unclosedQuote':
      'Row {row} opens a quotation mark (") that is never closed, so the rest of the file cannot be read. Fix that row and try again.',
    'file.emptyFirstRow':
      'The first row must name the columns, but it is empty. Delete the empty rows above row {row}.',
    'file.unnamedColumn':
      'The first row must name the columns; column {column} has no name. Type a name for it, or delete the column.',
    'file.longHeader':
      "The first row must name the columns; column {column}'s name is longer than {max} characters.",
    'file.duplicateHeader':
      "The first row must name the columns; two columns are both called ''{header}''.",
    'file.dateHeader':
      "The first row must name the columns, but it holds ''{header}'', which is a date. Add a row of column names at the top.",
    'file.noRows':
      'The file names its columns in the first row but has no {rows, select, complaints {complaints} results {results} other {outages}} below it.',
    // Any import's rows and columns.
    cellCount:
      'has {cells, plural, one {# cell} other {# cells}}, but the first row names {width} columns; look for a missing or extra {delimiter, select, comma {comma} semicolon {semicolon} other {tab}} in it.',
    rowDetail: 'Row {row} {detail}',
    row: 'Row {row}, {detail}',
    field: '{label}: {detail}',
    missingColumn:
      "{label}: the file has no column called ''{header}''; choose one of its columns.",
    /** Another area's sentence not yet in the catalog, passed on as it came. */
    passedOn: '{text}',
    refusal:
      'Nothing was imported: the file has {count, plural, one {a problem} other {# problems}}. {named}{more, plural, =0 {} other { (and {more} more)}}',
    // The complaint log (customers/csv).
    'complaints.refusal':
      '{count, plural, one {The file has a problem, so nothing was imported: {detail}} other {The file has # problems, so nothing was imported. The first: {detail}}}',
    'complaints.rowDetail': 'row {row} {detail}',
    'complaints.cell': "row {row}, column ''{header}'': {detail}",
    'complaints.missingColumn':
      "row 1, column ''{header}'': the file has no such column (chosen for {label}); choose one of its columns.",
    'complaints.textTooLong':
      'the text is {length} characters long; the most kept is {limit}. Shorten it in the file.',
    'complaints.notADate': '{cell} is not a date; use a date such as 3/14/2026 or 2026-03-14.',
    'complaints.notATime': '{cell} is not a time; use a time of day such as 2:05 PM or 14:05.',
    'complaints.timeWithoutDate':
      "{cell} is a time without a date; write the date in column ''{header}'' too.",
    'complaints.timeDisagrees':
      "{cell} is not the time in column ''{header}'', {dateCell}; clear one of them.",
    'complaints.receivedEmpty': 'the date received is empty; every complaint needs one.',
    'complaints.beforeReceived': '{cell} is before the date received, {received}.',
    // Results (tracking/csv).
    'results.needsColumn':
      '{label}: choose the column that holds {column, select, goal {the goal’s number or statement} period {the month, quarter, year or day each result is for} other {the figure measured}}.',
    'results.goalEmpty': 'the cell is empty. Write the goal’s number, such as 3.',
    'results.noSuchGoal':
      'there is no goal {number} in the agreement in force; its goals are numbered {first} to {last}.',
    'results.manyStatements':
      '{cell} is the statement of more than one goal. Write the goal’s number instead.',
    'results.unknownGoal':
      '{cell} is neither a goal’s number nor the statement of a goal in the agreement in force. Write the goal’s number, such as 3.',
    'results.example':
      '{kind, select, day {11/18/2027 or 2027-11-18} week {any day of the week, such as 11/14/2027 or 2027-11-14} month {2027-11, 11/2027 or Nov 2027} quarter {2027-Q4 or Q4 2027} other {2027}}',
    'results.periodEmpty': 'the cell is empty. Write it such as {example}.',
    'results.badQuarter':
      'there is no quarter Q{number}: quarters run from Q1 to Q4, such as {example}.',
    'results.yearNeeded':
      '“{cell}” could be a month or a day with no year. Write the year in full, such as {example}.',
    'results.badMonth':
      'there is no month {month}, so “{cell}” is not a month. Write it such as {example}.',
    'results.unreadablePeriod':
      '“{cell}” is not a {kind, select, month {month} quarter {quarter} year {year} other {date}} this import can read. Write it such as {example}.',
    'results.periodTooLong':
      'this goal is kept by the {kind}, and “{cell}” is {written, select, day {a single day} month {a whole month} quarter {a whole quarter} other {a whole year}}. Write it such as {example}.',
    'results.readMonthFirst': '{problem} The file’s “{cell}” was read month first: {period}.',
    'results.twoRows':
      'row {first} already holds goal {number}’s result for {period}; keep one of the two.',
    'results.notAnswer': '{cell} is not an answer. Write yes or no (or y/n, 1/0, sí/no).',
    'results.separators':
      '{cell} cannot be read as a number: write it like 1,234.5, with a comma only between thousands and a point only before decimals.',
    'results.notANumber': '{cell} is not a number.',
    'results.percentNoUnit': '{cell} has a % sign, but this goal has no unit: leave out the sign.',
    'results.percentUnit':
      '{cell} has a % sign, but this goal is measured in {unit}: leave out the sign.',
    // Outages (tracking/outage-csv).
    'outages.needsColumn':
      '{label}: choose the column that holds {column, select, startDate {the day each outage began} other {whether it was planned or unplanned}}.',
    'outages.plannedEmpty':
      'the cell is empty; write planned or unplanned (yes or no, P or U also read).',
    'outages.plannedNeither':
      '{cell} is neither; write planned or unplanned (yes or no, P or U also read).',
    'outages.notAmount':
      '{cell} is not a number; write it such as {kind, select, hours {48 or 4.5} other {120}}, or leave it empty when the log does not say.',
    'outages.timeWithoutDate':
      '{cell} is a time without a date; write the {moment, select, start {date it began} other {date service came back}} too.',
    'outages.startEmpty': 'the cell is empty; every outage needs the day it began.',
    'outages.notADate': '{cell} is not a date; write a date such as 3/14/2028 or 2028-03-14.',
    'outages.notATime': '{cell} is not a time; write a time of day such as 2:05 PM or 14:05.',
    'outages.timeDisagrees':
      '{cell} is not the time in the {moment, select, start {date it began} other {date service came back}} column, {dateCell}; clear one of them.',
    'outages.endBeforeStart': '{end} is before the date it began, {start}; check both.',
    'outages.reading': '{order, select, month {read month first} other {read day first}}: {day}',
    'outages.full':
      'Row {row}: the log keeps at most {max, number} outages, and it holds {count, number}; import the file in parts, or delete outages no longer needed.',
  },
  es: {
    'file.empty': 'El archivo está vacío.',
    'file.utf16':
      'Este archivo está guardado como UTF-16 ("Texto Unicode"). Guárdelo de nuevo como "CSV UTF-8" y elija ese archivo.',
    'file.binary': 'Este no es un archivo CSV de texto (contiene datos binarios).',
    'file.unclosedQuote':
      'La fila {row} abre unas comillas (") que nunca se cierran, así que no se puede leer el resto del archivo. Corrija esa fila e inténtelo de nuevo.',
    'file.emptyFirstRow':
      'La primera fila debe nombrar las columnas, pero está vacía. Borre las filas vacías que hay encima de la fila {row}.',
    'file.unnamedColumn':
      'La primera fila debe nombrar las columnas; la columna {column} no tiene nombre. Escríbale un nombre o borre la columna.',
    'file.longHeader':
      'La primera fila debe nombrar las columnas; el nombre de la columna {column} tiene más de {max} caracteres.',
    'file.duplicateHeader':
      "La primera fila debe nombrar las columnas; hay dos columnas que se llaman ''{header}''.",
    'file.dateHeader':
      "La primera fila debe nombrar las columnas, pero contiene ''{header}'', que es una fecha. Agregue arriba una fila con los nombres de las columnas.",
    'file.noRows':
      'El archivo nombra sus columnas en la primera fila, pero no tiene {rows, select, complaints {quejas} results {resultados} other {cortes de servicio}} debajo.',
    cellCount:
      'tiene {cells, plural, one {# celda} other {# celdas}}, pero la primera fila nombra {width} columnas; busque {delimiter, select, comma {una coma} semicolon {un punto y coma} other {un tabulador}} que falte o que sobre.',
    rowDetail: 'Fila {row}: {detail}',
    row: 'Fila {row}, {detail}',
    field: '{label}: {detail}',
    missingColumn:
      "{label}: el archivo no tiene ninguna columna llamada ''{header}''; elija una de sus columnas.",
    passedOn: '{text}',
    refusal:
      'No se importó nada: el archivo tiene {count, plural, one {un problema} other {# problemas}}. {named}{more, plural, =0 {} other { (y {more} más)}}',
    'complaints.refusal':
      '{count, plural, one {El archivo tiene un problema, así que no se importó nada: {detail}} other {El archivo tiene # problemas, así que no se importó nada. El primero: {detail}}}',
    'complaints.rowDetail': 'fila {row}: {detail}',
    'complaints.cell': "fila {row}, columna ''{header}'': {detail}",
    'complaints.missingColumn':
      "fila 1, columna ''{header}'': el archivo no tiene esa columna (elegida para {label}); elija una de sus columnas.",
    'complaints.textTooLong':
      'el texto tiene {length} caracteres; se guardan {limit} como máximo. Acórtelo en el archivo.',
    'complaints.notADate': '{cell} no es una fecha; use una fecha como 3/14/2026 o 2026-03-14.',
    'complaints.notATime': '{cell} no es una hora; use una hora del día como 2:05 PM o 14:05.',
    'complaints.timeWithoutDate':
      "{cell} es una hora sin fecha; escriba también la fecha en la columna ''{header}''.",
    'complaints.timeDisagrees':
      "{cell} no es la hora de la columna ''{header}'', {dateCell}; borre una de las dos.",
    'complaints.receivedEmpty': 'la fecha en que se recibió está vacía; cada queja necesita una.',
    'complaints.beforeReceived': '{cell} es anterior a la fecha en que se recibió, {received}.',
    'results.needsColumn':
      '{label}: elija la columna que tiene {column, select, goal {el número o el enunciado de la meta} period {el mes, trimestre, año o día de cada resultado} other {la cifra medida}}.',
    'results.goalEmpty': 'la celda está vacía. Escriba el número de la meta, por ejemplo 3.',
    'results.noSuchGoal':
      'no hay una meta {number} en el acuerdo vigente; sus metas van de la {first} a la {last}.',
    'results.manyStatements':
      '{cell} es el enunciado de más de una meta. Escriba mejor el número de la meta.',
    'results.unknownGoal':
      '{cell} no es el número de una meta ni el enunciado de una meta del acuerdo vigente. Escriba el número de la meta, por ejemplo 3.',
    'results.example':
      '{kind, select, day {11/18/2027 o 2027-11-18} week {cualquier día de la semana, como 11/14/2027 o 2027-11-14} month {2027-11, 11/2027 o nov 2027} quarter {2027-Q4 o Q4 2027} other {2027}}',
    'results.periodEmpty': 'la celda está vacía. Escríbalo como {example}.',
    'results.badQuarter':
      'no existe el trimestre Q{number}: los trimestres van de Q1 a Q4, como {example}.',
    'results.yearNeeded':
      '“{cell}” podría ser un mes o un día sin año. Escriba el año completo, como {example}.',
    'results.badMonth':
      'no existe el mes {month}, así que “{cell}” no es un mes. Escríbalo como {example}.',
    'results.unreadablePeriod':
      '“{cell}” no es {kind, select, month {un mes} quarter {un trimestre} year {un año} other {una fecha}} que esta importación pueda leer. Escríbalo como {example}.',
    'results.periodTooLong':
      'esta meta se lleva por {kind, select, day {día} week {semana} month {mes} quarter {trimestre} other {año}}, y “{cell}” es {written, select, day {un solo día} month {un mes entero} quarter {un trimestre entero} other {un año entero}}. Escríbalo como {example}.',
    'results.readMonthFirst':
      '{problem} El “{cell}” del archivo se leyó con el mes primero: {period}.',
    'results.twoRows':
      'la fila {first} ya tiene el resultado de la meta {number} para {period}; deje solo una de las dos.',
    'results.notAnswer': '{cell} no es una respuesta. Escriba sí o no (o yes/no, y/n, 1/0).',
    'results.separators':
      '{cell} no se puede leer como número: escríbalo como 1,234.5, con coma solo entre los miles y punto solo antes de los decimales.',
    'results.notANumber': '{cell} no es un número.',
    'results.percentNoUnit':
      '{cell} tiene el signo %, pero esta meta no tiene unidad: quite el signo.',
    'results.percentUnit':
      '{cell} tiene el signo %, pero esta meta se mide en {unit}: quite el signo.',
    'outages.needsColumn':
      '{label}: elija la columna que indica {column, select, startDate {el día en que empezó cada corte} other {si fue programado o no programado}}.',
    'outages.plannedEmpty':
      'la celda está vacía; escriba programado o no programado (también se leen sí o no, P o U).',
    'outages.plannedNeither':
      '{cell} no es ninguna de las dos cosas; escriba programado o no programado (también se leen sí o no, P o U).',
    'outages.notAmount':
      '{cell} no es un número; escríbalo como {kind, select, hours {48 o 4.5} other {120}}, o déjelo vacío si el registro no lo dice.',
    'outages.timeWithoutDate':
      '{cell} es una hora sin fecha; escriba también {moment, select, start {la fecha en que empezó} other {la fecha en que volvió el servicio}}.',
    'outages.startEmpty':
      'la celda está vacía; cada corte de servicio necesita el día en que empezó.',
    'outages.notADate': '{cell} no es una fecha; escriba una fecha como 3/14/2028 o 2028-03-14.',
    'outages.notATime': '{cell} no es una hora; escriba una hora del día como 2:05 PM o 14:05.',
    'outages.timeDisagrees':
      '{cell} no es la hora de la columna {moment, select, start {de la fecha en que empezó} other {de la fecha en que volvió el servicio}}, {dateCell}; borre una de las dos.',
    'outages.endBeforeStart':
      '{end} es anterior a la fecha en que empezó, {start}; revise las dos.',
    'outages.reading':
      '{day} ({order, select, month {con el mes primero} other {con el día primero}})',
    'outages.full':
      'Fila {row}: el registro guarda como máximo {max, number} cortes de servicio y ya tiene {count, number}; importe el archivo por partes o borre los que ya no necesite.',
  },
});
