import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import {
  languageHeader,
  startHttpServer,
  type RunningHttpServer,
} from '../../../src/main/transport/http';
import { createFakeHandlers } from '../../support/fake-handlers';
import { rawRequest } from '../../support/serve-client';

// Browser mode refuses some calls before reading them: a foreign address (DNS rebinding), a
// foreign website, a page without the token. An API call hears why in its page's language; a
// plain page load, which says no language, keeps the English text.

const token = 'f'.repeat(64);
let server: RunningHttpServer;

beforeAll(async () => {
  server = await startHttpServer({
    dispatch: createDispatcher(createFakeHandlers(), { checkOutputs: true }),
    port: 0,
    token,
  });
});

afterAll(async () => {
  await server.close();
});

type Refused = 'foreign host' | 'foreign origin' | 'no token';

function headersFor(refused: Refused): Record<string, string> {
  const own = `127.0.0.1:${server.port}`;
  if (refused === 'foreign host') return { Host: `evil.example:${server.port}` };
  if (refused === 'foreign origin') return { Host: own, Origin: 'https://evil.example' };
  return { Host: own };
}

async function apiCall(refused: Refused, language?: 'en' | 'es') {
  const response = await rawRequest({
    port: server.port,
    path: '/api/app:status',
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(refused === 'no token' ? {} : { 'X-LOS-Token': token }),
      ...(language ? { [languageHeader]: language } : {}),
      ...headersFor(refused),
    },
    body: '{}',
  });
  return { status: response.status, result: JSON.parse(response.body) as unknown };
}

const english: Record<Refused, string> = {
  'foreign host': 'This address is not LOS Builder.',
  'foreign origin': 'Another website may not use LOS Builder.',
  'no token':
    'This page is not connected to LOS Builder. Open the address LOS Builder printed when it started.',
};

const spanish: Record<Refused, string> = {
  'foreign host': 'Esta dirección no es LOS Builder.',
  'foreign origin': 'Otro sitio web no puede usar LOS Builder.',
  'no token':
    'Esta página no está conectada a LOS Builder. Abra la dirección que LOS Builder mostró al iniciarse.',
};

const statuses: Record<Refused, number> = {
  'foreign host': 403,
  'foreign origin': 403,
  'no token': 401,
};

describe('browser mode’s refusals before a call is read', () => {
  it.each<Refused>(['foreign host', 'foreign origin', 'no token'])(
    'a %s: Spanish for a Spanish page, English for an English one or one that says nothing',
    async (refused) => {
      const failure = (message: string) => ({
        status: statuses[refused],
        result: { ok: false, error: { code: 'forbidden', message } },
      });
      expect(await apiCall(refused, 'es')).toEqual(failure(spanish[refused]));
      expect(await apiCall(refused, 'en')).toEqual(failure(english[refused]));
      expect(await apiCall(refused)).toEqual(failure(english[refused]));
    },
  );

  it.each<Refused>(['foreign host', 'foreign origin'])(
    'a page load from a %s gets the English text, whatever language it names',
    async (refused) => {
      const page = await rawRequest({
        port: server.port,
        path: '/',
        headers: { ...headersFor(refused), [languageHeader]: 'es' },
      });
      expect(page.status).toBe(403);
      expect(page.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(page.body).toBe(english[refused]);
    },
  );
});
