import type { FormErrors } from '@mantine/form';
import { schemaResolver } from '@mantine/form';
import type { z } from 'zod';
import { issueText } from '../i18n/issue-text';
import type { Text } from '../i18n/use-text';

/**
 * Form validation with the API's own zod schema, so a field shows exactly the message the
 * service would answer. `toInput` turns the form's draft into what the schema parses.
 */
export function schemaValidate<Draft>(
  schema: z.ZodType,
  toInput: (draft: Draft) => unknown,
  text: Text,
) {
  const resolve = schemaResolver(schema, { sync: true });
  // The shared schemas' messages are keys of the shared catalog: said here, in the app's language.
  return (draft: Draft): FormErrors =>
    Object.fromEntries(
      Object.entries(resolve(toInput(draft))).map(([path, error]) => [
        path,
        typeof error === 'string' ? issueText(text, { message: error }) : error,
      ]),
    );
}
