import type { ReportView } from '../../shared/api/report-contract';
import { periodName } from '../../shared/domain/tracking/periods';
import type { ComplaintLog } from '../../shared/domain/customers/complaint-log';
import type { Workbook } from '../../shared/domain/workbook';
import { cardGoals } from '../../shared/pdf/reports/report-card-document';
import { cardWords, countedNoun } from '../../shared/pdf/reports/report-card-words';
import { periodChoices } from '../tracking/tracking-view';
import { cardYears, reportView } from './report-inputs';

/** The periods the reports can cover, and each year's missed external goals with their follow-ups. */
export function reportViewOf(workbook: Workbook, log: ComplaintLog, today: string): ReportView {
  const found = reportView(workbook, log, today);
  if ('problem' in found) return { inForce: null, problem: found.problem, quarters: [], years: [] };
  const { view } = found;
  const { revision, approvedOn } = view.inForce;
  const words = cardWords.en;
  const years = cardYears(approvedOn, today).map((year) => {
    const goals = cardGoals({ view, year });
    const missed = goals
      .filter(({ standing }) => standing.status === 'not-met')
      .map(({ goal, standing }) => {
        const judged = standing.met + standing.missed;
        const noun = countedNoun(words, goal.periodKind, goal.frequency, judged);
        const saved = workbook.tracking.followUps.find(
          (item) => item.revision === revision && item.goalId === goal.id && item.year === year,
        );
        return {
          goalId: goal.id,
          number: goal.number,
          statement: goal.statement,
          targetWords: goal.targetWords,
          result: words.counted(standing.met, judged, noun),
          followUp: saved?.text ?? '',
          followUpSpanish: saved?.textSpanish ?? '',
        };
      });
    return { year, ended: `${year}-12-31` < today, externalGoals: goals.length, missed };
  });
  return {
    inForce: { revision, approvedOn },
    problem: null,
    quarters: periodChoices('quarter', approvedOn, today).map((key) => ({
      key,
      name: periodName('quarter', key),
    })),
    years,
  };
}
