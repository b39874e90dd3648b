import { defineMessages } from '../../shared/i18n/define-messages';

/**
 * Main's refusals about calls themselves and the library of utilities (transport/*, library/*),
 * in area `refusals`.
 */
export const libraryRefusalsMessages = defineMessages('refusals', {
  en: {
    // The transports (transport/dispatch.ts, ipc.ts) and browser mode's utility check.
    internal: 'Something went wrong inside LOS Builder. Your saved work is safe; try again.',
    missingDetails:
      'This action was sent without the details it needs, or with the wrong kind. Reload and try again.',
    someEntries: 'Some entries need fixing.',
    unknownMethod: 'LOS Builder has no action called "{method}".',
    unknownMethodHere: 'LOS Builder has no action called "{method}" here.',
    forbidden: 'This window is not allowed to read or change LOS Builder data.',
    switched:
      'Another window opened a different utility, so nothing was saved from this one. Reload this window to continue.',
    mustPost: 'API calls must use POST.',
    tooLarge: 'This request is larger than {megabytes} MB and was not read.',
    // Browser mode's checks before a call is read (transport/http.ts), for API calls.
    notThisAddress: 'This address is not LOS Builder.',
    otherWebsite: 'Another website may not use LOS Builder.',
    notConnected:
      'This page is not connected to LOS Builder. Open the address LOS Builder printed when it started.',
    // The library (library/utility-library.ts).
    noUtilityCalled: 'There is no utility "{key}" here.',
    utilityGone: 'That utility is no longer on this computer.',
    utilityOpen: 'This utility is open. Open another one first, then remove this one.',
    removedGone: 'That removed utility is not here any more.',
    utilityInUse:
      '{named, select, yes {"{name}"} other {This utility}} is open in another LOS Builder window (process {pid}). Close it there, or choose another utility.',
    noUtilityOpen:
      'No utility is open: the last one could not be opened again. Restart LOS Builder.',
    // Restores (library/restore-service.ts).
    automaticBackupGone: 'That automatic backup is not here any more.',
    previewExpired: 'Choose the backup again: this preview has expired.',
    restoreNotUndoable: 'That restore cannot be undone any more.',
  },
  es: {
    internal:
      'Algo falló dentro de LOS Builder. Su trabajo guardado está a salvo; inténtelo de nuevo.',
    missingDetails:
      'Esta acción llegó sin los datos que necesita, o con datos de otro tipo. Vuelva a cargar e inténtelo de nuevo.',
    someEntries: 'Hay datos que corregir.',
    unknownMethod: 'LOS Builder no tiene ninguna acción llamada "{method}".',
    unknownMethodHere: 'LOS Builder no tiene aquí ninguna acción llamada "{method}".',
    forbidden: 'Esta ventana no tiene permiso para leer ni cambiar los datos de LOS Builder.',
    switched:
      'Otra ventana abrió otro sistema, así que no se guardó nada de esta. Vuelva a cargar esta ventana para continuar.',
    mustPost: 'Las llamadas a la API deben usar POST.',
    tooLarge: 'Esta solicitud pasa de {megabytes} MB y no se leyó.',
    notThisAddress: 'Esta dirección no es LOS Builder.',
    otherWebsite: 'Otro sitio web no puede usar LOS Builder.',
    notConnected:
      'Esta página no está conectada a LOS Builder. Abra la dirección que LOS Builder mostró al iniciarse.',
    noUtilityCalled: 'Aquí no hay ningún sistema "{key}".',
    utilityGone: 'Ese sistema ya no está en esta computadora.',
    utilityOpen: 'Este sistema está abierto. Abra otro primero y luego quite este.',
    removedGone: 'Ese sistema quitado ya no está aquí.',
    utilityInUse:
      '{named, select, yes {"{name}"} other {Este sistema}} está abierto en otra ventana de LOS Builder (proceso {pid}). Ciérrelo allí, o elija otro sistema.',
    noUtilityOpen:
      'No hay ningún sistema abierto: el último no se pudo volver a abrir. Reinicie LOS Builder.',
    automaticBackupGone: 'Esa copia de respaldo automática ya no está aquí.',
    previewExpired: 'Vuelva a elegir la copia de respaldo: esta vista previa ya venció.',
    restoreNotUndoable: 'Esa restauración ya no se puede deshacer.',
  },
});
