import { defineMessages } from '../define-messages';

/** The words of the utility's facts (domain/utility.ts, scope.ts, sewer-system.ts): what is still missing and its labels. */
export const utilityFactsMessages = defineMessages('utilityFacts', {
  en: {
    // utilityGaps: what step 1 still needs.
    'gap.name': "Type the utility's name.",
    'gap.systemType': 'Choose water, wastewater or both.',
    'gap.state': 'Pick the state.',
    'gap.connections': 'Enter the number of connections.',
    'gap.board': 'Add the board members.',
    'gap.memberName': 'Type a name for board member {number}, or remove the row.',
    'gap.president': 'Mark one board member as president.',
    'gap.operator': 'Add the operator.',
    'gap.operatorName': 'Type a name for operator {number}, or remove the row.',
    // scopeGaps: what step 2 still needs.
    'gap.areas': 'Choose at least one goal area (three or four is a good start).',
    'gap.mission': 'Write a short mission statement.',
    'gap.regulatoryStatement': 'Write the regulatory statement.',
    'gap.regulatoryCategory': 'Write at least one regulatory category statement.',
    'gap.assets': 'Answer each question about what the water system has (ask the operator).',
    'gap.collection': 'Say whether the sewer mains are gravity, force or both.',
    'gap.liftStations': 'Enter how many lift stations the system has (0 if none).',
    'gap.poweredStations': 'Enter how many lift stations have backup power.',
    'gap.treatment': 'Say where the sewage is treated.',
    'gap.inflow': 'Say whether rain and groundwater get into the sewers (ask the operator).',
  },
  es: {
    'gap.name': 'Escriba el nombre del sistema.',
    'gap.systemType': 'Elija agua, aguas negras o los dos.',
    'gap.state': 'Elija el estado.',
    'gap.connections': 'Escriba el número de conexiones.',
    'gap.board': 'Agregue a los miembros de la mesa directiva.',
    'gap.memberName':
      'Escriba un nombre para el miembro {number} de la mesa directiva, o quite la fila.',
    'gap.president': 'Marque a un miembro de la mesa directiva como presidente.',
    'gap.operator': 'Agregue al operador.',
    'gap.operatorName': 'Escriba un nombre para el operador {number}, o quite la fila.',
    'gap.areas': 'Elija al menos un área de metas (tres o cuatro es un buen comienzo).',
    'gap.mission': 'Escriba una declaración de misión breve.',
    'gap.regulatoryStatement': 'Escriba la declaración reglamentaria.',
    'gap.regulatoryCategory': 'Escriba al menos una declaración por categoría reglamentaria.',
    'gap.assets':
      'Conteste cada pregunta sobre lo que tiene el sistema de agua (pregúntele al operador).',
    'gap.collection':
      'Diga si las tuberías de drenaje son por gravedad, de impulsión o de los dos tipos.',
    'gap.liftStations': 'Escriba cuántas estaciones de bombeo tiene el sistema (0 si no hay).',
    'gap.poweredStations': 'Escriba cuántas estaciones de bombeo tienen energía de respaldo.',
    'gap.treatment': 'Diga dónde se tratan las aguas negras.',
    'gap.inflow':
      'Diga si la lluvia y el agua del subsuelo entran al drenaje (pregúntele al operador).',
  },
});
