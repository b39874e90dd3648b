import type { FormErrors } from '@mantine/form';
import { schemaResolver } from '@mantine/form';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { z } from 'zod';
import { issueText } from '../i18n/issue-text';
import { useText, type Text } from '../i18n/use-text';

/**
 * Form validation with the API's own zod schema, so a field shows exactly the message the
 * service would answer. `toInput` turns the form's draft into what the schema parses.
 */
function schemaValidate<Draft>(schema: z.ZodType, toInput: (draft: Draft) => unknown) {
  const resolve = schemaResolver(schema, { sync: true });
  // The shared schemas' messages are keys of the shared catalog: said here, in the app's language.
  return (draft: Draft, text: Text): FormErrors =>
    Object.fromEntries(
      Object.entries(resolve(toInput(draft))).map(([path, error]) => [
        path,
        typeof error === 'string' ? issueText(text, { message: error }) : error,
      ]),
    );
}

/**
 * `schemaValidate` for a form's whole life: a form keeps the validator it was made with, so
 * this one reads the app's language when it runs, not when the form was made.
 */
export function useSchemaValidate<Draft>(
  schema: z.ZodType,
  toInput: (draft: Draft) => unknown,
): (draft: Draft) => FormErrors {
  const text = useText();
  const latest = useRef(text);
  // Before any effect or event of this render runs, so a switch's re-check already says it anew.
  useLayoutEffect(() => {
    latest.current = text;
  }, [text]);
  const validate = useMemo(() => schemaValidate(schema, toInput), [schema, toInput]);
  return useCallback((draft: Draft) => validate(draft, latest.current), [validate]);
}

/** What `useErrorsInLanguage` needs of a Mantine form. */
interface FormWithErrors {
  errors: FormErrors;
  validateField: (path: string) => unknown;
}

/**
 * Says the errors a form shows again when the app's language changes. Only the fields already
 * in red are checked again, so the switch marks nothing the user has not touched.
 */
export function useErrorsInLanguage(form: FormWithErrors): void {
  const text = useText();
  const saidIn = useRef(text);
  useEffect(() => {
    if (saidIn.current === text) return;
    saidIn.current = text;
    for (const path of Object.keys(form.errors)) form.validateField(path);
  }, [form, text]);
}
