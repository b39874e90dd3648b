import { FormSection } from '../../form-kit/FormSection';
import { useText } from '../../i18n/use-text';
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
  const text = useText();
  return (
    <>
      <WholePeriodSection view={view} approvedOn={approvedOn} onSaved={onSaved} />
      <FormSection title={text('tracking.import.title')} hint={text('tracking.import.hint')}>
        <ResultsImport onImported={onSaved} />
      </FormSection>
      <GoalsByArea view={view} approvedOn={approvedOn} onSaved={onSaved} />
    </>
  );
}
