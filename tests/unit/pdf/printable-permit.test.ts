import { describe, expect, it } from 'vitest';
import { printableFieldsOf } from '../../../src/shared/pdf/printable-fields';
import type { SystemType } from '../../../src/shared/domain/utility';
import { pdfContent } from '../../fixtures/pdf/pdf-inputs';

function fieldsFor(systemType: SystemType) {
  const content = {
    ...pdfContent,
    utility: { ...pdfContent.utility, systemType },
    scope: {
      ...pdfContent.scope,
      sewer: { ...pdfContent.scope.sewer, dischargePermit: 'NM0028355' },
    },
  };
  return printableFieldsOf(content, null);
}

describe('the discharge permit number among the printed fields', () => {
  it('is checked for unprintable characters when page 1 prints it', () => {
    expect(fieldsFor('wastewater')).toContainEqual({
      field: 'Discharge permit number',
      text: 'NM0028355',
    });
  });

  it('is left out for a water system, whose page 1 does not print it', () => {
    expect(fieldsFor('water').map((field) => field.field)).not.toContain('Discharge permit number');
  });
});
