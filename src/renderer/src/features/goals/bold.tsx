import type { ReactNode } from 'react';

/** A label's emphasis inside a catalog message: "<b>Target:</b> at most 8 hours". */
export function bold(chunks: ReactNode[]) {
  return <strong>{chunks}</strong>;
}
