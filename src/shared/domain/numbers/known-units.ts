import type { WordForms } from './plural';

/** A unit a board often types, in both languages, so it can agree with its number and be translated. */
export interface KnownUnit {
  en: WordForms;
  es: WordForms;
  /** Other English spellings that mean the same unit. */
  also?: string[];
}

// The Spanish is what a New Mexico board member would write (docs/spanish-glossary.md), not a
// word-for-word rendering: a main break is a "rotura de tubería principal".
export const knownUnits: KnownUnit[] = [
  { en: { one: 'minute', other: 'minutes' }, es: { one: 'minuto', other: 'minutos' } },
  { en: { one: 'hour', other: 'hours' }, es: { one: 'hora', other: 'horas' } },
  { en: { one: 'day', other: 'days' }, es: { one: 'día', other: 'días' } },
  {
    en: { one: 'working day', other: 'working days' },
    es: { one: 'día hábil', other: 'días hábiles' },
    also: ['business day', 'business days', 'workday', 'workdays', 'work day', 'work days'],
  },
  {
    en: { one: 'calendar day', other: 'calendar days' },
    es: { one: 'día natural', other: 'días naturales' },
  },
  { en: { one: 'week', other: 'weeks' }, es: { one: 'semana', other: 'semanas' } },
  { en: { one: 'month', other: 'months' }, es: { one: 'mes', other: 'meses' } },
  { en: { one: 'year', other: 'years' }, es: { one: 'año', other: 'años' } },
  { en: { one: 'gallon', other: 'gallons' }, es: { one: 'galón', other: 'galones' } },
  { en: { one: 'mile', other: 'miles' }, es: { one: 'milla', other: 'millas' } },
  { en: { one: 'foot', other: 'feet' }, es: { one: 'pie', other: 'pies' } },
  { en: { one: 'inch', other: 'inches' }, es: { one: 'pulgada', other: 'pulgadas' } },
  { en: { one: 'connection', other: 'connections' }, es: { one: 'conexión', other: 'conexiones' } },
  {
    en: { one: 'customer', other: 'customers' },
    es: { one: 'cliente', other: 'clientes' },
  },
  { en: { one: 'household', other: 'households' }, es: { one: 'hogar', other: 'hogares' } },
  { en: { one: 'complaint', other: 'complaints' }, es: { one: 'queja', other: 'quejas' } },
  { en: { one: 'call', other: 'calls' }, es: { one: 'llamada', other: 'llamadas' } },
  { en: { one: 'meeting', other: 'meetings' }, es: { one: 'reunión', other: 'reuniones' } },
  { en: { one: 'sample', other: 'samples' }, es: { one: 'muestra', other: 'muestras' } },
  { en: { one: 'test', other: 'tests' }, es: { one: 'prueba', other: 'pruebas' } },
  { en: { one: 'time', other: 'times' }, es: { one: 'vez', other: 'veces' } },
  { en: { one: 'person', other: 'people' }, es: { one: 'persona', other: 'personas' } },
  {
    en: { one: 'main break', other: 'main breaks' },
    es: { one: 'rotura de tubería principal', other: 'roturas de tubería principal' },
  },
  { en: { one: 'break', other: 'breaks' }, es: { one: 'rotura', other: 'roturas' } },
  { en: { one: 'leak', other: 'leaks' }, es: { one: 'fuga', other: 'fugas' } },
  {
    en: { one: 'outage', other: 'outages' },
    es: { one: 'corte de servicio', other: 'cortes de servicio' },
  },
  { en: { one: 'shutoff', other: 'shutoffs' }, es: { one: 'corte', other: 'cortes' } },
  { en: { one: 'notice', other: 'notices' }, es: { one: 'aviso', other: 'avisos' } },
  {
    en: { one: 'boil water notice', other: 'boil water notices' },
    es: { one: 'aviso de hervir el agua', other: 'avisos de hervir el agua' },
  },
  { en: { one: 'violation', other: 'violations' }, es: { one: 'violación', other: 'violaciones' } },
  {
    en: { one: 'exceedance', other: 'exceedances' },
    es: { one: 'excedencia', other: 'excedencias' },
  },
  { en: { one: 'message', other: 'messages' }, es: { one: 'mensaje', other: 'mensajes' } },
  {
    en: { one: 'overflow', other: 'overflows' },
    es: { one: 'desbordamiento', other: 'desbordamientos' },
  },
  {
    en: { one: 'sewer overflow', other: 'sewer overflows' },
    es: { one: 'desbordamiento de aguas negras', other: 'desbordamientos de aguas negras' },
  },
  {
    en: { one: 'inspection', other: 'inspections' },
    es: { one: 'inspección', other: 'inspecciones' },
  },
  { en: { one: 'hydrant', other: 'hydrants' }, es: { one: 'hidrante', other: 'hidrantes' } },
  { en: { one: 'valve', other: 'valves' }, es: { one: 'válvula', other: 'válvulas' } },
  {
    en: { one: 'service line', other: 'service lines' },
    es: { one: 'línea de servicio', other: 'líneas de servicio' },
  },
  {
    en: { one: 'lift station', other: 'lift stations' },
    es: { one: 'estación de bombeo', other: 'estaciones de bombeo' },
  },
  { en: { one: 'dollar', other: 'dollars' }, es: { one: 'dólar', other: 'dólares' } },
];

// Symbols read the same in both languages and never take a plural.
export const unitSymbols = new Set([
  '%',
  'psi',
  'gpm',
  'gpd',
  'mgd',
  'kwh',
  'mwh',
  'mg/l',
  'ppm',
  'ppb',
  'ntu',
  'kwh/mg',
]);
