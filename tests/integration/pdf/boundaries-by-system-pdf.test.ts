import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import type { SystemType } from '../../../src/shared/domain/utility';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { draftInput, pdfContent } from '../../fixtures/pdf/pdf-inputs';
import { oneLine, pdfText } from './poppler';

const names: Record<SystemType, string> = {
  water: 'Valle Verde Mutual Domestic Water Association',
  wastewater: 'Valle Verde Sanitation District',
  both: 'Valle Verde Water and Sanitation District',
};

/** A step 2 with both sets answered, printed for one service, the other, or both. */
function contentFor(systemType: SystemType): AgreementContent {
  return {
    ...pdfContent,
    utility: { ...pdfContent.utility, name: names[systemType], systemType },
    scope: {
      ...pdfContent.scope,
      mission: 'Fair service for every member.',
      regulatoryStyle: 'blanket',
      regulatoryStatement:
        'We will comply with all applicable federal, state and local rules for our system.',
      assets: { fireHydrants: 'no', backupSource: 'no', storage: 'no', backupPower: 'yes' },
      storageGallons: null,
      sewer: {
        milesOfSewer: 18,
        collection: 'gravity',
        liftStations: 3,
        liftStationsWithBackupPower: 2,
        treatment: 'lagoon',
        inflowInfiltration: 'yes',
        dischargePermit: 'NM0028355',
      },
      assetLimits: '',
    },
  };
}

const sewerFacts = [
  'The system has about 18 miles of sewer main.',
  'Sewage flows through the mains by gravity.',
  'The system has 3 lift stations; 2 have backup power, so a power failure can stop 1 of them.',
  'Sewage is treated in a lagoon.',
  'Rain and groundwater get into the sewers and can overload them in wet weather.',
  'The system discharges under permit NM0028355.',
];
const waterFacts = [
  'The system has no fire hydrants and cannot deliver fire flow',
  'The system has a single source of water and no backup source.',
  'The system has no storage tank; an outage at the source reaches customers at once.',
  'The system has backup power for its wells and pumps.',
];

let folder = '';
const pageOne: Partial<Record<SystemType, string>> = {};

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-boundaries-'));
  for (const systemType of ['water', 'wastewater', 'both'] as const) {
    const file = join(folder, `${systemType}.pdf`);
    const input = { ...draftInput, content: { ...contentFor(systemType), revision: 3 } };
    writeFileSync(file, await renderPdf(agreementDocument(input)));
    // A combined utility's two lists run onto page 2.
    const pages = systemType === 'both' ? [1, 2] : [1];
    pageOne[systemType] = oneLine(pages.map((page) => pdfText(file, page)).join(' '));
  }
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('page 1 of the agreement, by system type', () => {
  it('tells a sewer district its sewer facts and no water fact', () => {
    const text = pageOne.wastewater ?? '';
    for (const fact of sewerFacts) expect(text).toContain(fact);
    expect(text).toContain('MILES OF SEWER MAIN 18');
    for (const fact of waterFacts) expect(text).not.toContain(fact);
    expect(text).not.toMatch(/\bwater\b|MILES OF MAIN|hydrant|storage|wells/i);
  });

  it('tells a water system its water facts and no sewer fact', () => {
    const text = pageOne.water ?? '';
    for (const fact of waterFacts) expect(text).toContain(fact);
    expect(text).toContain('MILES OF WATER MAIN 23.4');
    for (const fact of sewerFacts) expect(text).not.toContain(fact);
    expect(text).not.toMatch(/sewage|lift station|lagoon|NM0028355/i);
  });

  it('tells a combined utility both on pages 1 and 2, each under its system’s name', () => {
    const text = pageOne.both ?? '';
    for (const fact of [...waterFacts, ...sewerFacts]) expect(text).toContain(fact);
    // One cell for both mains, so the size band keeps the three columns of the band below.
    expect(text).toContain('MILES OF MAIN 23.4 water · 18 sewer');
    expect(text.indexOf('Drinking water system The system has no fire hydrants')).toBeGreaterThan(
      0,
    );
    expect(text.indexOf('Sewer system The system has about 18 miles')).toBeGreaterThan(
      text.indexOf('Drinking water system The system'),
    );
  });
});
