import type { UseFormReturnType } from '@mantine/form';
import { useAgreement } from '../../form-kit/agreement-context';
import { SpanishPart } from '../../form-kit/SpanishPart';
import { StableTextarea } from '../../form-kit/stable-field';
import { useText } from '../../i18n/use-text';
import type { ScopeDraft } from './scope-draft';

/** The mission as the Spanish papers print it, written on asking. */
export function MissionSpanishField({ form }: { form: UseFormReturnType<ScopeDraft> }) {
  const { frozen } = useAgreement();
  const text = useText();
  return (
    <SpanishPart
      written={form.values.missionSpanish !== ''}
      frozen={frozen}
      why={text('scope.missionSpanish.why')}
      openLabel={text('scope.missionSpanish.open')}
      noneWritten={text('scope.missionSpanish.none')}
    >
      <StableTextarea
        label={text('scope.missionSpanish.label')}
        lang="es"
        autosize
        minRows={2}
        {...form.getInputProps('missionSpanish')}
      />
    </SpanishPart>
  );
}
