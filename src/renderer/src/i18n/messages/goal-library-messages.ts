import { defineMessages } from '@shared/i18n/define-messages';

/** The goal library's words (TemplateLibrary, TemplateCard, template-filter), in area `goals`. */
export const goalLibraryMessages = defineMessages('goals', {
  en: {
    // The library (TemplateLibrary, TemplateCard, template-filter).
    'library.title': 'Goal library',
    'library.closeLabel': 'Close the goal library',
    'library.opening': 'Opening the library…',
    'library.openFailed': 'Could not open the library',
    // The filter names the goals shown, so Spanish says them in the plural.
    'library.kindInternal': 'Internal',
    'library.kindExternal': 'External',
    'library.kindAll': 'Internal and external',
    'library.addMany': 'Add as many goals as you like; the library stays open.',
    'library.addedSoFar': '{count, plural, one {# goal} other {# goals}} added so far.',
    'library.lastAdded': 'Last added: “{statement}”.',
    'library.close': 'Close the library',
    'library.done': 'Done: word the new goals',
    'library.areas': 'Goal areas',
    'library.areasHint': 'None ticked shows every area.',
    'library.kind': 'Internal or external',
    'library.noMatch':
      'No library goals match. Tick more areas, or choose “Internal and external”.',
    'library.matches':
      '{addable, plural, one {# library goal matches} other {# library goals match}}{beyond, plural, =0 {.} one {; # more is listed last, beyond what the system has.} other {; # more are listed last, beyond what the system has.}}',
    'library.beyond': 'Beyond what the system has',
    'library.beyondHint':
      'These need equipment or a service that steps 1 and 2 say the system does not have. Each says which answer rules it out; change that answer if it is wrong.',
    'template.measure': '<b>Measure:</b> {measure} ({unit})',
    'template.typical': '<b>Typical target:</b> {target}',
    'template.source': '<b>Source:</b> {source}',
    'template.inGoals': '✓ In your goals.',
    'template.addAgain': 'Add it again',
    'template.add': 'Add this goal',
    'availability.systemUnknown':
      'For {systems, select, water {drinking-water systems} other {sewer systems}}: {step}, does not yet say what the utility runs.',
    'availability.otherSystem':
      'For {systems, select, water {drinking-water systems} other {sewer systems}}: {step}, says the utility runs {systems, select, water {sewer service only} other {drinking water only}}. If it runs both, change the system type there.',
    'availability.sewerOnly':
      'Needs {asset, select, fireHydrants {fire hydrants} backupSource {a backup water source} storage {a storage tank} other {backup power for the wells and pumps}}: {step}, says the utility runs sewer service only. If it runs both, change the system type there.',
    'availability.assetUnknown':
      'Needs {asset, select, fireHydrants {fire hydrants} backupSource {a backup water source} storage {a storage tank} other {backup power for the wells and pumps}}: {step}, does not yet say whether the system has {asset, select, fireHydrants {them} backupSource {one} storage {one} other {it}}. The review will ask before the vote.',
    'availability.assetNone':
      'Needs {asset, select, fireHydrants {fire hydrants} backupSource {a backup water source} storage {a storage tank} other {backup power for the wells and pumps}}: {step}, says the system has none. If it does, change the answer there.',
    'availability.liftNone':
      'Needs backup power at the lift stations: {step}, says none has it. If one does, change “Lift stations with backup power” there.',
    'availability.liftSome':
      'Only {powered} of {stations} lift stations have backup power ({step}): the promise holds only where there is. The review will ask before the vote.',
    'availability.liftUnknown':
      'Needs backup power at the lift stations: {step}, does not yet say how many have it. The review will ask before the vote.',
  },
  es: {
    'library.title': 'Biblioteca de metas',
    'library.closeLabel': 'Cerrar la biblioteca de metas',
    'library.opening': 'Abriendo la biblioteca…',
    'library.openFailed': 'No se pudo abrir la biblioteca',
    'library.kindInternal': 'Internas',
    'library.kindExternal': 'Externas',
    'library.kindAll': 'Internas y externas',
    'library.addMany': 'Agregue todas las metas que quiera; la biblioteca sigue abierta.',
    'library.addedSoFar':
      '{count, plural, one {# meta agregada} other {# metas agregadas}} hasta ahora.',
    'library.lastAdded': 'La última: “{statement}”.',
    'library.close': 'Cerrar la biblioteca',
    'library.done': 'Listo: redactar las metas nuevas',
    'library.areas': 'Áreas de metas',
    'library.areasHint': 'Si no marca ninguna, se muestran todas.',
    'library.kind': 'Internas o externas',
    'library.noMatch':
      'Ninguna meta de la biblioteca coincide. Marque más áreas, o elija “Internas y externas”.',
    'library.matches':
      '{addable, plural, one {# meta de la biblioteca coincide} other {# metas de la biblioteca coinciden}}{beyond, plural, =0 {.} one {; # más aparece al final, fuera de lo que tiene el sistema.} other {; # más aparecen al final, fuera de lo que tiene el sistema.}}',
    'library.beyond': 'Fuera de lo que tiene el sistema',
    'library.beyondHint':
      'Estas necesitan equipo o un servicio que, según los pasos 1 y 2, el sistema no tiene. Cada una dice qué respuesta la descarta; cambie esa respuesta si no es correcta.',
    'template.measure': '<b>Medida:</b> {measure} ({unit})',
    'template.typical': '<b>Objetivo típico:</b> {target}',
    'template.source': '<b>Fuente:</b> {source}',
    'template.inGoals': '✓ Ya está en sus metas.',
    'template.addAgain': 'Agregarla otra vez',
    'template.add': 'Agregar esta meta',
    'availability.systemUnknown':
      'Para {systems, select, water {sistemas de agua potable} other {sistemas de drenaje}}: {step}, aún no dice qué opera el sistema.',
    'availability.otherSystem':
      'Para {systems, select, water {sistemas de agua potable} other {sistemas de drenaje}}: según {step}, el sistema opera {systems, select, water {solo drenaje} other {solo agua potable}}. Si opera los dos, cambie allí el tipo de sistema.',
    'availability.sewerOnly':
      'Necesita {asset, select, fireHydrants {hidrantes} backupSource {una fuente de agua de respaldo} storage {un tanque de almacenamiento} other {energía de respaldo para los pozos y las bombas}}: según {step}, el sistema opera solo drenaje. Si opera los dos, cambie allí el tipo de sistema.',
    'availability.assetUnknown':
      'Necesita {asset, select, fireHydrants {hidrantes} backupSource {una fuente de agua de respaldo} storage {un tanque de almacenamiento} other {energía de respaldo para los pozos y las bombas}}: {step}, aún no dice si el sistema {asset, select, fireHydrants {los tiene} backupSource {la tiene} storage {lo tiene} other {la tiene}}. La revisión lo preguntará antes de la votación.',
    'availability.assetNone':
      'Necesita {asset, select, fireHydrants {hidrantes} backupSource {una fuente de agua de respaldo} storage {un tanque de almacenamiento} other {energía de respaldo para los pozos y las bombas}}: según {step}, el sistema {asset, select, fireHydrants {no tiene ninguno} backupSource {no tiene ninguna} storage {no tiene ninguno} other {no la tiene}}. Si sí tiene, cambie allí la respuesta.',
    'availability.liftNone':
      'Necesita energía de respaldo en las estaciones de bombeo: según {step}, ninguna la tiene. Si alguna la tiene, cambie allí “Estaciones de bombeo con energía de respaldo”.',
    'availability.liftSome':
      'Solo {powered} de {stations} estaciones de bombeo tienen energía de respaldo ({step}): la promesa vale solo donde la hay. La revisión lo preguntará antes de la votación.',
    'availability.liftUnknown':
      'Necesita energía de respaldo en las estaciones de bombeo: {step}, aún no dice cuántas la tienen. La revisión lo preguntará antes de la votación.',
  },
});
