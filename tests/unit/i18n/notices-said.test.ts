import { describe, expect, it } from 'vitest';
import { BackupRefused } from '../../../src/main/backup/backup-refused';
import { refusal, refusalIn } from '../../../src/main/messages/refusal';
import { noticesRefusalsMessages } from '../../../src/main/messages/notices-refusals-messages';
import { readProblem, unreadableFileError } from '../../../src/main/store/storage-error';
import { UnreadableFileError } from '../../../src/main/store/workbook-codec';
import { monthNames } from '../../../src/shared/domain/printed-date';
import { describeTime, describeTimes } from '../../../src/shared/domain/time-text';

describe('a moment in main’s words', () => {
  it('is said in Spanish with the months the papers print and a 12-hour clock', () => {
    expect(describeTime(new Date(2027, 2, 4, 15, 15), false, 'es')).toBe(
      '4 de marzo de 2027 a las 3:15\u00a0p.\u00a0m.',
    );
    // One o'clock takes the singular; midnight and noon are twelve, morning and afternoon.
    expect(describeTime(new Date(2027, 0, 3, 13, 2), false, 'es')).toBe(
      '3 de enero de 2027 a la 1:02\u00a0p.\u00a0m.',
    );
    expect(describeTime(new Date(2027, 0, 3, 0, 0), false, 'es')).toBe(
      '3 de enero de 2027 a las 12:00\u00a0a.\u00a0m.',
    );
    expect(describeTime(new Date(2027, 0, 3, 12, 0, 9), true, 'es')).toBe(
      '3 de enero de 2027 a las 12:00:09\u00a0p.\u00a0m.',
    );
    for (const [month, name] of monthNames.es.entries()) {
      expect(describeTime(new Date(2027, month, 9, 9, 30), false, 'es')).toBe(
        `9 de ${name} de 2027 a las 9:30\u00a0a.\u00a0m.`,
      );
    }
  });

  it('keeps the English words, and adds seconds to both only when the minute is shared', () => {
    expect(describeTime(new Date(2027, 2, 4, 15, 15))).toBe('4 Mar 2027 at 15:15');
    expect(
      describeTimes(new Date(2026, 11, 6, 23, 31, 5), new Date(2026, 11, 6, 23, 31, 48), 'es'),
    ).toEqual([
      '6 de diciembre de 2026 a las 11:31:05\u00a0p.\u00a0m.',
      '6 de diciembre de 2026 a las 11:31:48\u00a0p.\u00a0m.',
    ]);
  });
});

describe('main’s notices and backup refusals in both languages', () => {
  it('a backup refused for a damaged part nests why the part cannot be read', () => {
    const refused = new BackupRefused('refusals.backup.partUnreadable', {
      part: 'log',
      reason: new UnreadableFileError('blank').reason,
    });
    expect(refused.message).toBe(
      'This file cannot be restored because its complaint log cannot be read: it held only blank bytes, as can happen after a power cut. Nothing was changed.',
    );
    expect(refused.messageIn('es')).toBe(
      'Este archivo no se puede restaurar porque no se puede leer su registro de quejas: solo tenía bytes en blanco, como puede pasar tras un apagón. No se cambió nada.',
    );
    expect(refused).toBeInstanceOf(BackupRefused);
  });

  it('a file the disk would not give, with and without a code it knows', () => {
    const busy = Object.assign(new Error('busy'), { code: 'EBUSY' });
    const unreadable = unreadableFileError(busy, 'lineage', '/data/lineage.json');
    expect(unreadable.message).toBe(
      'LOS Builder could not read its lineage file at /data/lineage.json: another program is using it. Close that program (a backup or sync tool, for example), then start LOS Builder again.',
    );
    expect(unreadable.messageIn('es')).toBe(
      'LOS Builder no pudo leer su archivo de historial de copias en /data/lineage.json: otro programa lo está usando. Cierre ese programa (una herramienta de respaldo o de sincronización, por ejemplo) y vuelva a abrir LOS Builder.',
    );
    expect(refusalIn(readProblem(new Error('no code')), 'es')).toBe(
      'la computadora no dejó leerlo (error desconocido)',
    );
    const odd = Object.assign(new Error('odd'), { code: 'EMFILE' });
    expect(refusalIn(readProblem(odd), 'en')).toBe('the computer refused to read it (EMFILE)');
  });

  it('a complaint log at its limit counts the rows as the reader writes numbers', () => {
    const full = refusal('refusals.complaintLogFull', { max: 100000 });
    expect(refusalIn(full, 'en')).toBe(
      'The complaint log can hold at most 100,000 rows. Remove an older import first.',
    );
    expect(refusalIn(full, 'es')).toBe(
      'El registro de quejas puede guardar como máximo 100,000 filas. Quite primero una importación más antigua.',
    );
  });

  it('has no English left in a Spanish message', () => {
    for (const [key, english] of Object.entries(noticesRefusalsMessages.en)) {
      const spanish = noticesRefusalsMessages.es[key as keyof typeof noticesRefusalsMessages.es];
      expect(spanish, key).not.toBe(english);
      expect(spanish, key).not.toMatch(/\b(the|could not|backup|utility|file was)\b/);
    }
  });
});
