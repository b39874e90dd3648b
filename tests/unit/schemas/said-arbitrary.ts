import { fc } from '@fast-check/vitest';
import { sharedCatalogs, type SaidKey } from '../../../src/shared/i18n/shared-catalog';
import { said } from '../../../src/shared/i18n/said';

/** A message shared code says, by one of its keys; the values are not checked by the schema. */
export const validSaid = fc
  .constantFrom(...(Object.keys(sharedCatalogs.en) as SaidKey[]))
  .map((key) => said(key));
