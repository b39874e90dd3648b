import { Textarea, TextInput } from '@mantine/core';
import {
  memo,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
  type JSX,
} from 'react';

type Handler = (...args: never[]) => unknown;

/**
 * A field that draws again only when what it shows changes, not on every keystroke in
 * another field of the same form. A controlled form redraws all its fields on each key, and
 * its `getInputProps` hands each one new handlers every time; here every handler prop is
 * swapped for one that keeps its identity and calls the latest handler, so `memo` can skip
 * a field whose value, error and words are unchanged. This matters most for autosize text
 * boxes, which measure their height (a forced layout) each time they are drawn. The handlers
 * are left out of `sameProps`'s comparison: they are the stable ones by then. Only for
 * components whose function props are event handlers: one called while drawing (a render
 * prop) would be handed the previous render's.
 */
export function stableField<P extends object>(
  Field: ComponentType<P>,
  /** When two props' values are the same though new objects (a list built again, say). */
  sameProps?: (before: Readonly<P>, after: Readonly<P>) => boolean,
) {
  const Drawn = memo(
    Field as ComponentType<object>,
    sameProps as ((before: object, after: object) => boolean) | undefined,
  );
  function Stable(props: P): JSX.Element {
    const latest = useRef(props);
    const [proxies] = useState(() => new Map<string, Handler>());
    // After each commit, so an event (always after one) calls what this render was given.
    useLayoutEffect(() => {
      latest.current = props;
    });
    const stableProps: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      if (typeof value !== 'function' || key === 'ref') {
        stableProps[key] = value;
        continue;
      }
      let proxy = proxies.get(key);
      if (!proxy) {
        proxy = (...args: never[]) => {
          const handler = (latest.current as Record<string, unknown>)[key];
          return typeof handler === 'function' ? (handler as Handler)(...args) : undefined;
        };
        proxies.set(key, proxy);
      }
      stableProps[key] = proxy;
    }
    return <Drawn {...stableProps} />;
  }
  return Stable;
}

/** Mantine's Textarea, drawn only when its own props change (see stableField). */
export const StableTextarea = stableField<ComponentProps<typeof Textarea>>(Textarea);

/** Mantine's TextInput, drawn only when its own props change (see stableField). */
export const StableTextInput = stableField<ComponentProps<typeof TextInput>>(TextInput);
