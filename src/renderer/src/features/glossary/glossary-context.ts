import { createContext, useContext } from 'react';
import type { GlossaryTerm } from './glossary-terms';

/** Opens the words explained, at one term or at the top. */
export type OpenGlossary = (term?: GlossaryTerm) => void;

export const GlossaryContext = createContext<OpenGlossary | null>(null);

/** How to open the glossary; null where no GlossaryProvider is above (a step drawn alone). */
export function useOpenGlossary(): OpenGlossary | null {
  return useContext(GlossaryContext);
}
