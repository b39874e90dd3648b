import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageKey } from '../../i18n/catalog';
import { useText } from '../../i18n/use-text';
import { useOpenGlossary } from './glossary-context';
import { glossaryTerms, type GlossaryTerm } from './glossary-terms';

/** A word on screen that opens the words explained at what it means. */
export function Term({ id, children }: { id: GlossaryTerm; children: ReactNode }) {
  const open = useOpenGlossary();
  const text = useText();
  // Drawn without the app around it (a step on its own), the word is plain text.
  if (!open) return <>{children}</>;
  return (
    // A link, not a button: it flows and wraps with the sentence around it, as a button does not.
    <Anchor
      href={`#glossary-${id}`}
      inherit
      aria-haspopup="dialog"
      title={text('glossary.termHint', { term: text(`glossary.${id}.term`) })}
      onClick={(event) => {
        event.preventDefault();
        open(id);
      }}
      style={{ textDecorationStyle: 'dotted', textDecorationLine: 'underline' }}
    >
      {children}
    </Anchor>
  );
}

/** Each term's tag in a catalog message, `<quorum>quorum</quorum>`, drawn as a Term. */
const termTags = Object.fromEntries(
  glossaryTerms.map((id) => [id, (chunks: ReactNode[]) => <Term id={id}>{chunks}</Term>]),
);

/** A catalog message whose terms open the words explained. */
export function TermsText({ id }: { id: MessageKey }) {
  return <FormattedMessage id={id} values={termTags} />;
}

/**
 * A sentence from shared code (which prints on paper too, so holds no tags) with the first
 * `words` in it drawn as the term; the sentence as it is when they are not in it.
 */
export function TermIn({
  sentence,
  words,
  id,
}: {
  sentence: string;
  words: string;
  id: GlossaryTerm;
}) {
  const at = sentence.indexOf(words);
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <Term id={id}>{words}</Term>
      {sentence.slice(at + words.length)}
    </>
  );
}
