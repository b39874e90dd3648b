import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseOtherUtility } from '../../../src/main/library/open-app';
import { createDispatcher, type Dispatch } from '../../../src/main/transport/dispatch';
import {
  startHttpServer,
  utilityHeader,
  type RunningHttpServer,
} from '../../../src/main/transport/http';
import type { OutageEntry } from '../../../src/shared/domain/tracking/outage-entry';
import { emptyUtilityProfile } from '../../../src/shared/domain/utility';
import { callApi } from '../../support/serve-client';
import { tempFolders } from '../../support/temp-folders';
import { openLibrary } from '../library/library-sample';
import { approvedV8Folder, handlerFolder } from '../services/handler-folder';

const token = 'c'.repeat(64);
let server: RunningHttpServer;

beforeAll(async () => {
  const { handlers } = await approvedV8Folder('refusal-language');
  server = await startHttpServer({
    dispatch: createDispatcher(handlers, { checkOutputs: true }),
    port: 0,
    token,
    maxBodyBytes: 64 * 1024,
  });
});

afterAll(async () => {
  await server.close();
});

/** One call the way the page makes it, with or without the page's language. */
async function call(
  method: string,
  input: unknown,
  language?: 'en' | 'es',
  to: RunningHttpServer = server,
  headers: Record<string, string> = {},
) {
  return (await callApi(to.port, token, method, input, { language, headers })).result;
}

/** A server of its own for one test, closed after it. */
async function serving(
  dispatch: Dispatch,
  use: (server: RunningHttpServer) => Promise<void>,
): Promise<void> {
  const own = await startHttpServer({ dispatch, port: 0, token });
  try {
    await use(own);
  } finally {
    await own.close();
  }
}

const folders = tempFolders();

// Service came back before it went out: the log's own check, refused by main after the schema.
const backwards: OutageEntry = {
  startDate: '2028-01-14',
  startTime: '06:40',
  endDate: '2028-01-13',
  endTime: '11:15',
  planned: false,
  noticeHours: null,
  customersAffected: 85,
  note: 'Main break on Elm St',
};

describe('a refused call answers in the caller’s language', () => {
  it('main’s refusal, with the shared check inside it', async () => {
    const english = {
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'Nothing was saved. Date service came back is before the date it began: check both.',
        fields: { endDate: 'Date service came back is before the date it began: check both.' },
      },
    };
    expect(await call('outages:save', { id: null, outage: backwards })).toEqual(english);
    expect(await call('outages:save', { id: null, outage: backwards }, 'en')).toEqual(english);
    expect(await call('outages:save', { id: null, outage: backwards }, 'es')).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'No se guardó nada. La fecha en que volvió el servicio es anterior a la fecha en que empezó: revise las dos.',
        fields: {
          endDate:
            'La fecha en que volvió el servicio es anterior a la fecha en que empezó: revise las dos.',
        },
      },
    });
  });

  it('a schema’s message naming its field', async () => {
    const input = { rev: 0, value: { ...emptyUtilityProfile, connections: 12.5 } };
    const english = await call('utility:save', input);
    expect(english).toMatchObject({
      ok: false,
      error: {
        message: 'Connections must be a whole number, such as 250.',
        fields: { 'value.connections': 'Connections must be a whole number, such as 250.' },
      },
    });
    expect(await call('utility:save', input, 'es')).toMatchObject({
      ok: false,
      error: {
        message: 'Conexiones: debe ser un número entero, como 250.',
        fields: { 'value.connections': 'Conexiones: debe ser un número entero, como 250.' },
      },
    });
  });

  it('a save from a window showing an older revision of the record', async () => {
    const { handlers } = await handlerFolder('refusal-stale');
    await serving(createDispatcher(handlers), async (own) => {
      const input = { rev: 7, value: { ...emptyUtilityProfile, name: 'Cedar Flats' } };
      expect(await call('utility:save', input, 'en', own)).toEqual({
        ok: false,
        error: {
          code: 'conflict',
          message: 'This was changed in another window. Reload to see the latest version.',
        },
      });
      expect(await call('utility:save', input, 'es', own)).toEqual({
        ok: false,
        error: {
          code: 'conflict',
          message:
            'Esto se cambió en otra ventana. Vuelva a cargar para ver la versión más reciente.',
        },
      });
    });
  });

  it('an approved agreement that can no longer change, and a revision never approved', async () => {
    const { handlers } = await approvedV8Folder('refusal-frozen');
    await serving(createDispatcher(handlers), async (own) => {
      const input = { rev: 0, value: { ...emptyUtilityProfile, name: 'Cedar Flats' } };
      expect(await call('utility:save', input, 'es', own)).toEqual({
        ok: false,
        error: {
          code: 'frozen',
          message:
            'La mesa directiva aprobó la revisión 5 el 18 de noviembre de 2027 y ya no se puede cambiar. Empiece una nueva revisión para hacer cambios.',
        },
      });
      const print = { revision: 9, language: 'es' };
      expect(await call('export:agreementPdf', print, 'es', own)).toEqual({
        ok: false,
        error: {
          code: 'conflict',
          message:
            'No hay ninguna revisión 9 aprobada. Vuelva a cargar para ver las versiones que aprobó la mesa directiva.',
        },
      });
    });
  });

  it('a page showing a utility another window has switched away from', async () => {
    const opened = await openLibrary(folders, await folders.folder('refusal-switched'));
    const dispatch = refuseOtherUtility(createDispatcher(opened.handlers), opened.library);
    await serving(dispatch, async (own) => {
      const stale = { [utilityHeader]: 'another-utility' };
      expect(await call('utility:get', undefined, 'es', own, stale)).toEqual({
        ok: false,
        error: {
          code: 'switched',
          message:
            'Otra ventana abrió otro sistema, así que no se guardó nada de esta. Vuelva a cargar esta ventana para continuar.',
        },
      });
      expect(await call('utility:get', undefined, 'en', own, stale)).toEqual({
        ok: false,
        error: {
          code: 'switched',
          message:
            'Another window opened a different utility, so nothing was saved from this one. Reload this window to continue.',
        },
      });
    });
  });
});
