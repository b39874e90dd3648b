import type { Language } from '../domain/printed-date';
import type { SystemType } from '../domain/utility';

/** The survey card's lists that follow the services the utility runs. */
export interface SurveyServiceWords {
  /** Rated 1 to 5, one row each. */
  attributes: string[];
  /** "Have you had any of these problems?", before "None of these". */
  problemChoices: string[];
  pay: string;
  /** Ranked 1 (most) to their count (least). */
  priorityChoices: string[];
}

/**
 * The attributes, problems and priorities a customer of each kind of utility is asked about:
 * the taste and pressure of the water for a water system, backups, odors and overflows for a
 * sewer district, both sets for a utility that runs both. Nothing on a sewer district's card
 * speaks of drinking water, and nothing on a water system's of sewage.
 */
export const surveyServiceWords: Record<Language, Record<SystemType, SurveyServiceWords>> = {
  en: {
    water: {
      attributes: [
        'Taste and look of the water',
        'Water pressure',
        'Reliability (few outages)',
        'How fast we respond to problems',
        'Billing',
        'Courtesy of our staff',
      ],
      problemChoices: [
        'Low pressure',
        'Bad taste',
        'Hard water or scale',
        'Discolored water',
        'Water that smells bad',
        'No water (outage)',
        'A billing problem',
      ],
      pay: 'For better service (such as faster repairs or fewer outages), would you pay:',
      priorityChoices: [
        'Reliable service',
        'Affordable bills',
        'Water quality',
        'Saving water',
        'Keeping you informed',
      ],
    },
    wastewater: {
      attributes: [
        'Sewer service without backups',
        'Control of sewer odors',
        'How fast we respond to problems',
        'Billing',
        'Courtesy of our staff',
      ],
      problemChoices: [
        'Sewage backup at home',
        'Sewer odor',
        'Overflow near my home',
        'Slow drain',
        'A billing problem',
      ],
      pay: 'For better service (such as faster repairs or fewer backups), would you pay:',
      priorityChoices: [
        'Reliable service',
        'Affordable bills',
        'No backups or overflows',
        'Protecting streams and rivers',
        'Keeping you informed',
      ],
    },
    both: {
      attributes: [
        'Taste and look of the water',
        'Water pressure',
        'Reliability (few outages or backups)',
        'Control of sewer odors',
        'How fast we respond to problems',
        'Billing',
        'Courtesy of our staff',
      ],
      problemChoices: [
        'Low pressure',
        'Bad taste',
        'Hard water or scale',
        'Discolored water',
        'Water that smells bad',
        'No water (outage)',
        'Sewage backup at home',
        'Sewer odor',
        'Overflow near my home',
        'Slow drain',
        'A billing problem',
      ],
      pay: 'For better service (such as faster repairs, fewer outages or fewer backups), would you pay:',
      priorityChoices: [
        'Reliable service',
        'Affordable bills',
        'Water quality',
        'No backups or overflows',
        'Saving water',
        'Keeping you informed',
      ],
    },
  },
  es: {
    water: {
      attributes: [
        'Sabor y aspecto del agua',
        'Presión del agua',
        'Confiabilidad (pocos cortes)',
        'Rapidez con que atendemos los problemas',
        'Facturación',
        'Amabilidad de nuestro personal',
      ],
      problemChoices: [
        'Poca presión',
        'Mal sabor',
        'Agua dura o sarro',
        'Agua de color',
        'Agua con mal olor',
        'Sin agua (corte)',
        'Un problema con la factura',
      ],
      pay: 'Para tener un mejor servicio (como reparaciones más rápidas o menos cortes), ¿usted pagaría:',
      priorityChoices: [
        'Servicio confiable',
        'Facturas accesibles',
        'Calidad del agua',
        'Ahorro de agua',
        'Mantenerle informado',
      ],
    },
    wastewater: {
      attributes: [
        'Servicio de drenaje sin atascos',
        'Control de los malos olores del drenaje',
        'Rapidez con que atendemos los problemas',
        'Facturación',
        'Amabilidad de nuestro personal',
      ],
      problemChoices: [
        'Se regresó el drenaje en casa',
        'Mal olor del drenaje',
        'Derrame cerca de mi casa',
        'Desagüe lento',
        'Un problema con la factura',
      ],
      pay: 'Para tener un mejor servicio (como reparaciones más rápidas o menos atascos en el drenaje), ¿usted pagaría:',
      priorityChoices: [
        'Servicio confiable',
        'Facturas accesibles',
        'Sin atascos ni derrames',
        'Proteger los arroyos y ríos',
        'Mantenerle informado',
      ],
    },
    both: {
      attributes: [
        'Sabor y aspecto del agua',
        'Presión del agua',
        'Confiabilidad (pocos cortes o atascos)',
        'Control de los malos olores del drenaje',
        'Rapidez con que atendemos los problemas',
        'Facturación',
        'Amabilidad de nuestro personal',
      ],
      problemChoices: [
        'Poca presión',
        'Mal sabor',
        'Agua dura o sarro',
        'Agua de color',
        'Agua con mal olor',
        'Sin agua (corte)',
        'Se regresó el drenaje en casa',
        'Mal olor del drenaje',
        'Derrame cerca de mi casa',
        'Desagüe lento',
        'Un problema con la factura',
      ],
      pay: 'Para tener un mejor servicio (como reparaciones más rápidas, menos cortes o menos atascos en el drenaje), ¿usted pagaría:',
      priorityChoices: [
        'Servicio confiable',
        'Facturas accesibles',
        'Calidad del agua',
        'Sin atascos ni derrames',
        'Ahorro de agua',
        'Mantenerle informado',
      ],
    },
  },
};
