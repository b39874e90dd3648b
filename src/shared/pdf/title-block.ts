import type { Content, TableCell } from 'pdfmake/interfaces';
import type { SewerSystem } from '../domain/sewer-system';
import { runsSewer, runsWater, type UtilityProfile } from '../domain/utility';
import { usStates } from '../domain/us-states';
import { formatNumber } from '../domain/numbers/number-text';
import type { Language } from '../domain/printed-date';
import { agreementTerms } from './agreement-words';
import { frameWords, type FrameWords } from './frame-words';
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

/** The states whose name Spanish says differently; the rest are written the same. */
const spanishStates: Partial<Record<string, string>> = {
  'District of Columbia': 'Distrito de Columbia',
  Hawaii: 'Hawái',
  Louisiana: 'Luisiana',
  Michigan: 'Míchigan',
  Mississippi: 'Misisipi',
  Missouri: 'Misuri',
  'New Hampshire': 'Nuevo Hampshire',
  'New Jersey': 'Nueva Jersey',
  'New Mexico': 'Nuevo México',
  'New York': 'Nueva York',
  'North Carolina': 'Carolina del Norte',
  'North Dakota': 'Dakota del Norte',
  Oregon: 'Oregón',
  Pennsylvania: 'Pensilvania',
  'South Carolina': 'Carolina del Sur',
  'South Dakota': 'Dakota del Sur',
  'West Virginia': 'Virginia Occidental',
  'U.S. Virgin Islands': 'Islas Vírgenes de los Estados Unidos',
  'Northern Mariana Islands': 'Islas Marianas del Norte',
  'American Samoa': 'Samoa Americana',
};

/** A labelled figure in a band: "CONNECTIONS / 412". */
export function fact(label: string, value: Content): TableCell {
  return {
    stack: [{ text: label.toUpperCase(), style: 'factLabel' }, value],
    margin: [0, 2, 0, 2],
  };
}

function count(value: number | null, words: FrameWords): Content {
  if (value === null) return { text: words.notEntered, style: ['factValue', 'muted'] };
  return { text: formatNumber(value, 'en', 3), style: 'factValue' };
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
function sizeBand(utility: UtilityProfile, sewer: SewerSystem, words: FrameWords): Content {
  const cells = [
    fact(words.connections, count(utility.connections, words)),
    fact(words.population, count(utility.population, words)),
  ];
  const water = runsWater(utility.systemType);
  const sewers = runsSewer(utility.systemType);
  if (water && sewers) {
    cells.push(fact(words.milesOfMain, bothMains(utility.milesOfMain, sewer.milesOfSewer, words)));
  } else if (water) {
    cells.push(fact(words.milesOfWaterMain, count(utility.milesOfMain, words)));
  } else {
    cells.push(fact(words.milesOfSewerMain, count(sewer.milesOfSewer, words)));
  }
  return band(cells);
}

/** "12 water · 18 sewer", saying which figure is not entered yet. */
function bothMains(
  waterMiles: number | null,
  sewerMiles: number | null,
  words: FrameWords,
): Content {
  if (waterMiles === null && sewerMiles === null) return count(null, words);
  const part = (miles: number | null, service: string) =>
    miles === null ? words.mains.notEntered(service) : `${formatNumber(miles, 'en', 3)} ${service}`;
  return {
    text: `${part(waterMiles, words.mains.water)} · ${part(sewerMiles, words.mains.sewer)}`,
    style: 'factValue',
  };
}

/** Page 1: whose agreement this is, the system's size, and which revision and dates. */
export function titleBlock(
  utility: UtilityProfile,
  sewer: SewerSystem,
  dates: TitleDates,
  language: Language = 'en',
): Content[] {
  const words = frameWords[language];
  const kind =
    utility.systemType === null
      ? words.systemTypeNotEntered
      : agreementTerms[language].systemType[utility.systemType];
  const subtitle: Content[] = [{ text: kind }];
  if (utility.systemId !== '')
    subtitle.push({ text: ` · ${words.systemId} ` }, userText(utility.systemId));
  if (utility.state !== null) {
    const state = usStates[utility.state];
    subtitle.push({ text: ` · ${language === 'es' ? (spanishStates[state] ?? state) : state}` });
  }
  const name =
    utility.name === ''
      ? { text: words.nameNotEntered, style: 'title' }
      : userText(utility.name, 'title');
  return [
    { text: words.kicker, style: 'kicker', margin: [0, 8, 0, 6] },
    name,
    { text: subtitle, style: 'subtitle', margin: [0, 6, 0, 14] },
    sizeBand(utility, sewer, words),
    band([
      fact(words.revision, { text: String(dates.revision), style: 'factValue' }),
      fact(
        words.adopted,
        dates.adoptedOn === null
          ? { text: words.notYetDraft, style: 'factValue', color: palette.draft }
          : { text: dates.adoptedOn, style: 'factValue' },
      ),
      fact(
        words.nextReview,
        dates.nextReviewOn === null
          ? { text: words.aYearAfter, style: ['factValue', 'muted'] }
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
