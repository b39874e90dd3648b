import { describe, expect, it } from 'vitest';
import { importRefusal, complaintsRefusal } from '../../../src/shared/domain/csv/import-refusal';
import { readCsvTable } from '../../../src/shared/domain/csv/read-csv-table';
import type { ColumnMapping } from '../../../src/shared/domain/customers/complaint-log';
import { CsvFileError } from '../../../src/shared/domain/customers/csv/csv-file-error';
import { mapComplaints } from '../../../src/shared/domain/customers/csv/map-complaints';
import { previewComplaints } from '../../../src/shared/domain/customers/csv/preview-complaints';
import { readComplaintCsv } from '../../../src/shared/domain/customers/csv/read-complaint-csv';
import { readPeriod } from '../../../src/shared/domain/tracking/csv/read-period';
import { readResultRows } from '../../../src/shared/domain/tracking/csv/read-result-rows';
import { readOutageRows } from '../../../src/shared/domain/tracking/outage-csv/read-outage-rows';
import { importsMessages } from '../../../src/shared/i18n/messages/imports-messages';
import type { Said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';

const spanish = (message: Said) => sayIn(message, 'es');

/** A complaint log kept day first (31/1/2026), as a Spanish-speaking clerk's spreadsheet is. */
const dayFirstLog = [
  'Fecha,Hora,Respondida,Hora de respuesta,Tipo',
  '31/1/2026,14:05,31/1/2026,15:00,Fuga',
  '2/13/2026,9:00,,,Presión baja',
  '1/2/2026,8:00,,10:30,Olor',
].join('\n');

const logMapping: ColumnMapping = {
  received: 'Fecha',
  receivedTime: 'Hora',
  responded: 'Respondida',
  respondedTime: 'Hora de respuesta',
  resolved: null,
  resolvedTime: null,
  category: 'Tipo',
  description: null,
  location: null,
};

function refusedWith(read: () => unknown): CsvFileError {
  try {
    read();
  } catch (error) {
    if (error instanceof CsvFileError) return error;
    throw error;
  }
  throw new Error('The file was read.');
}

describe('what a spreadsheet import says, in Spanish', () => {
  it('names a real log’s rows: a date the day-first file cannot have, and a time without its date', () => {
    const mapped = mapComplaints(readComplaintCsv(dayFirstLog), logMapping, 'water');
    expect(mapped.dateOrder).toBe('day-first');
    expect(mapped.rows.map((row) => row.row)).toEqual([2]);
    expect(mapped.problems.map((problem) => spanish(problem.message))).toEqual([
      "fila 3, columna 'Fecha': '2/13/2026' no es una fecha; use una fecha como 3/14/2026 o 2026-03-14.",
      "fila 4, columna 'Hora de respuesta': '10:30' es una hora sin fecha; escriba también la fecha en la columna 'Respondida'.",
    ]);
    // The same problems in English, word for word as before the catalog.
    expect(sayIn(mapped.problems[1]!.message, 'en')).toBe(
      "row 4, column 'Hora de respuesta': '10:30' is a time without a date; write the date in column 'Respondida' too.",
    );
    // The refusal counts them in each language's plural, and quotes the first.
    expect(spanish(complaintsRefusal(mapped.problemCount, mapped.problems[0]))).toBe(
      "El archivo tiene 2 problemas, así que no se importó nada. El primero: fila 3, columna 'Fecha': '2/13/2026' no es una fecha; use una fecha como 3/14/2026 o 2026-03-14.",
    );
    expect(spanish(complaintsRefusal(1, mapped.problems[1]))).toBe(
      "El archivo tiene un problema, así que no se importó nada: fila 4, columna 'Hora de respuesta': '10:30' es una hora sin fecha; escriba también la fecha en la columna 'Respondida'.",
    );
  });

  it('says a results or outage refusal with one problem and with several', () => {
    const problems = [
      { row: 7, column: 'Periodo', message: readProblem('Q1 2028') },
      { row: 9, column: 'Periodo', message: readProblem('') },
    ];
    expect(spanish(importRefusal(problems.slice(0, 1), 1))).toBe(
      'No se importó nada: el archivo tiene un problema. Periodo: esta meta se lleva por mes, y “Q1 2028” es un trimestre entero. Escríbalo como 2027-11, 11/2027 o nov 2027.',
    );
    expect(spanish(importRefusal(problems, 5))).toBe(
      'No se importó nada: el archivo tiene 5 problemas. Periodo: esta meta se lleva por mes, y “Q1 2028” es un trimestre entero. Escríbalo como 2027-11, 11/2027 o nov 2027. Periodo: la celda está vacía. Escríbalo como 2027-11, 11/2027 o nov 2027. (y 3 más)',
    );
    expect(sayIn(importRefusal(problems, 2), 'en')).toBe(
      'Nothing was imported: the file has 2 problems. Period: this goal is kept by the month, and “Q1 2028” is a whole quarter. Write it such as 2027-11, 11/2027 or Nov 2027. Period: the cell is empty. Write it such as 2027-11, 11/2027 or Nov 2027.',
    );
  });

  it('names the month two rows both give a result for in Spanish words', () => {
    const table = readCsvTable('Meta,Periodo,Resultado\n2,2027-11,3\n2,Nov 2027,4\n', 'results');
    const goal = {
      id: 'goal-2',
      number: 2,
      statement: 'Pocas roturas de tubería.',
      direction: 'at-most' as const,
      unit: 'roturas',
      spanishUnit: '',
      frequency: 'monthly' as const,
    };
    const mapping = {
      goal: 'Meta',
      period: 'Periodo',
      value: 'Resultado',
      source: null,
      note: null,
    };
    const read = readResultRows({ table, mapping, goals: [goal], check: () => null }, () => {});
    expect(read.problems.map((problem) => spanish(problem.message))).toEqual([
      'Fila 3, Periodo: la fila 2 ya tiene el resultado de la meta 2 para noviembre de 2027; deje solo una de las dos.',
    ]);
    expect(sayIn(read.problems[0]!.message, 'en')).toBe(
      'Row 3, Period: row 2 already holds goal 2’s result for November 2027; keep one of the two.',
    );
  });

  it('names a missing column by the field’s own Spanish label, a message inside a message', () => {
    const preview = previewComplaints({
      table: readComplaintCsv(dayFirstLog),
      mapping: { ...logMapping, received: 'Fecha de recepción' },
      existingKeys: new Set(),
      systemType: 'water',
    });
    expect(preview.mappingProblems.map(spanish)).toEqual([
      "Fecha en que se recibió: el archivo no tiene ninguna columna llamada 'Fecha de recepción'; elija una de sus columnas.",
    ]);
    const unmapped = previewComplaints({
      table: readComplaintCsv(dayFirstLog),
      mapping: { ...logMapping, received: null },
      existingKeys: new Set(),
      systemType: 'water',
    });
    expect(unmapped.mappingProblems.length).toBeGreaterThan(0);
    for (const problem of unmapped.mappingProblems) {
      expect(spanish(problem)).not.toBe(sayIn(problem, 'en'));
      expect(spanish(problem)).not.toMatch(/^validation\./);
    }
  });

  it('says an outage row’s problem with the column’s name and the moment it belongs to', () => {
    const table = readCsvTable(
      'Fecha de inicio,Hora de inicio,Programado\n,9:30,sí\n3/4/2028,10:00,tal vez\n',
      'outages',
    );
    const read = readOutageRows(
      {
        table,
        mapping: {
          startDate: 'Fecha de inicio',
          startTime: 'Hora de inicio',
          endDate: null,
          endTime: null,
          planned: 'Programado',
          noticeHours: null,
          customersAffected: null,
          note: null,
        },
        recorded: [],
      },
      () => undefined,
    );
    expect(read.problems.map((problem) => spanish(problem.message))).toEqual([
      "Fila 2, Hora en que empezó: '9:30' es una hora sin fecha; escriba también la fecha en que empezó.",
      "Fila 3, Programado o no programado: 'tal vez' no es ninguna de las dos cosas; escriba programado o no programado (también se leen sí o no, P o U).",
    ]);
  });

  it('says how a date that could be read either way was read, in Spanish words', () => {
    const table = readCsvTable('Fecha,Programado\n04/02/2028,sí\n', 'outages');
    const mapping = {
      startDate: 'Fecha',
      startTime: null,
      endDate: null,
      endTime: null,
      planned: 'Programado',
      noticeHours: null,
      customersAffected: null,
      note: null,
    };
    const read = readOutageRows({ table, mapping, recorded: [] }, () => undefined);
    expect(spanish(read.ambiguousDate!.reading)).toBe(
      'domingo, 2 de abril de 2028 (con el mes primero)',
    );
  });

  it('refuses a file it cannot read in the reader’s language', () => {
    expect(spanish(refusedWith(() => readCsvTable('  ', 'results')).saying)).toBe(
      'El archivo está vacío.',
    );
    const noRows = refusedWith(() => readCsvTable('Fecha,Programado\n', 'outages'));
    expect(spanish(noRows.saying)).toBe(
      'El archivo nombra sus columnas en la primera fila, pero no tiene cortes de servicio debajo.',
    );
    expect(noRows.message).toBe(
      'The file names its columns in the first row but has no outages below it.',
    );
    const twice = refusedWith(() => readCsvTable('Fecha,Fecha\n1,2\n', 'complaints'));
    expect(spanish(twice.saying)).toBe(
      "La primera fila debe nombrar las columnas; hay dos columnas que se llaman 'Fecha'.",
    );
  });

  it('has no message left in English in Spanish, except one that is only placeholders', () => {
    const onlyPlaceholders = (text: string) => !/\p{L}/u.test(text.replace(/\{[^{}]*\}/g, ''));
    for (const [key, english] of Object.entries(importsMessages.en)) {
      const translated = importsMessages.es[key as keyof typeof importsMessages.es];
      if (onlyPlaceholders(english)) continue;
      expect(translated, key).not.toBe(english);
    }
  });
});

function readProblem(cell: string): Said {
  const reading = readPeriod(cell, 'month');
  if (!('problem' in reading)) throw new Error(`“${cell}” was read.`);
  return reading.problem;
}
