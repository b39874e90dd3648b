import { Box, Drawer, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useText } from '../../i18n/use-text';
import { glossaryTerms, type GlossaryTerm } from './glossary-terms';

interface GlossaryDrawerProps {
  opened: boolean;
  /** The term asked about, brought into view and read out first; null opens at the top. */
  term: GlossaryTerm | null;
  serial: number;
  onClose: () => void;
}

/** Every term with what it means, in the order of glossary-terms.ts. */
export function GlossaryDrawer({ opened, term, serial, onClose }: GlossaryDrawerProps) {
  const text = useText();
  const asked = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!opened || !term) return;
    // The term asked about comes to the top of the list, under the drawer's title. (It takes the
    // focus through `data-autofocus`, from the drawer's own focus trap, so it is read out.)
    const frame = requestAnimationFrame(() => {
      const entry = asked.current;
      if (!entry) return;
      const list = scrollingParent(entry);
      const title = list?.querySelector('header')?.getBoundingClientRect().height ?? 0;
      if (list) {
        const gap = entry.getBoundingClientRect().top - list.getBoundingClientRect().top;
        list.scrollTop += gap - title - 8;
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [opened, term, serial]);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      returnFocus={false}
      size="28rem"
      title={text('glossary.title')}
      closeButtonProps={{ 'aria-label': text('glossary.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      <Text mb="md">{text('glossary.intro')}</Text>
      <Stack component="dl" gap="md" m={0}>
        {glossaryTerms.map((id) => (
          <Box
            key={id}
            ref={id === term ? asked : undefined}
            id={`glossary-${id}`}
            tabIndex={id === term ? -1 : undefined}
            data-autofocus={id === term ? true : undefined}
            bg={id === term ? 'yellow.0' : undefined}
            p={4}
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            <Text component="dt" fw={700} size="lg">
              {text(`glossary.${id}.term`)}
            </Text>
            <Text component="dd" m={0}>
              {text(`glossary.${id}.meaning`)}
            </Text>
          </Box>
        ))}
      </Stack>
    </Drawer>
  );
}

/** The drawer's scrolling part: scrolled by hand, as scrollIntoView would scroll the page too. */
function scrollingParent(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (
      parent.scrollHeight > parent.clientHeight &&
      getComputedStyle(parent).overflowY !== 'visible'
    ) {
      return parent;
    }
  }
  return null;
}
