import type { MenuCommand } from '@shared/api/menu-commands';

/** A File-menu command the utilities screen carries out once it shows. */
export interface LibraryRequest {
  command: Exclude<MenuCommand, 'utilities' | 'export'>;
  /** Tells two presses of the same command apart, so each is carried out once. */
  serial: number;
}
