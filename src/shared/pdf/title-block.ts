import type { Content, TableCell } from 'pdfmake/interfaces';
import type { SewerSystem } from '../domain/sewer-system';
import { runsSewer, runsWater, type UtilityProfile } from '../domain/utility';
import { usStates } from '../domain/us-states';
import { systemTypeWords } from './agreement-words';
import { palette } from './pdf-styles';
import { userText } from './user-text';

export interface TitleDates {
  revision: number;
  /** The meeting date the board adopted it, or null for a draft. */
  adoptedOn: string | null;
  nextReviewOn: string | null;
  /** Whether an approved revision is in force or superseded; null for a draft. */
  standing: string | null;
}

/** A labelled figure in a band: "CONNECTIONS / 412". */
export function fact(label: string, value: Content): TableCell {
  return {
    stack: [{ text: label.toUpperCase(), style: 'factLabel' }, value],
    margin: [0, 2, 0, 2],
  };
}

function count(value: number | null): Content {
  if (value === null) return { text: 'not entered', style: ['factValue', 'muted'] };
  return { text: value.toLocaleString('en-US'), style: 'factValue' };
}

/** A shaded row of facts, as on the title page. */
export function band(cells: TableCell[]): Content {
  return {
    table: { widths: cells.map(() => '*'), body: [cells] },
    layout: {
      fillColor: () => palette.band,
      hLineWidth: () => 0,
      vLineWidth: (index: number) => (index === 0 || index === cells.length ? 0 : 1),
      vLineColor: () => '#ffffff',
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
    margin: [0, 0, 0, 4],
  };
}

/**
 * The system's size: the water mains from step 1 and the sewer mains from step 2, each only
 * when the utility runs that service (both while step 1 does not say). Both share one cell,
 * so the band keeps the three columns of the band below it.
 */
function sizeBand(utility: UtilityProfile, sewer: SewerSystem): Content {
  const cells = [
    fact('Connections', count(utility.connections)),
    fact('Population served', count(utility.population)),
  ];
  const water = runsWater(utility.systemType);
  const sewers = runsSewer(utility.systemType);
  if (water && sewers) {
    cells.push(fact('Miles of main', bothMains(utility.milesOfMain, sewer.milesOfSewer)));
  } else if (water) {
    cells.push(fact('Miles of water main', count(utility.milesOfMain)));
  } else {
    cells.push(fact('Miles of sewer main', count(sewer.milesOfSewer)));
  }
  return band(cells);
}

/** "12 water · 18 sewer", saying which figure is not entered yet. */
function bothMains(waterMiles: number | null, sewerMiles: number | null): Content {
  if (waterMiles === null && sewerMiles === null) return count(null);
  const part = (miles: number | null, service: string) =>
    miles === null ? `${service} not entered` : `${miles.toLocaleString('en-US')} ${service}`;
  return {
    text: `${part(waterMiles, 'water')} · ${part(sewerMiles, 'sewer')}`,
    style: 'factValue',
  };
}

/** Page 1: whose agreement this is, the system's size, and which revision and dates. */
export function titleBlock(
  utility: UtilityProfile,
  sewer: SewerSystem,
  dates: TitleDates,
): Content[] {
  const kind =
    utility.systemType === null ? 'System type not entered' : systemTypeWords[utility.systemType];
  const subtitle: Content[] = [{ text: kind }];
  if (utility.systemId !== '') subtitle.push({ text: ' · System ID ' }, userText(utility.systemId));
  if (utility.state !== null) subtitle.push({ text: ` · ${usStates[utility.state]}` });
  const name =
    utility.name === ''
      ? { text: 'Utility name not entered', style: 'title' }
      : userText(utility.name, 'title');
  return [
    { text: 'LEVEL OF SERVICE AGREEMENT', style: 'kicker', margin: [0, 8, 0, 6] },
    name,
    { text: subtitle, style: 'subtitle', margin: [0, 6, 0, 14] },
    sizeBand(utility, sewer),
    band([
      fact('Revision', { text: String(dates.revision), style: 'factValue' }),
      fact(
        'Adopted',
        dates.adoptedOn === null
          ? { text: 'Not yet — draft', style: 'factValue', color: palette.draft }
          : { text: dates.adoptedOn, style: 'factValue' },
      ),
      fact(
        'Next review',
        dates.nextReviewOn === null
          ? { text: 'A year after adoption', style: ['factValue', 'muted'] }
          : { text: dates.nextReviewOn, style: 'factValue' },
      ),
    ]),
    ...(dates.standing === null
      ? []
      : [{ text: dates.standing, style: 'small', bold: true, margin: [0, 4, 0, 0] } as Content]),
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: 484, y2: 0, lineWidth: 1.5, lineColor: palette.accent },
      ],
      margin: [0, 10, 0, 0],
    },
  ];
}
