import { goalAreaTitles, goalAreaWords, type GoalArea } from '../domain/goal-areas';
import type { Language } from '../domain/printed-date';
import { wordedSystemType } from '../domain/service-words';
import type { SystemType } from '../domain/utility';

/** An area as a paper heads it: its name and one sentence of what it means. */
export interface PrintedArea {
  title: string;
  explanation: string;
}

const spanishTitles: Record<GoalArea, string> = {
  'energy-efficiency': 'Eficiencia energética',
  'water-efficiency': 'Eficiencia y conservación del agua',
  social: 'Social',
  environmental: 'Medio ambiente',
  'customer-service': 'Servicio al cliente',
  regulatory: 'Requisitos reglamentarios',
};

/** goal-areas.ts's explanations, in the Spanish of a sewer district's or a water system's board. */
const spanishMeanings: Record<GoalArea, Record<SystemType, string>> = {
  'energy-efficiency': {
    water:
      'Gastar menos electricidad para bombear y tratar cada galón; la luz suele ser la cuenta más grande de un sistema pequeño.',
    wastewater:
      'Gastar menos electricidad para bombear y tratar cada galón de aguas negras; la luz suele ser la cuenta más grande de un sistema pequeño.',
    both: 'Gastar menos electricidad para bombear y tratar cada galón de agua y de aguas negras; la luz suele ser la cuenta más grande de un sistema pequeño.',
  },
  'water-efficiency': {
    water: 'Perder menos agua por fugas y ayudar a los clientes a usar el agua con cuidado.',
    wastewater:
      'Evitar que la lluvia y el agua del subsuelo entren al drenaje, para que la tubería y la planta lleven y traten solo aguas negras, y usar el agua con cuidado en la planta.',
    both: 'Perder menos agua por fugas, ayudar a los clientes a usar el agua con cuidado y evitar que la lluvia y el agua del subsuelo entren al drenaje.',
  },
  social: {
    water: 'Mantener las cuentas al alcance de todos y a los clientes informados y participando.',
    wastewater:
      'Mantener las cuentas al alcance de todos y a los clientes informados y participando.',
    both: 'Mantener las cuentas al alcance de todos y a los clientes informados y participando.',
  },
  environmental: {
    water: 'Proteger la fuente de agua y la tierra y los arroyos alrededor del sistema.',
    wastewater:
      'Mantener las aguas negras fuera de los arroyos, los patios y las casas: sin derrames y cumpliendo el permiso cada mes.',
    both: 'Proteger la fuente de agua y mantener las aguas negras fuera de los arroyos, los patios y las casas.',
  },
  'customer-service': {
    water:
      'Lo que los clientes notan directamente: la presión, los cortes, las reparaciones y cómo se atienden las quejas.',
    wastewater:
      'Lo que los clientes notan directamente: drenajes tapados, malos olores, qué tan rápido llega la cuadrilla y cómo se atienden las quejas.',
    both: 'Lo que los clientes notan directamente: la presión, los cortes, los drenajes tapados, los malos olores, las reparaciones y cómo se atienden las quejas.',
  },
  regulatory: {
    water:
      'Cumplir cada regla estatal y federal: agua segura, muestras e informes a tiempo y un operador certificado.',
    wastewater:
      'Cumplir el permiso de descarga y cada regla estatal y federal, con informes a tiempo y un operador certificado.',
    both: 'Cumplir cada regla estatal y federal y el permiso de descarga: agua segura, muestras e informes a tiempo y un operador certificado.',
  },
};

/** An area's printed name in a language: the guidance's names in English. */
export function areaTitleIn(area: GoalArea, language: Language): string {
  return language === 'en' ? goalAreaTitles[area] : spanishTitles[area];
}

/** An area's name and meaning for a utility of this type, in a language. */
export function printedArea(
  area: GoalArea,
  systemType: SystemType | null,
  language: Language,
): PrintedArea {
  if (language === 'en') return goalAreaWords(area, systemType);
  return {
    title: spanishTitles[area],
    explanation: spanishMeanings[area][wordedSystemType(systemType)],
  };
}
