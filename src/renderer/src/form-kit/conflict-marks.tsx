import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { ConflictMark } from './ConflictMark';
import type { Autosaver } from './autosaver';
import { fieldName, type FieldConflict } from './merge-drafts';

/** What to say under each conflicting field, by the form's name for it ("board.2.name"). */
type Marks = Record<string, ReactNode>;

export function conflictMarks<Draft, Value>(
  fields: FieldConflict[],
  values: Draft,
  saver: Pick<Autosaver<Draft, Value>, 'resolve'>,
): Marks {
  const marks: Marks = {};
  for (const field of fields) {
    const name = fieldName(values, field.path);
    if (!name) continue;
    marks[name] = (
      <ConflictMark
        theirs={field.theirs}
        onChoose={(choice) => saver.resolve(field.path, choice)}
      />
    );
  }
  return marks;
}

/**
 * The form with each conflicting field's mark in its error line, where the user is typing:
 * through getInputProps for most fields, and `errors` for those that read it themselves. A
 * field's own validation message stays in front of the mark.
 */
export function withConflictMarks<Draft>(
  form: UseFormReturnType<Draft>,
  marks: Marks,
): UseFormReturnType<Draft> {
  const names = Object.keys(marks);
  if (names.length === 0) return form;
  const marked = (error: ReactNode, name: string): ReactNode =>
    error ? (
      <>
        {error} {marks[name]}
      </>
    ) : (
      marks[name]
    );
  const errors = { ...form.errors };
  for (const name of names) errors[name] = marked(form.errors[name], name);
  return {
    ...form,
    errors,
    getInputProps: (path, options) => {
      const props = form.getInputProps(path, options);
      const name = String(path);
      return name in marks ? { ...props, error: marked(props.error as ReactNode, name) } : props;
    },
  };
}
