import { Button, Code, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LibraryView } from '@shared/api/library-contract';
import { useApi } from '../../api/api-context';
import type { LibraryRequest } from './library-request';
import { useRequest } from './use-request';
import { useText } from '../../i18n/use-text';

interface DataFolderProps {
  view: LibraryView;
  request: LibraryRequest | null;
}

/** Where everything is kept, so a person can find it to copy it or show a helper. */
export function DataFolder({ view, request }: DataFolderProps) {
  const api = useApi();
  const text = useText();
  const [problem, setProblem] = useState<string | null>(null);

  async function show() {
    setProblem(null);
    const result = await api['library:showFolder']();
    if (!result.ok) setProblem(result.error.message);
    else if (!result.value) {
      setProblem(text('library.folderNotShown'));
    }
  }

  useRequest(request, 'show-folder', () => void show());

  return (
    <Stack gap="sm" align="flex-start">
      <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', width: '100%' }}>
        {view.dataFolder}
      </Code>
      {view.canShowFolder && (
        <Button variant="default" onClick={() => void show()}>
          {text('library.showFolder')}
        </Button>
      )}
      <div role="status">{problem && <Text c="red.9">{problem}</Text>}</div>
    </Stack>
  );
}
