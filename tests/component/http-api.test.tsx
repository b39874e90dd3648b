import { describe, expect, it } from 'vitest';
import { createHttpApi, serviceDownMessage } from '../../src/renderer/src/api/http-api';
import { readSessionToken } from '../../src/renderer/src/api/session-token';

describe('browser-mode connection', () => {
  it('takes the token from the address once, keeps it for the tab and clears the address', () => {
    window.history.replaceState(null, '', '/#token=abc123');
    expect(readSessionToken(window)).toBe('abc123');
    expect(window.location.hash).toBe('');
    expect(readSessionToken(window)).toBe('abc123');
  });

  it('has no token when the page was opened without one', () => {
    window.history.replaceState(null, '', '/');
    expect(readSessionToken(window)).toBeNull();
  });

  it('posts each method with the token and hands back the answer', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const api = createHttpApi('tok', (url, init) => {
      requests.push({ url, init });
      return Promise.resolve(
        new Response(JSON.stringify({ ok: true, value: { currentStep: 'scope' } })),
      );
    });

    const result = await api['wizard:setStep']({ currentStep: 'scope' });
    expect(result).toEqual({ ok: true, value: { currentStep: 'scope' } });
    expect(requests[0]?.url).toBe('/api/wizard:setStep');
    expect(new Headers(requests[0]?.init.headers).get('X-LOS-Token')).toBe('tok');
    expect(requests[0]?.init.body).toBe('{"input":{"currentStep":"scope"}}');
  });

  it('turns a dead service into a plain message instead of throwing', async () => {
    const api = createHttpApi('tok', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await api['app:status']()).toEqual({
      ok: false,
      error: { code: 'internal', message: serviceDownMessage },
    });
  });

  it('says which utility the page shows, as the first app:status named it', async () => {
    const sent: (string | null)[] = [];
    const answers: unknown[] = [
      { ok: true, value: { mode: 'browser', utility: { key: 'first', count: 2 } } },
      { ok: true, value: { currentStep: 'scope' } },
      // Another tab opened "pine": this page still shows "first", and keeps saying so.
      { ok: true, value: { mode: 'browser', utility: { key: 'pine', count: 2 } } },
      { ok: true, value: { currentStep: 'scope' } },
      // This page opens a utility itself: from now on it shows that one.
      { ok: true, value: { key: 'dry-gulch' } },
      { ok: true, value: { currentStep: 'scope' } },
    ];
    const api = createHttpApi('tok', (_url, init) => {
      sent.push(new Headers(init.headers).get('X-LOS-Utility'));
      return Promise.resolve(new Response(JSON.stringify(answers.shift())));
    });

    await api['app:status']();
    await api['wizard:setStep']({ currentStep: 'scope' });
    await api['app:status']();
    await api['wizard:setStep']({ currentStep: 'scope' });
    await api['library:open']({ key: 'dry-gulch' });
    await api['wizard:setStep']({ currentStep: 'scope' });
    expect(sent).toEqual([null, 'first', 'first', 'first', 'first', 'dry-gulch']);
  });
});
