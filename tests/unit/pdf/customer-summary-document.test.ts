import { describe, expect, it } from 'vitest';
import { customerSummaryDocument } from '../../../src/shared/pdf/customer-summary-document';
import { approvedVersion } from '../../fixtures/pdf/pdf-inputs';
import { frameText, textOf } from './document-walk';

describe('customerSummaryDocument', () => {
  const english = customerSummaryDocument({
    version: approvedVersion,
    standing: { inForce: true },
    language: 'en',
  });
  const spanish = customerSummaryDocument({
    version: approvedVersion,
    standing: { inForce: true },
    language: 'es',
  });

  it('says in Spanish what the board adopted, marking each goal the board wrote only in English', () => {
    const text = textOf(spanish.content);
    expect(text).toContain('NUESTRAS METAS DE SERVICIO');
    expect(text).toContain('Aprobadas por la mesa directiva el 12 de marzo de 2026 · Revisión 2');
    expect(text).toContain('Lo que usted puede esperar de nosotros');
    expect(text).toContain('Cómo cuidamos el sistema');
    expect(text).toContain('Unplanned outages are short (en inglés) como máximo 8 horas');
    expect(text).toContain('Members can reach us and hear from us (en inglés) sí');
    // The thirty statements, and goal 3's unit, which the glossary does not know.
    expect(text).toContain('31 textos de la mesa directiva aparecen en inglés');
    expect(text).toContain('como máximo 15% of production (unidad en inglés)');
    expect(text).toContain('entre 90 y 100%');
    expect(text).toContain('no un contrato vinculante');
    expect(text).toContain('12 de marzo de 2027');
    expect(frameText(spanish.footer, 1, 1)).toBe(
      `${approvedVersion.content.utility.name} Revisión 2 · Huella digital 3F2A-91BC-0D4E-7A10`,
    );
    expect(spanish.info?.title).toBe(
      `Nuestras metas de servicio — ${approvedVersion.content.utility.name}`,
    );
  });

  it('says the same in English', () => {
    const text = textOf(english.content);
    expect(text).toContain('Adopted by the board on March 12, 2026 · Revision 2');
    expect(text).toContain('What you can expect from us');
    expect(text).toContain('Unplanned outages are short at most 8 hours');
    expect(text).toContain('not a binding contract');
    expect(frameText(english.footer, 1, 1)).toBe(
      `${approvedVersion.content.utility.name} Revision 2 · Fingerprint 3F2A-91BC-0D4E-7A10`,
    );
  });

  it('lists every approved goal, customers’ goals first', () => {
    const text = textOf(english.content);
    for (const goal of approvedVersion.content.goals) expect(text).toContain(goal.statement);
    expect(text.indexOf('What you can expect from us')).toBeLessThan(
      text.indexOf('How we look after the system'),
    );
  });

  it('sets many goals in smaller type so the summary stays on one sheet', () => {
    const twelve = {
      ...approvedVersion,
      content: { ...approvedVersion.content, goals: approvedVersion.content.goals.slice(0, 12) },
    };
    expect(
      customerSummaryDocument({ version: twelve, standing: { inForce: true }, language: 'en' })
        .defaultStyle?.fontSize,
    ).toBe(10.5);
    expect(english.defaultStyle?.fontSize).toBe(8);
  });
});
