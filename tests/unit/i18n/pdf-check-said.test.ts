import { describe, expect, it } from 'vitest';
import { libraryRefusalsMessages } from '../../../src/main/messages/library-refusals-messages';
import { pdfCheckRefusalsMessages } from '../../../src/main/messages/pdf-check-refusals-messages';
import { refusal, refusalIn } from '../../../src/main/messages/refusal';
import { saidEach } from '../../../src/shared/i18n/said-each';

// The PDF check's verdicts and browser mode's early refusals, in both languages.

describe('the PDF check’s words', () => {
  it('nests why a PDF is unreadable, and what a record says of itself, in the same language', () => {
    const unreadable = refusal('refusals.pdfUnreadable', {
      reason: refusal('refusals.pdfAttachmentDamaged', { name: 'agreement-revision-2.json' }),
    });
    expect(refusalIn(unreadable, 'en')).toBe(
      'This PDF could not be read: the attached file "agreement-revision-2.json" is damaged, or stored in a way LOS Builder cannot read.',
    );
    expect(refusalIn(unreadable, 'es')).toBe(
      'No se pudo leer este PDF: el archivo adjunto "agreement-revision-2.json" está dañado, o guardado de una manera que LOS Builder no puede leer.',
    );
    const says = refusal('refusals.pdfRecordSaysAdopted', {
      revision: 3,
      name: 'Valle Verde MDWCA',
      date: saidEach({ en: 'March 12, 2026', es: '12 de marzo de 2026' }),
    });
    expect(refusalIn(says, 'en')).toBe(
      " It says it is revision 3 of Valle Verde MDWCA's agreement, adopted March 12, 2026.",
    );
    expect(refusalIn(says, 'es')).toBe(
      ' Dice ser la revisión 3 del acuerdo de Valle Verde MDWCA, aprobada el 12 de marzo de 2026.',
    );
    const unknown = refusal('refusals.pdfUnknownHere', {
      short: '3F2A-91BC-0D4E-7A10',
      record: '',
    });
    expect(refusalIn(unknown, 'es')).toBe(
      'Este PDF es coherente: la constancia que lleva dentro coincide con la huella digital impresa en él, 3F2A-91BC-0D4E-7A10. No es una revisión aprobada en esta computadora, así que puede venir de otro sistema o de otra computadora.',
    );
  });

  it('has no English left in a Spanish message', () => {
    const early = ['notThisAddress', 'otherWebsite', 'notConnected'] as const;
    const english = {
      ...pdfCheckRefusalsMessages.en,
      ...Object.fromEntries(
        early.map((key) => [key, libraryRefusalsMessages.en[`refusals.${key}`]]),
      ),
    };
    const spanish: Record<string, string> = {
      ...pdfCheckRefusalsMessages.es,
      ...Object.fromEntries(
        early.map((key) => [key, libraryRefusalsMessages.es[`refusals.${key}`]]),
      ),
    };
    for (const [key, text] of Object.entries(english)) {
      expect(spanish[key], key).not.toBe(text);
      // Placeholders such as {record} are names, not words a reader sees.
      const words = spanish[key]?.replace(/\{\w+\}/g, '');
      expect(words, key).not.toMatch(/\b(the|this|could not|record|fingerprint|file is)\b/i);
    }
  });
});
