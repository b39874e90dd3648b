import { defineMessages } from '@shared/i18n/define-messages';

/** The words of step 1, the utility and its team (features/utility/). */
export const utilityMessages = defineMessages('utility', {
  en: {
    intro:
      'Tell us about the utility and the people who will write the agreement. Everything is saved as you type; you can come back and change it at any time.',
    'section.about': 'About the utility',
    'section.board': 'The board',
    'section.boardHint':
      'Everyone on the board. The full board approves the agreement, so list them all.',
    'section.operators': 'Operators',
    'section.operatorsHint': 'The certified operator, and any others who run the system.',
    'section.helpers': 'Others who help set goals',
    'section.helpersHint':
      'Optional: a bookkeeper, a county official, a circuit rider from the rural water association.',
    'section.goalSetting': 'Setting the goals',
    // The profile (ProfileFields): the same labels as the shared schema's messages.
    'label.name': 'Name of the utility',
    'label.systemType': 'What does the utility run?',
    'label.systemId': 'System ID',
    'label.state': 'State',
    'label.connections': 'Connections',
    'label.population': 'Population served',
    'label.milesOfMain': 'Miles of water main',
    'label.goalSetting': 'Who drafts the goals?',
    'hint.name':
      'As it appears on your bills, for example Sunny Acres Mutual Domestic Water Association.',
    'hint.systemId.water':
      'Your public water system ID (<pwsId>PWS ID</pwsId>), such as NM3500101.',
    'hint.systemId.wastewater':
      'Your <dischargePermit>discharge permit</dischargePermit> number (NPDES or state), such as NM0028355.',
    'hint.systemId.both':
      'Your public water system ID (<pwsId>PWS ID</pwsId>), such as NM3500101, or your <dischargePermit>discharge permit</dischargePermit> number.',
    'hint.state': 'Your state sets the rules your system must meet.',
    'state.placeholder': 'Type or pick a state',
    'state.clear': 'Clear the state',
    'state.none': 'No state by that name',
    'hint.connections': 'Homes and businesses with a service line.',
    'hint.population': 'About how many people.',
    'hint.milesOfMain': 'Water pipe in the ground; a rough figure.',
    'systemType.water': 'Drinking water',
    'systemType.wastewater': 'Wastewater (sewer)',
    'systemType.both': 'Both',
    // The board, the operators and the other helpers (BoardList, TeamLists).
    'board.none': 'No board members yet.',
    'board.member': 'Board member {number}',
    'board.add': 'Add a board member',
    'board.name': 'Name',
    'board.office': 'Office',
    'board.termEnds': 'Term ends',
    'board.termEndsHint': 'Such as 6/30/2027 or June 30, 2027.',
    helpsSetGoals: 'Helps set goals',
    'office.president': 'President',
    'office.vice-president': 'Vice-President',
    'office.secretary': 'Secretary',
    'office.treasurer': 'Treasurer',
    'office.member': 'Member',
    'operator.none': 'No operators yet.',
    'operator.legend': 'Operator {number}',
    'operator.name': 'Name',
    'operator.certification': 'Certification',
    'operator.certificationHint':
      'Grade and type, such as Water Treatment Grade 2 or Wastewater Collection Grade 1.',
    'operator.add': 'Add an operator',
    'helper.legend': 'Other helper {number}',
    'helper.name': 'Name',
    'helper.role': 'Role',
    'helper.roleHint': 'Such as bookkeeper, county official or circuit rider.',
    'helper.add': 'Add another person',
    // Who drafts the goals: the three ways of the guidance (seed text, section 4.2).
    'goalSetting.president-with-operator':
      'The board president with the operator, then the whole board approves',
    'goalSetting.president-with-operator.hint':
      'The usual way for a small utility: two people draft, the board decides.',
    'goalSetting.board-with-operator': 'The whole board, with advice from the operator',
    'goalSetting.board-with-operator.hint':
      'The board drafts the goals together at its meetings; the operator advises.',
    'goalSetting.cross-section': 'A wider team: board members, the manager and the operators',
    'goalSetting.cross-section.hint':
      'People from every level, from elected officials to field staff, so the goals are realistic. The board approves.',
    // The help beside the step (DOMAIN.md sections 1, 4 and 5).
    'help.who': 'Operator supplies, board decides',
    'help.why': 'Why it matters',
    'help.whyText':
      'These facts head the agreement the whole board will sign: who you are, what you run and how big you are. The size also suggests how to hear from customers later.',
    'help.where': 'Where to find the numbers',
    'help.whereText':
      'The operator or the billing list has the number of connections. The system ID is on your sampling letters or your discharge permit. A rough number of miles of pipe is fine.',
    'help.drafts': 'Who drafts the goals',
    'help.draftsText':
      'In a small utility the board president and the operator usually draft the goals together. Only the full board can approve them, at a noticed meeting with a recorded vote.',
    'help.sizes': 'Typical sizes',
    'help.sizesText':
      'Small systems serve from a few dozen to a few thousand connections. Nothing here needs to be exact to get started; you can change it later.',
  },
  es: {
    intro:
      'Cuéntenos del sistema y de las personas que van a escribir el acuerdo. Todo se guarda mientras escribe; puede volver y cambiarlo cuando quiera.',
    'section.about': 'Sobre el sistema',
    'section.board': 'La mesa directiva',
    'section.boardHint':
      'Todos los miembros de la mesa directiva. La mesa completa aprueba el acuerdo, así que anótelos a todos.',
    'section.operators': 'Operadores',
    'section.operatorsHint':
      'El operador certificado y cualquier otra persona que opere el sistema.',
    'section.helpers': 'Otras personas que ayudan a fijar las metas',
    'section.helpersHint':
      'Opcional: un contador, un funcionario del condado, un asesor itinerante (circuit rider) de la asociación rural de agua.',
    'section.goalSetting': 'Cómo se fijan las metas',
    'label.name': 'Nombre del sistema',
    'label.systemType': '¿Qué opera el sistema?',
    'label.systemId': 'Número de identificación del sistema',
    'label.state': 'Estado',
    'label.connections': 'Conexiones',
    'label.population': 'Población servida',
    'label.milesOfMain': 'Millas de tubería principal de agua',
    'label.goalSetting': '¿Quién redacta las metas?',
    'hint.name':
      'Como aparece en sus recibos, por ejemplo Asociación Mutua Doméstica de Agua Sunny Acres.',
    'hint.systemId.water':
      'El número de su sistema público de agua (<pwsId>PWS ID</pwsId>), como NM3500101.',
    'hint.systemId.wastewater':
      'El número de su <dischargePermit>permiso de descarga</dischargePermit> (NPDES o estatal), como NM0028355.',
    'hint.systemId.both':
      'El número de su sistema público de agua (<pwsId>PWS ID</pwsId>), como NM3500101, o el de su <dischargePermit>permiso de descarga</dischargePermit>.',
    'hint.state': 'Su estado fija las reglas que su sistema debe cumplir.',
    'state.placeholder': 'Escriba o elija un estado',
    'state.clear': 'Borrar el estado',
    'state.none': 'Ningún estado con ese nombre',
    'hint.connections': 'Casas y negocios con una toma de servicio.',
    'hint.population': 'Más o menos cuántas personas.',
    'hint.milesOfMain': 'Tubería de agua bajo tierra; un número aproximado.',
    'systemType.water': 'Agua potable',
    'systemType.wastewater': 'Aguas negras (alcantarillado)',
    'systemType.both': 'Los dos',
    'board.none': 'Todavía no hay miembros de la mesa directiva.',
    'board.member': 'Miembro de la mesa {number}',
    'board.add': 'Agregar un miembro de la mesa',
    'board.name': 'Nombre',
    'board.office': 'Cargo',
    'board.termEnds': 'Fin del período',
    'board.termEndsHint': 'Como 6/30/2027 o 30 de junio de 2027.',
    helpsSetGoals: 'Ayuda a fijar las metas',
    'office.president': 'Presidente',
    'office.vice-president': 'Vicepresidente',
    'office.secretary': 'Secretario',
    'office.treasurer': 'Tesorero',
    'office.member': 'Vocal',
    'operator.none': 'Todavía no hay operadores.',
    'operator.legend': 'Operador {number}',
    'operator.name': 'Nombre',
    'operator.certification': 'Certificación',
    'operator.certificationHint':
      'Grado y tipo, como Tratamiento de Agua Grado 2 o Recolección de Aguas Negras Grado 1.',
    'operator.add': 'Agregar un operador',
    'helper.legend': 'Otra persona {number}',
    'helper.name': 'Nombre',
    'helper.role': 'Función',
    'helper.roleHint': 'Como contador, funcionario del condado o asesor itinerante.',
    'helper.add': 'Agregar otra persona',
    'goalSetting.president-with-operator':
      'El presidente de la mesa directiva con el operador; luego la mesa completa aprueba',
    'goalSetting.president-with-operator.hint':
      'Lo usual en un sistema pequeño: dos personas redactan y la mesa directiva decide.',
    'goalSetting.board-with-operator': 'La mesa directiva completa, con el consejo del operador',
    'goalSetting.board-with-operator.hint':
      'La mesa directiva redacta las metas en sus reuniones; el operador aconseja.',
    'goalSetting.cross-section':
      'Un equipo más amplio: miembros de la mesa, el gerente y los operadores',
    'goalSetting.cross-section.hint':
      'Personas de todos los niveles, desde los funcionarios electos hasta el personal de campo, para que las metas sean realistas. La mesa directiva aprueba.',
    'help.who': 'El operador da los datos, la mesa directiva decide',
    'help.why': 'Por qué importa',
    'help.whyText':
      'Estos datos encabezan el acuerdo que firmará toda la mesa directiva: quiénes son, qué operan y qué tan grande es el sistema. El tamaño también sugiere cómo escuchar a los clientes más adelante.',
    'help.where': 'Dónde encontrar los números',
    'help.whereText':
      'El operador o la lista de cobro tiene el número de conexiones. El número del sistema viene en sus cartas de muestreo o en su permiso de descarga. Basta con un número aproximado de millas de tubería.',
    'help.drafts': 'Quién redacta las metas',
    'help.draftsText':
      'En un sistema pequeño, el presidente de la mesa directiva y el operador suelen redactar las metas juntos. Solo la mesa completa puede aprobarlas, en una reunión anunciada y con votación registrada.',
    'help.sizes': 'Tamaños comunes',
    'help.sizesText':
      'Los sistemas pequeños atienden desde unas cuantas docenas hasta unos miles de conexiones. Nada aquí tiene que ser exacto para empezar; puede cambiarlo después.',
  },
});
