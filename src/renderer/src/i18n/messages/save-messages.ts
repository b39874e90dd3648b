import { defineMessages } from '@shared/i18n/define-messages';

/** Whether a step's changes are stored: the line under every step's title. */
export const saveMessages = defineMessages('save', {
  en: {
    failedTitle: 'Not saved yet',
    failed: 'Could not save: {reason} Your changes are still on screen.',
    retry: 'Retry',
    conflictTitle: 'Not saved — changed in another window',
    conflict:
      'Another window saved {fields, plural, one {a field} other {# fields}} you were typing in. Your text is still there, marked “Not saved” under the field: keep it, or use the other window’s version.',
    keepMine: 'Keep mine',
    useTheirs: 'Use the other window’s',
    staleTitle: 'Not saved',
    stale: '{reason} What you typed here stays on screen until you reload.',
    reload: 'Reload',
    frozenTitle: 'Not saved: this revision is frozen',
    frozen: '{reason} What you typed since is still on screen; Reload shows the approved version.',
    saved: '✓ All changes saved',
    saving: 'Saving…',
    invalid: 'Not saved: fix the field marked in red',
  },
  es: {
    failedTitle: 'Aún sin guardar',
    failed: 'No se pudo guardar: {reason} Sus cambios siguen en la pantalla.',
    retry: 'Intentar de nuevo',
    conflictTitle: 'Sin guardar: se cambió en otra ventana',
    conflict:
      'Otra ventana guardó {fields, plural, one {un campo} other {# campos}} que usted estaba escribiendo. Su texto sigue ahí, marcado “Sin guardar” debajo del campo: consérvelo o use la versión de la otra ventana.',
    keepMine: 'Conservar el mío',
    useTheirs: 'Usar el de la otra ventana',
    staleTitle: 'Sin guardar',
    stale: '{reason} Lo que escribió aquí sigue en la pantalla hasta que vuelva a cargar.',
    reload: 'Volver a cargar',
    frozenTitle: 'Sin guardar: esta revisión está congelada',
    frozen:
      '{reason} Lo que escribió desde entonces sigue en la pantalla; Volver a cargar muestra la versión aprobada.',
    saved: '✓ Todos los cambios guardados',
    saving: 'Guardando…',
    invalid: 'Sin guardar: corrija el campo marcado en rojo',
  },
});
