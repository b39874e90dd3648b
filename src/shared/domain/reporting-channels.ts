import { runsWater, type SystemType } from './utility';

/** The ways a utility reports its results to customers once a year, in one paper's words. */
export interface ReportingChannelWords {
  /** The annual water-quality report (Consumer Confidence Report). */
  qualityReport: string;
  billInsert: string;
  annualMeeting: string;
  /** Where a utility that holds no annual meeting reports in person. */
  openMeeting: string;
}

/**
 * The channels that are true for this utility, in order. Only a community water system owes
 * customers a water-quality report, so a sewer district's papers never promise one; the annual
 * meeting only where the utility holds one (not known yet: the open board meeting every utility
 * holds). An unknown system type assumes water too, as `runsWater` does.
 */
export function reportingChannels(
  words: ReportingChannelWords,
  systemType: SystemType | null,
  annualMeeting: boolean | null,
): string[] {
  return [
    ...(runsWater(systemType) ? [words.qualityReport] : []),
    words.billInsert,
    annualMeeting === true ? words.annualMeeting : words.openMeeting,
  ];
}
