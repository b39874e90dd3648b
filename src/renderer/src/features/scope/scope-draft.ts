import type { AssetCapability, Scope } from '../../../../shared/domain/scope';
import { numberFromDraft, type NumberDraft } from '../../wizard/number-draft';

/** Step 2 as the form holds it: like the scope, but the gallons may be half-typed text. */
export type ScopeDraft = Omit<Scope, 'storageGallons'> & { storageGallons: NumberDraft };

export function scopeToDraft(scope: Scope): ScopeDraft {
  return structuredClone(scope);
}

export function scopeDraftToInput(draft: ScopeDraft): unknown {
  return { ...draft, storageGallons: numberFromDraft(draft.storageGallons) };
}

export interface AssetQuestion {
  question: string;
  why: string;
  /** What a "no" means for the agreement (DOMAIN.md section 1: promises within the assets). */
  ifNo: string;
  /** A sentence for "what our system cannot do" when the answer is no. */
  limit: string;
}

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
    question: 'Is there backup power, such as a generator, for the pumps?',
    why: 'Without it, a power cut stops the pumps and, with them, the service.',
    ifNo: 'Do not promise service during power cuts; say so in the agreement instead.',
    limit: 'We have no backup power; service stops during a long power cut.',
  },
};

/** Ready-made category statements (DOMAIN.md section 1: water quality, certification, meetings). */
export const suggestedCategories = [
  {
    name: 'Water quality',
    text: 'We will meet every state and federal drinking-water standard and take every required sample on time.',
  },
  {
    name: 'Operator certification',
    text: 'Our system will always be run by an operator certified at the level the state requires.',
  },
  {
    name: 'Open meetings',
    text: 'The board will meet in public, with proper notice, as the open meetings law requires.',
  },
  {
    name: 'Reports to customers',
    text: 'We will deliver the yearly water-quality report to every customer by July 1.',
  },
] as const;
