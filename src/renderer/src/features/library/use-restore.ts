import { useState } from 'react';
import type { Api } from '@shared/api/contract';
import type { BackupPreview } from '@shared/api/library-contract';
import { useApi } from '../../api/api-context';
import { finishSwitch, type SwitchNotice } from './finish-switch';
import { readBackupFile } from './read-backup-file';
import { utilityName } from './utility-words';
import { useText, type Text } from '../../i18n/use-text';

/** Where a backup was chosen: the file picker, or one automatic backup by its name. */
export type RestorePlace = 'file' | { automatic: string };

type Source = Parameters<Api['backup:preview']>[0];

const samePlace = (a: RestorePlace, b: RestorePlace) =>
  a === 'file' || b === 'file' ? a === b : a.automatic === b.automatic;

/**
 * Restoring in two moves: a backup is read and checked (`show`), which changes nothing, and
 * only the preview's own buttons restore it. A refused backup's message belongs to the place
 * it was chosen from, so it is shown there.
 */
export function useRestore() {
  const api = useApi();
  const text = useText();
  const [checking, setChecking] = useState<RestorePlace | null>(null);
  const [problem, setProblem] = useState<{ place: RestorePlace; message: string } | null>(null);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [restoring, setRestoring] = useState<'replace' | 'copy' | null>(null);
  const [restoreProblem, setRestoreProblem] = useState<string | null>(null);

  async function show(place: RestorePlace, source: Source) {
    setChecking(place);
    setProblem(null);
    const result = await api['backup:preview'](source);
    setChecking(null);
    if (!result.ok) setProblem({ place, message: result.error.message });
    else if (result.value) {
      setRestoreProblem(null);
      setPreview(result.value);
    }
  }

  async function showFile(file: File) {
    setProblem(null);
    const read = await readBackupFile(file);
    if (!read.ok) setProblem({ place: 'file', message: read.message });
    else await show('file', { fileName: file.name, fileBase64: read.base64 });
  }

  async function restore(as: 'replace' | 'copy') {
    if (!preview) return;
    setRestoring(as);
    setRestoreProblem(null);
    const result = await api['backup:restore']({ previewId: preview.previewId, as });
    // Success reloads the page: the button stays busy until it does.
    if (result.ok) finishSwitch(...restoredWords(text, preview, as));
    else {
      setRestoring(null);
      setRestoreProblem(result.error.message);
    }
  }

  return {
    preview,
    restoring,
    restoreProblem,
    isChecking: (place: RestorePlace) => checking !== null && samePlace(checking, place),
    busy: checking !== null,
    problemAt: (place: RestorePlace) =>
      problem && samePlace(problem.place, place) ? problem.message : null,
    /** Main's open dialog (desktop); null from it means the user cancelled. */
    pick: () => void show('file', { pick: true }),
    showFile: (file: File) => void showFile(file),
    showAutomatic: (name: string) => void show({ automatic: name }, { automatic: name }),
    restore: (as: 'replace' | 'copy') => void restore(as),
    close: () => {
      setPreview(null);
      setRestoreProblem(null);
    },
  };
}

/** What the other windows are told, and what this one says once it has reloaded. */
function restoredWords(
  text: Text,
  preview: BackupPreview,
  as: 'replace' | 'copy',
): [string, SwitchNotice] {
  const name = utilityName(text, preview.summary.utilityName);
  const dismiss = text('library.dismiss');
  if (preview.relation === 'new') {
    return [
      text('library.restored.addedOthers', { name }),
      {
        title: text('library.restored.addedTitle', { name }),
        message: text('library.restored.added'),
        dismiss,
      },
    ];
  }
  if (as === 'copy') {
    return [
      text('library.restored.copyOthers', { name }),
      {
        title: text('library.restored.copyTitle'),
        message: text('library.restored.copy', { name }),
        dismiss,
      },
    ];
  }
  return [
    text('library.restored.others', { name }),
    {
      title: text('library.restored.title', { name }),
      message: text('library.restored.undoHint'),
      dismiss,
    },
  ];
}
