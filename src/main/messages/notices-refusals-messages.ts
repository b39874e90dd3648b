import { defineMessages } from '../../shared/i18n/define-messages';

/**
 * Main's start-up and library notices, backups that cannot be restored and files it cannot
 * read (store/recovery.ts, backup/*, library/*), in area `refusals`. `code` is the system's
 * error code; `{when}` is a moment (`dates.moment`) and `{reason}`/`{problem}` nested messages,
 * said first in the same language.
 */
export const noticesRefusalsMessages = defineMessages('refusals', {
  en: {
    // Why a saved file is unusable (store/workbook-codec.ts): completes "could not be read (…)".
    fileReason:
      '{why, select, tooLarge {it was far too large} blank {it held only blank bytes, as can happen after a power cut} damaged {it was damaged} empty {it was empty} proto {it held a "__proto__" entry, which is not allowed} cutOff {it was cut off or damaged} noData {it held no data} notFormat {it was not in the LOS Builder format} notConverted {it could not be converted to the current format} other {its contents did not pass the checks}}',
    // Why the disk would not give a file (store/storage-error.ts `readProblem`).
    readProblem:
      '{code, select, EISDIR {there is a folder where the file should be} EACCES {LOS Builder is not allowed to read it} EPERM {LOS Builder is not allowed to read it} EIO {the disk reported a read error} EBUSY {another program is using it} unknown {the computer refused to read it (unknown error)} other {the computer refused to read it ({code})}}',
    unreadableFile:
      "LOS Builder could not read {what, select, lineage {its lineage file} other {its data file}} at {path}: {problem}. {code, select, EISDIR {Move or rename that folder} EACCES {Check the file's permissions} EPERM {Check the file's permissions} EIO {Check the disk or USB stick is plugged in and working} EBUSY {Close that program (a backup or sync tool, for example)} other {If it keeps happening, restart the computer}}, then start LOS Builder again.",
    // Start-up notices (store/recovery.ts, store/open-store.ts, store/complaint-log-store.ts).
    startedEmpty:
      'The saved file could not be read ({reason}) and there was no usable backup, so LOS Builder started with an empty workbook. The damaged file was kept as {kept} in the data folder.',
    restoredBackup:
      'The saved file could not be read ({reason}). We restored the backup from {when} ({name}); changes made after that time are not in it. The unreadable file was kept as {kept}.',
    backupFailed:
      "LOS Builder could not make its automatic backup in {folder}: {code, select, EEXIST {a file has the name its backups folder should have} ENOTDIR {a file has the name its backups folder should have} ENOSPC {the disk is full} EDQUOT {your disk quota is used up} EACCES {it is not allowed to write there} EPERM {it is not allowed to write there} EROFS {the data folder is on a disk that cannot be written to} EIO {the disk reported a read or write error} unknown {the computer refused (unknown error)} other {the computer refused ({code})}}. Your work is still saved; until this is fixed, no new backups are made. {code, select, EEXIST {Move or rename that file} ENOTDIR {Move or rename that file} ENOSPC {Free some space} EDQUOT {Free some space} EACCES {Check the folder's permissions} EPERM {Check the folder's permissions} EROFS {Use a writable disk (a USB stick may have its lock switch on)} EIO {Check the disk or USB stick is plugged in and working} other {If it keeps happening, restart the computer}}.",
    complaintLogKept:
      'The complaint log could not be read ({reason}), so LOS Builder started with an empty complaint log. Import the CSV file again. The file was kept as {kept} in the data folder.',
    complaintLogFull:
      'The complaint log can hold at most {max, number} rows. Remove an older import first.',
    complaintLogStuck:
      'The complaint log could not be read ({reason}), so LOS Builder started with an empty complaint log. Import the CSV file again. It could not be moved aside either ({path}): until it is, importing cannot be saved.',
    // The library (library/utility-library.ts): `problem` is the refusal, said in full.
    openedInstead:
      '{named, select, yes {"{name}"} other {The utility open last}} could not be opened, so another utility was opened instead. {problem} Then open it again from the Utilities screen.',
    // Backups (backup/*, library/restore-service.ts): `reason` is one of `backup.*`.
    backupRefused: 'This file cannot be restored because {reason}. Nothing was changed.',
    'backup.notBackup': 'it is not an LOS Builder backup',
    'backup.newer':
      'it was made by a newer version of LOS Builder (backup format {format}); install the newer version to restore it',
    'backup.partsMissing': 'it is damaged: its parts are not all there',
    'backup.logMismatch': 'it is damaged: the complaint log does not match its list of parts',
    'backup.cutOff': 'it is cut off or damaged (was it copied completely?)',
    'backup.notRead': 'it could not be read',
    'backup.checksum':
      'its {part, select, log {complaint log} other {agreement data}} does not match its checksum, so it was changed or damaged',
    'backup.partUnreadable':
      'its {part, select, log {complaint log} other {agreement data}} cannot be read: {reason}',
    'backup.partFormat':
      'its {part, select, log {complaint log} other {agreement data}} is in a format this version of LOS Builder cannot use; install the newest version to restore it',
    'backup.notThisVersion': 'it is not an LOS Builder backup this version can read',
    'backup.cannotBeRead': 'it cannot be read',
    // An automatic backup in the list that cannot be read (backup/automatic-backups.ts).
    automaticUnreadable: 'It cannot be read ({problem}).',
    // A backup from before backups recorded the version that made it: "with LOS Builder …".
    earlierVersion: 'an earlier version',
    // The restore preview (library/restore-preview.ts, restore-service.ts).
    'preview.fromAutomatic': 'the automatic backup of {when}',
    'preview.new':
      '{named, select, yes {"{name}"} other {This unnamed utility}} is not on this computer yet. Restoring adds it as a new utility; nothing here changes.',
    'preview.same':
      'This backup holds exactly what {named, select, yes {"{name}"} other {This unnamed utility}} has now, so restoring it would change nothing.',
    'preview.newer':
      'Restoring replaces {named, select, yes {"{name}"} other {This unnamed utility}} (last changed {oursKnown, select, yes {{ours}} other {never}}) with this backup (last changed {theirs}). What is here now is kept aside, so the restore can be undone.',
    'preview.older':
      'This backup is older than what is here: it was last changed {theirs}, and {named, select, yes {"{name}"} other {This unnamed utility}} was last changed {oursKnown, select, yes {{ours}} other {never}}. Restoring puts the older data back. What is here now is kept aside, so the restore can be undone.',
    'preview.bothChanged':
      'Both copies changed since they last matched: this backup was last changed {theirs}, and {named, select, yes {"{name}"} other {This unnamed utility}} here was last changed {oursKnown, select, yes {{ours}} other {never}}. LOS Builder does not merge them. Keep the backup as a separate utility to compare the two, or replace this one (it is kept aside, so it can be undone).',
  },
  es: {
    fileReason:
      '{why, select, tooLarge {era demasiado grande} blank {solo tenía bytes en blanco, como puede pasar tras un apagón} damaged {estaba dañado} empty {estaba vacío} proto {tenía una entrada "__proto__", que no se permite} cutOff {estaba cortado o dañado} noData {no tenía datos} notFormat {no estaba en el formato de LOS Builder} notConverted {no se pudo convertir al formato actual} other {su contenido no pasó las revisiones}}',
    readProblem:
      '{code, select, EISDIR {hay una carpeta donde debería estar el archivo} EACCES {LOS Builder no tiene permiso para leerlo} EPERM {LOS Builder no tiene permiso para leerlo} EIO {el disco avisó de un error de lectura} EBUSY {otro programa lo está usando} unknown {la computadora no dejó leerlo (error desconocido)} other {la computadora no dejó leerlo ({code})}}',
    unreadableFile:
      'LOS Builder no pudo leer {what, select, lineage {su archivo de historial de copias} other {su archivo de datos}} en {path}: {problem}. {code, select, EISDIR {Mueva esa carpeta o cámbiele el nombre} EACCES {Revise los permisos del archivo} EPERM {Revise los permisos del archivo} EIO {Revise que el disco o la memoria USB esté conectado y funcione} EBUSY {Cierre ese programa (una herramienta de respaldo o de sincronización, por ejemplo)} other {Si sigue pasando, reinicie la computadora}} y vuelva a abrir LOS Builder.',
    startedEmpty:
      'No se pudo leer el archivo guardado ({reason}) y no había ninguna copia de respaldo que sirviera, así que LOS Builder empezó con un libro de trabajo vacío. El archivo dañado se guardó como {kept} en la carpeta de datos.',
    restoredBackup:
      'No se pudo leer el archivo guardado ({reason}). Restauramos la copia de respaldo del {when} ({name}); los cambios hechos después de esa hora no están en ella. El archivo que no se pudo leer se guardó como {kept}.',
    backupFailed:
      'LOS Builder no pudo hacer su copia de respaldo automática en {folder}: {code, select, EEXIST {hay un archivo con el nombre que debería tener su carpeta de copias de respaldo} ENOTDIR {hay un archivo con el nombre que debería tener su carpeta de copias de respaldo} ENOSPC {el disco está lleno} EDQUOT {se acabó su cuota de disco} EACCES {no tiene permiso para escribir ahí} EPERM {no tiene permiso para escribir ahí} EROFS {la carpeta de datos está en un disco en el que no se puede escribir} EIO {el disco avisó de un error de lectura o escritura} unknown {la computadora no lo permitió (error desconocido)} other {la computadora no lo permitió ({code})}}. Su trabajo sigue guardado; hasta que esto se arregle, no se hacen copias de respaldo nuevas. {code, select, EEXIST {Mueva ese archivo o cámbiele el nombre} ENOTDIR {Mueva ese archivo o cámbiele el nombre} ENOSPC {Libere algo de espacio} EDQUOT {Libere algo de espacio} EACCES {Revise los permisos de la carpeta} EPERM {Revise los permisos de la carpeta} EROFS {Use un disco en el que se pueda escribir (una memoria USB puede tener puesto su seguro)} EIO {Revise que el disco o la memoria USB esté conectado y funcione} other {Si sigue pasando, reinicie la computadora}}.',
    complaintLogKept:
      'No se pudo leer el registro de quejas ({reason}), así que LOS Builder empezó con un registro de quejas vacío. Vuelva a importar el archivo CSV. El archivo se guardó como {kept} en la carpeta de datos.',
    complaintLogFull:
      'El registro de quejas puede guardar como máximo {max, number} filas. Quite primero una importación más antigua.',
    complaintLogStuck:
      'No se pudo leer el registro de quejas ({reason}), así que LOS Builder empezó con un registro de quejas vacío. Vuelva a importar el archivo CSV. Tampoco se pudo apartar ({path}): mientras siga ahí, lo que importe no se podrá guardar.',
    openedInstead:
      '{named, select, yes {No se pudo abrir "{name}"} other {No se pudo abrir el último sistema que estaba abierto}}, así que se abrió otro sistema. {problem} Luego vuelva a abrirlo desde la pantalla de Sistemas.',
    backupRefused: 'Este archivo no se puede restaurar porque {reason}. No se cambió nada.',
    'backup.notBackup': 'no es una copia de respaldo de LOS Builder',
    'backup.newer':
      'se hizo con una versión más nueva de LOS Builder (formato de respaldo {format}); instale la versión más nueva para restaurarlo',
    'backup.partsMissing': 'está dañado: no tiene todas sus partes',
    'backup.logMismatch': 'está dañado: el registro de quejas no coincide con su lista de partes',
    'backup.cutOff': 'está cortado o dañado (¿se copió completo?)',
    'backup.notRead': 'no se pudo leer',
    'backup.checksum':
      '{part, select, log {su registro de quejas} other {los datos de su acuerdo}} no coinciden con su suma de verificación, así que se cambiaron o se dañaron',
    'backup.partUnreadable':
      'no se {part, select, log {puede leer su registro de quejas} other {pueden leer los datos de su acuerdo}}: {reason}',
    'backup.partFormat':
      '{part, select, log {su registro de quejas está} other {los datos de su acuerdo están}} en un formato que esta versión de LOS Builder no puede usar; instale la versión más nueva para restaurarlo',
    'backup.notThisVersion':
      'no es una copia de respaldo de LOS Builder que esta versión pueda leer',
    'backup.cannotBeRead': 'no se puede leer',
    automaticUnreadable: 'No se puede leer ({problem}).',
    earlierVersion: 'una versión anterior',
    'preview.fromAutomatic': 'la copia de respaldo automática del {when}',
    'preview.new':
      '{named, select, yes {"{name}"} other {Este sistema sin nombre}} todavía no está en esta computadora. Al restaurarlo se agrega como un sistema nuevo; aquí no cambia nada.',
    'preview.same':
      'Esta copia de respaldo tiene exactamente lo que {named, select, yes {"{name}"} other {este sistema sin nombre}} tiene ahora, así que restaurarla no cambiaría nada.',
    'preview.newer':
      'Al restaurar se reemplaza {named, select, yes {"{name}"} other {este sistema sin nombre}} (último cambio: {oursKnown, select, yes {{ours}} other {nunca}}) con esta copia de respaldo (último cambio: {theirs}). Lo que hay aquí ahora se guarda aparte, así que la restauración se puede deshacer.',
    'preview.older':
      'Esta copia de respaldo es más antigua que lo que hay aquí: cambió por última vez el {theirs}, y {named, select, yes {"{name}"} other {este sistema sin nombre}} {oursKnown, select, yes {cambió por última vez el {ours}} other {no tiene ningún cambio registrado}}. Al restaurar se vuelven a poner los datos más antiguos. Lo que hay aquí ahora se guarda aparte, así que la restauración se puede deshacer.',
    'preview.bothChanged':
      'Las dos copias cambiaron desde la última vez que coincidían: esta copia de respaldo cambió por última vez el {theirs}, y {named, select, yes {"{name}"} other {este sistema sin nombre}} aquí {oursKnown, select, yes {cambió por última vez el {ours}} other {no tiene ningún cambio registrado}}. LOS Builder no las combina. Guarde la copia de respaldo como un sistema aparte para comparar las dos, o reemplace este (se guarda aparte, así que se puede deshacer).',
  },
});
