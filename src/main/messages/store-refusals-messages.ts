import { defineMessages } from '../../shared/i18n/define-messages';

/** Main's refusals about its files and the disk (store/*, platform/*, services/*), in area `refusals`. */
export const storeRefusalsMessages = defineMessages('refusals', {
  en: {
    // A file error while saving or opening (store/storage-error.ts): `code` is the system's.
    diskRefused:
      "{code, select, ENOSPC {The disk is full} EDQUOT {Your disk quota is used up} EACCES {LOS Builder is not allowed to write to its data folder} EPERM {LOS Builder is not allowed to change its data file} EROFS {The data folder is on a disk that cannot be written to} EBUSY {Another program is using the data file} other {The disk reported a read or write error}}, {during, select, save {so your last change was not saved} other {so LOS Builder could not open its data}}. {code, select, ENOSPC {Free some space} EDQUOT {Free some space} EACCES {Check the folder's permissions} EPERM {Check the folder's permissions and that no other program has the file open} EROFS {Use a writable disk (a USB stick may have its lock switch on)} EBUSY {Close that program (a backup or sync tool, for example)} other {Check the disk or USB stick is plugged in and working}} {during, select, save {and press Retry.} other {and start LOS Builder again.}}",
    diskProblem:
      'A problem with the disk{detail} meant {during, select, save {your last change was not saved} other {LOS Builder could not open its data}}. Try again; if it keeps happening, restart the computer.',
    closing: 'LOS Builder is closing, so this change was not saved.',
    newerData:
      'This data was saved by a newer version of LOS Builder (format {format}). Install the newer version to open it; the file was not changed.',
    oldFormat:
      'This data is in an old format (format {format}) that this version of LOS Builder cannot convert. The file was not changed.',
    newerComplaintLog:
      'The complaint log was saved by a newer version of LOS Builder (format {format}). Install the newer version to open it; the file was not changed.',
    newerLineage:
      'This utility was last opened by a newer version of LOS Builder ({path}). Install the newer version to open it; nothing was changed.',
    folderInUse:
      'LOS Builder is already open with this data folder (process {pid}). Close the other window first.',
    folderTaken:
      'Another copy of LOS Builder keeps taking this data folder. Close the other window first.',
    // Files the user saves or picks (platform/save-dialog.ts, services/file-delivery.ts).
    pickInBrowser:
      'In the browser, choose the {kind, select, pdf {PDF} csv {spreadsheet} other {backup}} with the file button.',
    fileNotSaved:
      'The {kind, select, pdf {PDF} csv {spreadsheet} other {backup}} was not saved because {code, select, ENOSPC {the disk is full} EDQUOT {the disk quota is used up} EACCES {LOS Builder may not write in that folder} EPERM {LOS Builder may not write in that folder, or another program has the file open} EROFS {that disk cannot be written to} EBUSY {another program has the file open} ENOENT {that folder is no longer there} other {the disk reported a problem{detail}}}. Try again, or choose another folder.',
    fileUnreadable:
      'That file could not be read{detail}. Choose another, or copy it to this computer first.',
    // A chosen spreadsheet let go (services/csv-file-slot.ts).
    fileLetGo:
      'This {what, select, complaint {complaint} results {results} outage {outage} other {{what}}} file is no longer open in LOS Builder: a file is let go after 15 minutes unused, or when another file is chosen. Choose the file again.',
  },
  es: {
    diskRefused:
      '{code, select, ENOSPC {El disco está lleno} EDQUOT {Se acabó su cuota de disco} EACCES {LOS Builder no tiene permiso para escribir en su carpeta de datos} EPERM {LOS Builder no tiene permiso para cambiar su archivo de datos} EROFS {La carpeta de datos está en un disco en el que no se puede escribir} EBUSY {Otro programa está usando el archivo de datos} other {El disco avisó de un error de lectura o escritura}}, {during, select, save {así que su último cambio no se guardó} other {así que LOS Builder no pudo abrir sus datos}}. {code, select, ENOSPC {Libere algo de espacio} EDQUOT {Libere algo de espacio} EACCES {Revise los permisos de la carpeta} EPERM {Revise los permisos de la carpeta y que ningún otro programa tenga el archivo abierto} EROFS {Use un disco en el que se pueda escribir (una memoria USB puede tener puesto su seguro)} EBUSY {Cierre ese programa (una herramienta de respaldo o de sincronización, por ejemplo)} other {Revise que el disco o la memoria USB esté conectado y funcione}} {during, select, save {y oprima Reintentar.} other {y vuelva a abrir LOS Builder.}}',
    diskProblem:
      'Un problema con el disco{detail} hizo que {during, select, save {su último cambio no se guardara} other {LOS Builder no pudiera abrir sus datos}}. Inténtelo de nuevo; si sigue pasando, reinicie la computadora.',
    closing: 'LOS Builder se está cerrando, así que este cambio no se guardó.',
    newerData:
      'Estos datos se guardaron con una versión más nueva de LOS Builder (formato {format}). Instale la versión más nueva para abrirlos; el archivo no se cambió.',
    oldFormat:
      'Estos datos están en un formato antiguo (formato {format}) que esta versión de LOS Builder no puede convertir. El archivo no se cambió.',
    newerComplaintLog:
      'El registro de quejas se guardó con una versión más nueva de LOS Builder (formato {format}). Instale la versión más nueva para abrirlo; el archivo no se cambió.',
    newerLineage:
      'Este sistema se abrió por última vez con una versión más nueva de LOS Builder ({path}). Instale la versión más nueva para abrirlo; no se cambió nada.',
    folderInUse:
      'LOS Builder ya está abierto con esta carpeta de datos (proceso {pid}). Cierre primero la otra ventana.',
    folderTaken:
      'Otra copia de LOS Builder sigue tomando esta carpeta de datos. Cierre primero la otra ventana.',
    pickInBrowser:
      'En el navegador, elija {kind, select, pdf {el PDF} csv {la hoja de cálculo} other {la copia de respaldo}} con el botón de archivo.',
    fileNotSaved:
      '{kind, select, pdf {El PDF no se guardó} csv {La hoja de cálculo no se guardó} other {La copia de respaldo no se guardó}} porque {code, select, ENOSPC {el disco está lleno} EDQUOT {se acabó la cuota de disco} EACCES {LOS Builder no puede escribir en esa carpeta} EPERM {LOS Builder no puede escribir en esa carpeta, u otro programa tiene el archivo abierto} EROFS {en ese disco no se puede escribir} EBUSY {otro programa tiene el archivo abierto} ENOENT {esa carpeta ya no está} other {el disco avisó de un problema{detail}}}. Inténtelo de nuevo, o elija otra carpeta.',
    fileUnreadable:
      'No se pudo leer ese archivo{detail}. Elija otro, o cópielo primero a esta computadora.',
    fileLetGo:
      '{what, select, complaint {Este archivo de quejas} results {Este archivo de resultados} outage {Este archivo de cortes} other {Este archivo ({what})}} ya no está abierto en LOS Builder: un archivo se suelta tras 15 minutos sin usarse, o cuando se elige otro. Vuelva a elegir el archivo.',
  },
});
