import { Button, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useText } from '../i18n/use-text';

interface CenteredMessageProps {
  title: string;
  children?: ReactNode;
  onRetry?: () => void;
  loading?: boolean;
}

/** A whole-screen (or whole-step) message: loading, a problem, or what to do next. */
export function CenteredMessage({ title, children, onRetry, loading }: CenteredMessageProps) {
  const text = useText();
  return (
    <Center mih="60vh" p={{ base: 'sm', xs: 'xl' }}>
      <Paper
        withBorder
        p={{ base: 'md', xs: 'xl' }}
        maw={640}
        w="100%"
        role={loading ? 'status' : 'alert'}
      >
        <Stack gap="md" align="flex-start">
          {loading && <Loader aria-hidden />}
          <Title order={2}>{title}</Title>
          {children && <Text>{children}</Text>}
          {onRetry && <Button onClick={onRetry}>{text('form.retry')}</Button>}
        </Stack>
      </Paper>
    </Center>
  );
}
