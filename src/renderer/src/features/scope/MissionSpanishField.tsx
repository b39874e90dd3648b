import type { UseFormReturnType } from '@mantine/form';
import { scopeLabels } from '@shared/domain/scope';
import { useAgreement } from '../../form-kit/agreement-context';
import { SpanishPart } from '../../form-kit/SpanishPart';
import { StableTextarea } from '../../form-kit/stable-field';
import type { ScopeDraft } from './scope-draft';

const words = {
  why: 'Optional, for the papers customers read in Spanish. Left empty, they print the mission in English, marked “(en inglés)”.',
  open: 'Write the mission in Spanish',
  noneWritten: 'No Spanish wording was written for the mission.',
};

/** The mission as the Spanish papers print it, written on asking. */
export function MissionSpanishField({ form }: { form: UseFormReturnType<ScopeDraft> }) {
  const { frozen } = useAgreement();
  return (
    <SpanishPart
      written={form.values.missionSpanish !== ''}
      frozen={frozen}
      why={words.why}
      openLabel={words.open}
      noneWritten={words.noneWritten}
    >
      <StableTextarea
        label={scopeLabels.missionSpanish}
        lang="es"
        autosize
        minRows={2}
        {...form.getInputProps('missionSpanish')}
      />
    </SpanishPart>
  );
}
