import type { FormErrors } from '@mantine/form';
import { schemaResolver } from '@mantine/form';
import type { z } from 'zod';

/**
 * Form validation with the API's own zod schema, so a field shows exactly the message the
 * service would answer. `toInput` turns the form's draft into what the schema parses.
 */
export function schemaValidate<Draft>(schema: z.ZodType, toInput: (draft: Draft) => unknown) {
  const resolve = schemaResolver(schema, { sync: true });
  return (draft: Draft): FormErrors => resolve(toInput(draft));
}
