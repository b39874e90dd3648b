import { FormSection } from '../../form-kit/FormSection';
import type { TrackingView } from '@shared/api/tracking-contract';
import { ResultsImport } from '../tracking-import/ResultsImport';
import { GoalsByArea } from './GoalsByArea';
import { WholePeriodSection } from './WholePeriodSection';

interface ResultsPanelProps {
  view: TrackingView;
  approvedOn: string;
  /** Shows the view answered by a save or an import. */
  onSaved: (view: TrackingView) => void;
}

/** The overview's first tab: each goal's results and standing, and the ways to record more. */
export function ResultsPanel({ view, approvedOn, onSaved }: ResultsPanelProps) {
  return (
    <>
      <WholePeriodSection view={view} approvedOn={approvedOn} onSaved={onSaved} />
      <FormSection
        title="Import results kept in a spreadsheet"
        hint="Results the operator already keeps in a spreadsheet, saved as a CSV file: every row is checked and shown before anything is recorded, and nothing is recorded if any row is wrong."
      >
        <ResultsImport onImported={onSaved} />
      </FormSection>
      <GoalsByArea view={view} approvedOn={approvedOn} onSaved={onSaved} />
    </>
  );
}
