import { createContext, useContext, type ReactNode } from 'react';
import type { AgreementState } from '../../../shared/domain/agreement-version';

export interface AgreementStatus {
  agreement: AgreementState;
  /** True once the board approved this revision: every earlier step is read-only. */
  frozen: boolean;
  /** Copies the approved agreement into a new draft and reloads the step on screen. */
  startNewRevision: () => Promise<void>;
  /** The approval step reports an approval here, so every step knows at once. */
  onAgreementChanged: (agreement: AgreementState) => void;
}

const draft: AgreementStatus = {
  agreement: { revision: 1, status: 'draft' },
  frozen: false,
  startNewRevision: () => Promise.resolve(),
  onAgreementChanged: () => undefined,
};

const AgreementContext = createContext<AgreementStatus>(draft);

export function AgreementProvider(props: { value: AgreementStatus; children: ReactNode }) {
  return (
    <AgreementContext.Provider value={props.value}>{props.children}</AgreementContext.Provider>
  );
}

/** Whether the working copy is approved and frozen; a step shown on its own sees a draft. */
export function useAgreement(): AgreementStatus {
  return useContext(AgreementContext);
}
