/**
 * @module
 * Advertising from the client's side (spec/advertising.md, spec/driver.md
 * §Advertising operations): the driver's ads.* operations in process
 * against a reference relay, and `deftalk ads` against a relay process:
 * off by default, on with a language and the region of the number (never
 * the number), a notice with its unsubscribe link shown and removed, off.
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import t from 'tap';
import { runDriver } from '../reference/cli/driver.ts';
import { dir, json, registerUser, startRelay, userEnv } from './cli-helpers.ts';
import { startTestRelay } from './identity-helpers.ts';

async function operatorToken(url: string): Promise<string> {
  const r = await fetch(new URL('/test-hooks/v1/operator/token', url));
  return ((await r.json()) as { token: string }).token;
}

async function sendAd(url: string, text: string): Promise<void> {
  const token = await operatorToken(url);
  const r = await fetch(new URL('/operator/v1/ads/send', url), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  if (r.status !== 200) throw new Error(`send: ${r.status}`);
}

t.test('ads.* through the driver', async (t) => {
  const r = await startTestRelay(t);
  const store = join(dir, 'driver-store');
  const input = new PassThrough();
  const output = new PassThrough();
  const done = runDriver(input, output, new PassThrough());
  const answers = new Map<number, (a: Record<string, unknown>) => void>();
  createInterface({ input: output }).on('line', (line) => {
    const a = JSON.parse(line) as { id: number };
    answers.get(a.id)?.(a as Record<string, unknown>);
  });
  let next = 1;
  const call = (op: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const id = next++;
      answers.set(id, resolve);
      input.write(`${JSON.stringify({ id, op, params })}\n`);
    });
  const result = async (op: string, params: Record<string, unknown> = {}) => {
    const a = await call(op, params);
    t.notOk(a.error, `${op} succeeds ${JSON.stringify(a.error ?? '')}`);
    return a.result as Record<string, unknown>;
  };
  const hello = await result('hello');
  t.ok((hello.capabilities as string[]).includes('client.ads'), 'the capability is declared');
  await result('messages.open', { relay: r.relay.url, store, passphrase: 'driver passphrase' });
  await result('messages.register', { phoneNumber: '+972501234567' });
  await result('messages.verify', { code: await r.client.verificationCode('+972501234567') });
  t.same(await result('ads.status'), { optedIn: false, country: '', language: '' }, 'off by default');
  await sendAd(r.relay.url, 'before the opt-in');
  t.same(await result('ads.notices'), { notices: [] }, 'nothing before the opt-in');
  t.match(await call('ads.set', { on: true, language: 'xx' }), { error: { name: 'ADS_OPT_IN_INVALID' } });
  t.match(await call('ads.set', { on: 'yes' }), { error: { name: 'DRIVER_BAD_PARAMS' } });
  t.same(await result('ads.set', { on: true, language: 'he' }), {
    optedIn: true,
    country: 'IL',
    language: 'he',
  });
  t.notOk(
    Buffer.from(JSON.stringify(r.relay.db.prepare('SELECT * FROM ads_subscriptions').all())).includes(
      '972501234567',
    ),
    'the row holds no number',
  );
  await sendAd(r.relay.url, 'shalom');
  const listed = (await result('ads.notices')).notices as {
    noticeId: string;
    text: string;
    unsubscribeUrl: string;
  }[];
  t.equal(listed.length, 1);
  t.equal(listed[0]!.text, 'shalom');
  t.match(listed[0]!.unsubscribeUrl, new RegExp(`^${r.relay.url}/he/ads/unsubscribe/`));
  t.same(await result('ads.notices', { remove: listed[0]!.noticeId }), { notices: [] }, 'removed once shown');
  t.same(await result('ads.set', { on: false }), { optedIn: false, country: '', language: '' });
  await call('shutdown');
  await done;
});

t.test('deftalk ads on|status|notices|off against a relay process', async (t) => {
  const { url } = await startRelay();
  const env = userEnv('ads passphrase');
  const store = join(dir, 'cli-store');
  await registerUser(t, url, store, '+4915123456789', env);
  t.same(await json(t, ['ads', '--store', store], env), {
    type: 'ads',
    optedIn: false,
    country: '',
    language: '',
  });
  t.same(await json(t, ['ads', 'on', '--language', 'de', '--store', store], env), {
    type: 'ads',
    optedIn: true,
    country: 'DE',
    language: 'de',
  });
  await sendAd(url, 'Angebot der Woche');
  const shown = await json<{ type: string; text: string; unsubscribe: string }>(
    t,
    ['ads', 'notices', '--store', store],
    env,
  );
  t.equal(shown.text, 'Angebot der Woche');
  t.match(shown.unsubscribe, /\/de\/ads\/unsubscribe\//);
  // The link works without the key store: GET asks, POST acts.
  t.equal((await fetch(shown.unsubscribe)).status, 200);
  t.equal((await fetch(shown.unsubscribe, { method: 'POST' })).status, 200);
  t.same(await json(t, ['ads', 'status', '--store', store], env), {
    type: 'ads',
    optedIn: false,
    country: '',
    language: '',
  });
  t.same(await json(t, ['ads', 'off', '--store', store], env), {
    type: 'ads',
    optedIn: false,
    country: '',
    language: '',
  });
});
