import type { ReportView } from '../../shared/api/report-contract';
import { periodSaid } from '../../shared/domain/tracking/period-words';
import { saidEach } from '../../shared/i18n/said-each';
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
  const years = cardYears(approvedOn, today).map((year) => {
    const goals = cardGoals({ view, year });
    const missed = goals
      .filter(({ standing }) => standing.status === 'not-met')
      .map(({ goal, standing }) => {
        const judged = standing.met + standing.missed;
        // The report card's own sentence, in each language.
        const counted = (language: 'en' | 'es') =>
          cardWords[language].counted(
            standing.met,
            judged,
            countedNoun(cardWords[language], goal.periodKind, goal.frequency, judged),
          );
        const saved = workbook.tracking.followUps.find(
          (item) => item.revision === revision && item.goalId === goal.id && item.year === year,
        );
        return {
          goalId: goal.id,
          number: goal.number,
          statement: goal.statement,
          targetWords: goal.targetWords,
          result: saidEach({ en: counted('en'), es: counted('es') }),
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
      name: periodSaid('quarter', key),
    })),
    years,
  };
}
