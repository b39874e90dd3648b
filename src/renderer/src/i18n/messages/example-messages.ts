import { defineMessages } from '@shared/i18n/define-messages';

/** The example utility's words: its mark on every screen and the way to open it (issue 18). */
export const exampleMessages = defineMessages('example', {
  en: {
    badge: 'Example',
    bannerTitle: 'Example utility',
    bannerBody:
      'Practice here freely: nothing here is a real board’s record, and nothing you do here touches your own utilities.',
    toUtilities: 'Go to the utilities list',
    open: 'Open the example utility',
    openHint:
      'A made-up water district with a whole agreement to explore: goals, survey cards, a complaint log, an approved revision and a new one ready for its vote. It opens as a copy of its own. Remove it when you are done; opening it again then starts afresh.',
    'opened.title': 'The example utility is open',
    'opened.message': 'Try anything here: your own utilities are kept as they were.',
    'opened.others': 'Another window opened the example utility.',
    'invite.title': 'New to LOS Builder? Look at a finished example first',
    'invite.body':
      'The example utility is a made-up water district with its whole agreement done: goals, survey cards, a complaint log, an approved revision and a new one ready for its vote. It opens as a copy of its own; this utility stays as it is, and the utilities list brings you back.',
  },
  es: {
    badge: 'Ejemplo',
    bannerTitle: 'Sistema de ejemplo',
    bannerBody:
      'Practique aquí con toda libertad: nada de esto es un registro real de una mesa directiva, y nada de lo que haga aquí toca sus propios sistemas.',
    toUtilities: 'Ir a la lista de sistemas',
    open: 'Abrir el sistema de ejemplo',
    openHint:
      'Un distrito de agua inventado con un acuerdo completo para explorar: metas, tarjetas de encuesta, un registro de quejas, una revisión aprobada y otra lista para su votación. Se abre como una copia aparte. Quítelo cuando termine; si lo vuelve a abrir, empieza de nuevo.',
    'opened.title': 'El sistema de ejemplo está abierto',
    'opened.message': 'Pruebe lo que quiera: sus propios sistemas se quedan como estaban.',
    'opened.others': 'Otra ventana abrió el sistema de ejemplo.',
    'invite.title': '¿Es nuevo en LOS Builder? Vea primero un ejemplo terminado',
    'invite.body':
      'El sistema de ejemplo es un distrito de agua inventado con todo su acuerdo hecho: metas, tarjetas de encuesta, un registro de quejas, una revisión aprobada y otra lista para su votación. Se abre como una copia aparte; este sistema se queda como está, y la lista de sistemas le trae de vuelta.',
  },
});
