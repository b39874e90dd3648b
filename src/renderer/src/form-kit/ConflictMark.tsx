import { Button } from '@mantine/core';
import type { ConflictChoice } from './autosaver';
import { useText, type Text } from '../i18n/use-text';
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
  const text = useText();
  return (
    <span data-conflict-mark="">
      <strong>{text('save.conflictTitle')}</strong>
      {theirsInWords(text, theirs)}
      <span style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 6 }}>
        <Button size="xs" variant="default" onClick={() => onChoose('mine')}>
          {text('save.keepMine')}
        </Button>
        <Button size="xs" variant="default" onClick={() => onChoose('theirs')}>
          {text('save.useTheirs')}
        </Button>
      </span>
    </span>
  );
}

/**
 * ", which has “Pine Flats”." for text and numbers, a plain full stop for lists and choices;
 * then that the typed text is kept.
 */
function theirsInWords(text: Text, theirs: unknown): string {
  if (typeof theirs === 'number') {
    return text('form.conflict.number', { value: numberDraftText(theirs) });
  }
  if (typeof theirs !== 'string' && theirs !== null) return text('form.conflict.other');
  const value = theirs ?? '';
  if (value.trim() === '') return text('form.conflict.empty');
  const short = value.length > 80 ? `${value.slice(0, 79)}…` : value;
  return text('form.conflict.text', { value: short });
}
