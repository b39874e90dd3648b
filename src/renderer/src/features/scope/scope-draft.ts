import type { AssetCapability, Scope } from '@shared/domain/scope';
import type { SewerSystem } from '@shared/domain/sewer-system';
import { numberFromDraft, type NumberDraft } from '../../form-kit/number-draft';

type SewerNumber = 'milesOfSewer' | 'liftStations' | 'liftStationsWithBackupPower';

/** The sewer answers as the form holds them: the counts and miles may be half-typed text. */
export type SewerDraft = Omit<SewerSystem, SewerNumber> & Record<SewerNumber, NumberDraft>;

/** Step 2 as the form holds it: like the scope, but its numbers may be half-typed text. */
export type ScopeDraft = Omit<Scope, 'storageGallons' | 'sewer'> & {
  storageGallons: NumberDraft;
  sewer: SewerDraft;
};

export function scopeToDraft(scope: Scope): ScopeDraft {
  return structuredClone(scope);
}

export function scopeDraftToInput(draft: ScopeDraft): unknown {
  const { sewer } = draft;
  return {
    ...draft,
    storageGallons: numberFromDraft(draft.storageGallons),
    sewer: {
      ...sewer,
      milesOfSewer: numberFromDraft(sewer.milesOfSewer),
      liftStations: numberFromDraft(sewer.liftStations),
      liftStationsWithBackupPower: numberFromDraft(sewer.liftStationsWithBackupPower),
    },
  };
}

/** A typed count as a number, or null while it is empty or not yet a number. */
export function draftCount(value: NumberDraft): number | null {
  const number = numberFromDraft(value);
  return typeof number === 'number' ? number : null;
}

/** The sewer answers with every count read, for the words shown back and the limit sentences. */
export function sewerFromDraft(sewer: SewerDraft): SewerSystem {
  return {
    ...sewer,
    milesOfSewer: draftCount(sewer.milesOfSewer),
    liftStations: draftCount(sewer.liftStations),
    liftStationsWithBackupPower: draftCount(sewer.liftStationsWithBackupPower),
  };
}

export interface AssetQuestion {
  question: string;
  why: string;
  /** What a "no" means for the agreement (DOMAIN.md section 1: promises within the assets). */
  ifNo: string;
  /** A sentence for "what our system cannot do" when the answer is no. */
  limit: string;
}

/** The drinking-water system's questions, asked when the utility runs water. */
export const assetQuestions: Record<AssetCapability, AssetQuestion> = {
  fireHydrants: {
    question: 'Does the system have fire hydrants with enough flow to fight fires?',
    why: 'Fire protection needs hydrants and mains big enough to carry fire flow.',
    ifNo: 'Leave fire protection out of the agreement for now. If the board wants it, put hydrants and larger mains in the capital improvement plan; the promise joins the agreement once they are built.',
    limit: 'We have no fire hydrants and cannot provide fire protection.',
  },
  backupSource: {
    question:
      'Is there a backup water source, such as a second well or a link to a neighboring system?',
    why: 'With a single source, one broken pump or well can cut off everyone until it is repaired.',
    ifNo: 'Promise only repair times you can keep with one source, and say in the agreement that the system has a single source.',
    limit: 'We have a single water source and no backup.',
  },
  storage: {
    question: 'Is there a storage tank?',
    why: 'Stored water keeps taps running while a pump is repaired or the power is out.',
    ifNo: 'Without storage, any pump or power failure stops the water at once: keep promises about outages modest.',
    limit: 'We have no storage tank, so a pump or power failure stops the water at once.',
  },
  backupPower: {
    question: 'Is there backup power, such as a generator, for the wells and pumps?',
    why: 'Without it, a power cut stops the pumps and, with them, the water.',
    ifNo: 'Do not promise water during power cuts; say so in the agreement instead.',
    limit:
      'We have no backup power for our wells and pumps; the water stops during a long power cut.',
  },
};
