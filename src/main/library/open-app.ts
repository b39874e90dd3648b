import type { CallContext, Handlers } from '../../shared/api/contract';
import { methodNames, type MethodName } from '../../shared/api/methods';
import { fail } from '../../shared/api/result';
import type { AppStatus } from '../../shared/api/setup-contract';
import type { Language } from '../../shared/domain/printed-date';
import { createHandlers, type UtilityHandlers } from '../handlers';
import { refusal, refusalIn } from '../messages/refusal';
import type { FileDelivery } from '../services/file-delivery';
import { nodeFsPort } from '../store/fs-port';
import { currentSchemaVersion } from '../store/schema-version';
import type { Dispatch } from '../transport/dispatch';
import { libraryHandlers } from './library-handlers';
import { readLanguage, saveLanguage } from './preferences';
import { RestoreService } from './restore-service';
import { UtilityLibrary, type UtilityLibraryOptions } from './utility-library';

export interface OpenAppOptions extends Omit<UtilityLibraryOptions, 'handlersFor'> {
  mode: AppStatus['mode'];
  delivery: FileDelivery;
  showFolder?: (folder: string) => Promise<boolean>;
  /** Told when a window chose a language and it was remembered (the desktop redraws its menu). */
  onLanguageChosen?: (language: Language) => void;
}

export interface OpenedApp {
  library: UtilityLibrary;
  /** Every method: the open utility's, routed to whichever is open, and the library's own. */
  handlers: Handlers;
}

/** The app's main side, whatever the transport: the library of utilities and every handler. */
export async function openApp(options: OpenAppOptions): Promise<OpenedApp> {
  const { mode, delivery, showFolder, onLanguageChosen, ...libraryOptions } = options;
  const count = { of: () => Promise.resolve(1) };
  const fs = options.fs ?? nodeFsPort;
  const library = await UtilityLibrary.open({
    ...libraryOptions,
    handlersFor: (store, key) =>
      createHandlers({
        repository: store.repository,
        complaints: store.complaints,
        delivery,
        clock: options.clock,
        status: async () => ({
          appVersion: options.appVersion,
          schemaVersion: currentSchemaVersion,
          mode,
          notices: store.notices,
          utility: { key, count: await count.of() },
          language: await readLanguage(fs, options.root),
        }),
      }),
  });
  count.of = () => library.count();
  const restores = new RestoreService(library, fs, options.clock);
  return {
    library,
    handlers: {
      ...routedToOpenUtility(library),
      ...libraryHandlers({ library, restores, fs, delivery, showFolder, clock: options.clock }),
      'preferences:setLanguage': async ({ language }) => {
        await saveLanguage(fs, options.root, language);
        onLanguageChosen?.(language);
        return { language };
      },
    },
  };
}

const utilityMethods = methodNames.filter(
  (method) =>
    !method.startsWith('library:') &&
    !method.startsWith('backup:') &&
    !method.startsWith('preferences:'),
);

function isUtilityMethod(method: string): boolean {
  return (utilityMethods as readonly string[]).includes(method);
}

function routedToOpenUtility(library: UtilityLibrary): UtilityHandlers {
  const route = (method: MethodName) => async (input: unknown, context?: CallContext) => {
    const open = await library.current();
    // Each entry calls the same method of the open utility's handlers, so the types agree.
    const handler = open.handlers[method as keyof UtilityHandlers] as (
      input: unknown,
      context?: CallContext,
    ) => unknown;
    return handler(input, context);
  };
  return Object.fromEntries(
    utilityMethods.map((method) => [method, route(method)]),
  ) as UtilityHandlers;
}

/**
 * A window that says which utility it shows (browser mode sends it with each call) is refused
 * when another window has switched to another utility since: its edits would land in the wrong
 * utility's records.
 */
export function refuseOtherUtility(dispatch: Dispatch, library: UtilityLibrary): Dispatch {
  return async (method, input, caller) => {
    const expected = caller?.utilityKey;
    if (expected !== undefined && isUtilityMethod(method)) {
      const open = await library.current();
      if (open.key !== expected) {
        return fail('switched', refusalIn(refusal('refusals.switched'), caller?.language ?? 'en'));
      }
    }
    return dispatch(method, input, caller);
  };
}
