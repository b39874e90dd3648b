import { Button } from '@mantine/core';
import type { ConflictChoice } from './autosaver';
import { numberDraftText } from './number-draft';

interface ConflictMarkProps {
  /** The other window's value, as the form holds it. */
  theirs: unknown;
  onChoose: (choice: ConflictChoice) => void;
}

/**
 * Said under a field that another window saved differently while it was typed here. Shown in
 * the field's error line, a paragraph, so it holds only inline elements.
 */
export function ConflictMark({ theirs, onChoose }: ConflictMarkProps) {
  return (
    <span data-conflict-mark="">
      <strong>Not saved — changed in another window</strong>
      {theirsInWords(theirs)} Your text is kept until you choose.
      <span style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 6 }}>
        <Button size="xs" variant="default" onClick={() => onChoose('mine')}>
          Keep mine
        </Button>
        <Button size="xs" variant="default" onClick={() => onChoose('theirs')}>
          Use the other window’s
        </Button>
      </span>
    </span>
  );
}

/** ", which has “Pine Flats”." for text and numbers; a plain full stop for lists and choices. */
function theirsInWords(theirs: unknown): string {
  if (typeof theirs === 'number') return `, which has ${numberDraftText(theirs)}.`;
  if (typeof theirs !== 'string' && theirs !== null) return '.';
  const text = theirs ?? '';
  if (text.trim() === '') return ', which left it empty.';
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return `, which has “${short}”.`;
}
