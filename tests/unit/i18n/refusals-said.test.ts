import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/app-error';
import { refusal, refusalIn, type RefusalKey } from '../../../src/main/messages/refusal';
import { refusalsMessages } from '../../../src/main/messages/refusals-messages';
import { toStorageError } from '../../../src/main/store/storage-error';
import { letGoMessage } from '../../../src/main/services/csv-file-slot';

const diskFull = Object.assign(new Error('no space'), { code: 'ENOSPC' });
const oddFailure = Object.assign(new Error('too many files'), { code: 'EMFILE' });

describe('main’s refusals in both languages', () => {
  it('a full disk while saving: the cause, the effect and the fix, in one sentence each way', () => {
    const refused = toStorageError(diskFull, 'save');
    expect(refused.message).toBe(
      'The disk is full, so your last change was not saved. Free some space and press Retry.',
    );
    expect(refused.messageIn('es')).toBe(
      'El disco está lleno, así que su último cambio no se guardó. Libere algo de espacio y oprima Reintentar.',
    );
  });

  it('a disk error it has no words for keeps its code, and a permission fix keeps its apostrophe', () => {
    expect(toStorageError(oddFailure, 'open').message).toBe(
      'A problem with the disk (EMFILE) meant LOS Builder could not open its data. Try again; if it keeps happening, restart the computer.',
    );
    expect(toStorageError(oddFailure, 'open').messageIn('es')).toBe(
      'Un problema con el disco (EMFILE) hizo que LOS Builder no pudiera abrir sus datos. Inténtelo de nuevo; si sigue pasando, reinicie la computadora.',
    );
    const denied = Object.assign(new Error('denied'), { code: 'EACCES' });
    expect(toStorageError(denied, 'save').message).toBe(
      "LOS Builder is not allowed to write to its data folder, so your last change was not saved. Check the folder's permissions and press Retry.",
    );
  });

  it('names the kind of record and counts the limit in the reader’s numbers', () => {
    const full = refusal('refusals.customerRecordsFull', { max: 5000, what: 'entry' });
    expect(refusalIn(full, 'en')).toBe(
      'The workbook can hold at most 5,000 feedback entries. Delete one before adding another.',
    );
    expect(refusalIn(full, 'es')).toBe(
      'El libro de trabajo puede tener como máximo 5,000 comentarios. Borre uno antes de agregar otro.',
    );
    const gone = refusal('refusals.customerRecordGone', { what: 'outreach' });
    expect(refusalIn(gone, 'es')).toBe(
      'Esta consulta ya no está en la lista; puede que se haya borrado en otra ventana. Vuelva a cargar para ver la versión más reciente.',
    );
  });

  it('a file let go names its kind, and its field says the same', () => {
    const letGo = new AppError('conflict', letGoMessage('outage'), {
      fileId: letGoMessage('outage'),
    });
    expect(letGo.message).toBe(
      'This outage file is no longer open in LOS Builder: a file is let go after 15 minutes unused, or when another file is chosen. Choose the file again.',
    );
    expect(letGo.fieldsIn('es')).toEqual({
      fileId:
        'Este archivo de cortes ya no está abierto en LOS Builder: un archivo se suelta tras 15 minutos sin usarse, o cuando se elige otro. Vuelva a elegir el archivo.',
    });
  });

  it('a utility open elsewhere is named when it has a name, and called “this utility” when not', () => {
    const named = refusal('refusals.utilityInUse', {
      named: 'yes',
      name: 'Cedar Flats',
      pid: '4242',
    });
    expect(refusalIn(named, 'en')).toBe(
      '"Cedar Flats" is open in another LOS Builder window (process 4242). Close it there, or choose another utility.',
    );
    const unnamed = refusal('refusals.utilityInUse', { named: 'no', name: '', pid: '4242' });
    expect(refusalIn(unnamed, 'es')).toBe(
      'Este sistema está abierto en otra ventana de LOS Builder (proceso 4242). Ciérrelo allí, o elija otro sistema.',
    );
  });

  it('no refusal stays English in Spanish', () => {
    const placeholdersOnly = /^(\{[^}]*\}\s*)+$/;
    const keys = Object.keys(refusalsMessages.en) as RefusalKey[];
    expect(keys.length).toBeGreaterThan(40);
    const english = keys.filter((key) => {
      const en = refusalsMessages.en[key];
      return !placeholdersOnly.test(en) && refusalsMessages.es[key] === en;
    });
    expect(english).toEqual([]);
    expect(Object.keys(refusalsMessages.es).sort()).toEqual([...keys].sort());
  });
});
