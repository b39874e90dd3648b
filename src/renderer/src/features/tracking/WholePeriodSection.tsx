import { Button } from '@mantine/core';
import { useState } from 'react';
import type { TrackingView } from '@shared/api/tracking-contract';
import { FormSection } from '../../form-kit/FormSection';
import { useText } from '../../i18n/use-text';
import { goalsByPeriodKind } from './whole-period';
import { WholePeriodForm } from './WholePeriodForm';

interface WholePeriodSectionProps {
  view: TrackingView;
  approvedOn: string;
  onSaved: (view: TrackingView) => void;
}

/** The way to type a month's (or quarter's, or year's) figures for every goal at once. */
export function WholePeriodSection({ view, approvedOn, onSaved }: WholePeriodSectionProps) {
  const text = useText();
  const [open, setOpen] = useState(false);
  const kinds = goalsByPeriodKind(view);
  if (kinds.size === 0) return null;
  return (
    <FormSection title={text('tracking.whole.title')} hint={text('tracking.whole.hint')}>
      <div>
        <Button
          variant={open ? 'default' : 'filled'}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {text(open ? 'tracking.whole.close' : 'tracking.whole.open')}
        </Button>
      </div>
      {open && <WholePeriodForm kinds={kinds} approvedOn={approvedOn} onSaved={onSaved} />}
    </FormSection>
  );
}
