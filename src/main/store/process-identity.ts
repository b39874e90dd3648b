import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';

/**
 * Which start of the computer, and which start of a process, wrote a lock: after a reboot (or
 * long enough for process ids to wrap), a lock's process id can belong to another program,
 * and only these tell that program from the app that wrote it.
 */
export interface ProcessIdentity {
  /** Linux's boot id, unique to each start of the computer; undefined elsewhere. */
  bootId?: string;
  /** When the computer started, in ms since 1970, from its uptime (every system). */
  bootedAt: number;
  /** Linux: when the process started, in clock ticks after boot; undefined elsewhere. */
  processStart?: string;
}

export interface IdentitySource {
  /** This process and this start of the computer. */
  current(): ProcessIdentity;
  /** When process `pid` started, comparable with `processStart`; undefined if not known. */
  startOf(pid: number): string | undefined;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat; the process name before it may hold spaces and brackets. */
function linuxStart(pid: number | 'self'): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields?.[19];
}

export const systemIdentity: IdentitySource = {
  current: () => ({
    bootId: readText('/proc/sys/kernel/random/boot_id')?.trim(),
    bootedAt: Date.now() - uptime() * 1000,
    processStart: linuxStart('self'),
  }),
  startOf: (pid) => linuxStart(pid),
};

/** Two readings of the boot time from uptime differ by clock changes; a reboot moves it more. */
const bootTimeToleranceMs = 2 * 60 * 1000;

/** Whether a live process with the lock's pid is still the one that wrote the lock. */
export function isSameProcess(
  written: Partial<ProcessIdentity> & { pid: number },
  source: IdentitySource,
): boolean {
  const now = source.current();
  if (written.bootId !== undefined && now.bootId !== undefined) {
    if (written.bootId !== now.bootId) return false;
  } else if (
    written.bootedAt !== undefined &&
    Math.abs(written.bootedAt - now.bootedAt) > bootTimeToleranceMs
  ) {
    return false;
  }
  if (written.processStart !== undefined) {
    const started = source.startOf(written.pid);
    if (started !== undefined && started !== written.processStart) return false;
  }
  return true;
}
