import type { UseFormReturnType } from '@mantine/form';
import type { ComponentType, JSX } from 'react';
import { sameValue } from './merge-drafts';
import { stableField } from './stable-field';

type ValuesOf<Props> = Props extends { form: UseFormReturnType<infer Values> } ? Values : never;
type FieldOf<Props> = keyof ValuesOf<Props> & string;

/**
 * One part of a form that draws again only when the fields it shows change, not on every key
 * typed in another part. A controlled form draws all of itself on each key; in a goal's editor
 * the parts the user was not typing in were most of a keystroke's work (issue 14).
 *
 * `fields` names every top-level field the part reads, in drawing or in its handlers: their
 * values and errors (a row's error and a conflict mark included) are compared; every other
 * prop as it is, a list item by item; handlers are kept current by stableField. A handler
 * therefore never sees a stale value of a field it reads. In development and tests the part is
 * handed a form that refuses any field it did not name, so the list cannot silently fall
 * behind the code.
 */
export function formSection<Props extends { form: UseFormReturnType<ValuesOf<Props>> }>(
  Section: ComponentType<Props>,
  fields: readonly FieldOf<Props>[],
) {
  const Drawn = import.meta.env.DEV ? onlyNamedFields(Section, fields) : Section;
  return stableField<Props>(Drawn, (before, after) => sameSection(before, after, fields));
}

function sameSection<Props extends { form: UseFormReturnType<ValuesOf<Props>> }>(
  before: Readonly<Props>,
  after: Readonly<Props>,
  fields: readonly string[],
): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('form');
  const prop = (props: Readonly<Props>, key: string) => (props as Record<string, unknown>)[key];
  if (![...keys].every((key) => sameProp(prop(before, key), prop(after, key)))) return false;
  const valuesBefore = before.form.values as Record<string, unknown>;
  const valuesAfter = after.form.values as Record<string, unknown>;
  if (!fields.every((field) => sameValue(valuesBefore[field], valuesAfter[field]))) return false;
  // Errors may be drawn marks (React elements), so they are compared as they are.
  const errorPaths = new Set([
    ...Object.keys(before.form.errors),
    ...Object.keys(after.form.errors),
  ]);
  return [...errorPaths]
    .filter((path) => fields.some((field) => isUnder(path, field)))
    .every((path) => Object.is(before.form.errors[path], after.form.errors[path]));
}

/** A list built again each render (the fields a change left behind, the team) by its items. */
function sameProp(before: unknown, after: unknown): boolean {
  return Object.is(before, after) || (Array.isArray(before) && sameValue(before, after));
}

function isUnder(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}

/** The part, handed a form that throws when it reads a field the part did not name. */
function onlyNamedFields<Props extends { form: UseFormReturnType<ValuesOf<Props>> }>(
  Section: ComponentType<Props>,
  fields: readonly string[],
) {
  const check = (path: PropertyKey) => {
    if (typeof path !== 'string' || fields.some((field) => isUnder(path, field))) return;
    throw new Error(
      `${Section.name} reads the form's "${path}" but does not name it in formSection's fields.`,
    );
  };
  const guarded = <Target extends object>(target: Target): Target =>
    new Proxy(target, {
      get: (object, key, receiver) => {
        check(key);
        return Reflect.get(object, key, receiver) as unknown;
      },
    });
  return function OnlyNamedFields(props: Props): JSX.Element {
    const { form } = props;
    const checked: UseFormReturnType<ValuesOf<Props>> = {
      ...form,
      values: guarded(form.values as object) as typeof form.values,
      errors: guarded(form.errors),
      getInputProps: (path, options) => {
        check(path);
        return form.getInputProps(path, options);
      },
      setFieldValue: (path, value, options) => {
        check(path);
        form.setFieldValue(path, value, options);
      },
      setValues: (values) => {
        Object.keys(values).forEach(check);
        form.setValues(values);
      },
    };
    return <Section {...props} form={checked} />;
  };
}
