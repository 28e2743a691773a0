/**
 * @module
 * Feedback (spec/website.md §Feedback form, §Feedback storage, §Mail) and
 * the operator API (spec/operator.md) against the reference relay in
 * process, with a token file and the in-memory mail sink: validation, the
 * round trip from form to reply, the byte scan of every storage file after
 * the reply and after expiry, a refused mail keeping the record, the store
 * limit, and no operator API and no form without a credential.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { isDefTalkError } from '../reference/errors/index.ts';
import { MemoryMailSink } from '../reference/relay/mail/memory.ts';
import { formatMessage, SendmailTransport } from '../reference/relay/mail/sendmail.ts';
import { operatorAuthorized, testOperatorCredential } from '../reference/relay/plugins/operator.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';
import { FEEDBACK_LIMITS, validateFeedback, validateReply } from '../reference/relay/website/feedback.ts';

const TOKEN = 'op-token-0123456789abcdefghijklmnopqrstuv';
const DAY_MS = 86_400_000;

async function relayWith(
  t: Test,
  opts: { token?: string | false; mail?: MemoryMailSink | false } = {},
): Promise<{ relay: Relay; mail: MemoryMailSink; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-feedback-'));
  const secrets = mkdtempSync(join(tmpdir(), 'deftalk-op-'));
  const tokenFile = join(secrets, 'token');
  if (opts.token !== false) writeFileSync(tokenFile, `${opts.token ?? TOKEN}\n`, { mode: 0o600 });
  const mail = opts.mail || new MemoryMailSink();
  const relay = await startRelay(
    {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      testHooks: false,
      logLevel: 'silent',
      operatorTokenFile: opts.token === false ? undefined : tokenFile,
    },
    undefined,
    { mail: opts.mail === false ? undefined : mail },
  );
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(secrets, { recursive: true, force: true });
  });
  return { relay, mail, dataDir };
}

async function submit(relay: Relay, fields: Record<string, string>, path = '/feedback') {
  const res = await fetch(relay.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    headers: res.headers,
    error: /data-error-name="([^"]+)"/.exec(text)?.[1],
  };
}

async function op(relay: Relay, method: string, path: string, body?: unknown, token = TOKEN) {
  const res = await fetch(`${relay.url}/operator/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

/** The registered error name `fn` throws, or `(none)`. */
function errorName(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return isDefTalkError(e) ? e.errorName : String(e);
  }
  return '(none)';
}

function filesHold(dataDir: string, needle: string): string[] {
  return readdirSync(dataDir).filter((n) => readFileSync(join(dataDir, n)).indexOf(Buffer.from(needle)) >= 0);
}

t.test('validation of the three fields (spec/website.md §Feedback form)', async (t) => {
  const good = { name: ' Ada ', email: ' ada@example.org ', message: 'Hi\r\nthere\ttab' };
  t.same(validateFeedback(good), { name: 'Ada', email: 'ada@example.org', message: 'Hi\nthere\ttab' });
  const refused: [Record<string, unknown>, string][] = [
    [{ ...good, name: undefined }, 'FEEDBACK_NAME_INVALID'],
    [{ ...good, name: '' }, 'FEEDBACK_NAME_INVALID'],
    [{ ...good, name: 'x'.repeat(101) }, 'FEEDBACK_NAME_INVALID'],
    [{ ...good, name: 'a\nb' }, 'FEEDBACK_NAME_INVALID'],
    [{ ...good, email: 'ada' }, 'FEEDBACK_EMAIL_INVALID'],
    [{ ...good, email: 'ada@localhost' }, 'FEEDBACK_EMAIL_INVALID'],
    [{ ...good, email: 'ada@@example.org' }, 'FEEDBACK_EMAIL_INVALID'],
    [{ ...good, email: 'a da@example.org' }, 'FEEDBACK_EMAIL_INVALID'],
    [{ ...good, email: 'ada@example.org\nBcc: e@example.org' }, 'FEEDBACK_EMAIL_INVALID'],
    [{ ...good, email: `${'a'.repeat(65)}@example.org` }, 'FEEDBACK_EMAIL_INVALID'],
    [{ ...good, email: `a@${'b'.repeat(250)}.org` }, 'FEEDBACK_EMAIL_INVALID'],
    [{ ...good, message: '' }, 'FEEDBACK_MESSAGE_INVALID'],
    [{ ...good, message: ' \n\t ' }, 'FEEDBACK_MESSAGE_INVALID'],
    [{ ...good, message: 'm'.repeat(5001) }, 'FEEDBACK_MESSAGE_INVALID'],
    [{ ...good, message: 'bell\u0007' }, 'FEEDBACK_MESSAGE_INVALID'],
  ];
  for (const [input, name] of refused) {
    t.equal(
      errorName(() => validateFeedback(input)),
      name,
      name,
    );
  }
  t.equal(validateFeedback({ ...good, name: 'é'.repeat(100) }).name.length, 100, 'limits count code points');
  t.equal(
    validateFeedback({ ...good, message: '😀'.repeat(5000) }).message.length,
    10_000,
    'astral code points count once',
  );
});

t.test('validation of the reply', async (t) => {
  t.same(validateReply({ body: 'Thanks' }), { subject: 'Re: your message to DefTalk', body: 'Thanks' });
  t.same(validateReply({ body: 'x', subject: ' S ' }), { subject: 'S', body: 'x' });
  for (const bad of [
    undefined,
    {},
    { body: '  ' },
    { body: 'x'.repeat(20_001) },
    { body: 'x', subject: 'a\nb' },
    { body: 'x', subject: 3 },
  ]) {
    t.equal(
      errorName(() => validateReply(bad)),
      'REPLY_INVALID',
    );
  }
});

t.test(
  'form to reply: kept as typed, mailed to its address, then gone from every storage file',
  async (t) => {
    const { relay, mail, dataDir } = await relayWith(t);
    const fields = {
      name: 'Zelda Feedbackson',
      email: 'zelda.unique@example.org',
      message: 'Unique-message-7f3a\nsecond line',
    };
    const s = await submit(relay, fields, '/ru/feedback');
    t.equal(s.status, 200);
    t.match(s.text, 'data-feedback="accepted"');
    t.match(s.text, '<html lang="ru"');
    const list = await op(relay, 'GET', '/feedback');
    t.equal(list.status, 200);
    t.equal(list.headers.get('cache-control'), 'no-store');
    t.equal(list.json.feedback.length, 1);
    const [{ id, receivedDay }] = list.json.feedback;
    t.match(id, /^[0-9a-f]{32}$/);
    t.equal(receivedDay, new Date().toISOString().slice(0, 10));
    t.same(Object.keys(list.json.feedback[0]).sort(), ['id', 'receivedDay'], 'the list shows no field');
    const one = await op(relay, 'GET', `/feedback/${id}`);
    t.same(one.json, { id, receivedDay, ...fields });
    t.ok(filesHold(dataDir, 'Unique-message-7f3a').length > 0, 'the record is on disk while it waits');

    t.equal((await op(relay, 'POST', `/feedback/${id}/reply`, { body: '' })).json.name, 'REPLY_INVALID');
    mail.failNext = 1;
    const failed = await op(relay, 'POST', `/feedback/${id}/reply`, { body: 'Hello Zelda' });
    t.equal(failed.status, 502);
    t.equal(failed.json.name, 'MAIL_FAILED');
    t.equal(failed.json.retryable, true);
    t.equal((await op(relay, 'GET', `/feedback/${id}`)).status, 200, 'a refused mail keeps the record');

    const ok = await op(relay, 'POST', `/feedback/${id}/reply`, {
      subject: 'Your question',
      body: 'Hello Zelda',
    });
    t.equal(ok.status, 204);
    t.same(mail.messages(), [{ to: fields.email, subject: 'Your question', body: 'Hello Zelda' }]);
    for (const needle of [fields.name, fields.email, 'Unique-message-7f3a', id]) {
      t.same(filesHold(dataDir, needle), [], `no storage file holds ${needle.slice(0, 12)}…`);
    }
    t.equal((await op(relay, 'GET', `/feedback/${id}`)).json.name, 'FEEDBACK_NOT_FOUND');
    t.equal((await op(relay, 'POST', `/feedback/${id}/reply`, { body: 'again' })).status, 404);
    t.equal(mail.messages().length, 1, 'no second mail');
    t.same((await op(relay, 'GET', '/feedback')).json.feedback, []);
  },
);

t.test(
  'a refused submission names its error in the page, keeps nothing and re-fills the form escaped',
  async (t) => {
    const { relay, dataDir } = await relayWith(t);
    const s = await submit(
      relay,
      { name: '<b>Eve</b>', email: 'nope', message: 'Kept-nowhere-91c2' },
      '/he/feedback',
    );
    t.equal(s.status, 400);
    t.equal(s.error, 'FEEDBACK_EMAIL_INVALID');
    t.match(s.text, 'data-error-code="6201"');
    t.match(s.text, '<html lang="he" dir="rtl"');
    t.match(s.text, 'value="&lt;b&gt;Eve&lt;/b&gt;"', 'the typed name comes back escaped');
    t.same(filesHold(dataDir, 'Kept-nowhere-91c2'), []);
    const wrongType = await fetch(`${relay.url}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"a"}',
    });
    t.equal(wrongType.status, 415, 'only form bodies are read');
    t.same((await op(relay, 'GET', '/feedback')).json.feedback, []);
  },
);

t.test('unanswered feedback is erased after 90 days of relay time', async (t) => {
  const { relay, dataDir } = await relayWith(t);
  await submit(relay, { name: 'Old', email: 'old@example.org', message: 'Expiring-note-55e1' });
  relay.clock.advance(89 * DAY_MS);
  t.equal((await op(relay, 'GET', '/feedback')).json.feedback.length, 1, 'kept at 89 days');
  relay.clock.advance(2 * DAY_MS);
  t.equal((await op(relay, 'GET', '/feedback')).json.feedback.length, 0, 'gone at 91 days');
  t.same(filesHold(dataDir, 'Expiring-note-55e1'), []);
});

t.test('at most 1000 records wait; the next submission is refused and retried later', async (t) => {
  const { relay } = await relayWith(t);
  const insert = relay.db.prepare(
    "INSERT INTO feedback (feedback_id, received_day, name, email, message) VALUES (?, ?, 'n', 'e@example.org', 'm')",
  );
  const today = Math.floor(relay.clock.now() / DAY_MS);
  relay.db.transaction(() => {
    for (let i = 0; i < FEEDBACK_LIMITS.waiting; i++) insert.run(`seed${i}`, today);
  })();
  const s = await submit(relay, { name: 'Late', email: 'late@example.org', message: 'one too many' });
  t.equal(s.status, 503);
  t.equal(s.error, 'FEEDBACK_STORE_FULL');
  t.equal(s.headers.get('retry-after'), '3600');
  const seeded = (await op(relay, 'GET', '/feedback')).json.feedback;
  t.equal(seeded.length, FEEDBACK_LIMITS.waiting);
  t.equal((await op(relay, 'POST', `/feedback/${seeded[0].id}/reply`, { body: 'done' })).status, 204);
  t.equal(
    (await submit(relay, { name: 'Late', email: 'late@example.org', message: 'now fits' })).status,
    200,
  );
});

t.test('the operator API refuses every other credential', async (t) => {
  const { relay } = await relayWith(t);
  for (const auth of [
    undefined,
    `Bearer ${TOKEN}x`,
    `Bearer ${TOKEN.slice(1)}`,
    `Basic ${TOKEN}`,
    'Bearer',
  ]) {
    const res = await fetch(`${relay.url}/operator/v1/feedback`, {
      headers: auth ? { authorization: auth } : {},
    });
    t.equal(res.status, 401, String(auth));
    t.equal(res.headers.get('www-authenticate'), 'Bearer realm="deftalk-operator"');
    t.equal(((await res.json()) as { name: string }).name, 'OPERATOR_UNAUTHENTICATED');
  }
  t.equal((await op(relay, 'GET', '/nothing-here')).status, 404, 'unknown paths answer 404 once authorized');
  const cred = testOperatorCredential();
  t.ok(operatorAuthorized(`Bearer ${cred.testToken}`, cred));
  t.ok(operatorAuthorized(`bearer ${cred.testToken}`, cred), 'the scheme is case-insensitive');
  t.notOk(operatorAuthorized(undefined, cred));
});

t.test('without a token file there is no operator API and no form', async (t) => {
  const { relay } = await relayWith(t, { token: false });
  t.equal(
    (await fetch(`${relay.url}/operator/v1/feedback`, { headers: { authorization: `Bearer ${TOKEN}` } }))
      .status,
    404,
  );
  t.equal((await fetch(`${relay.url}/operator/v1/audience`)).status, 404);
  const form = await (await fetch(`${relay.url}/en/feedback`)).text();
  t.notMatch(form, '<form', 'no form is shown');
  t.match(form, 'not available');
  const s = await submit(relay, { name: 'A', email: 'a@example.org', message: 'hi' });
  t.equal(s.status, 503);
  t.equal(s.error, 'FEEDBACK_UNAVAILABLE');
  t.equal((relay.db.prepare('SELECT count(*) AS n FROM feedback').get() as { n: number }).n, 0);
});

t.test('without a mail transport the API lists but the form is off', async (t) => {
  const { relay } = await relayWith(t, { mail: false });
  t.equal(
    (await submit(relay, { name: 'A', email: 'a@example.org', message: 'hi' })).error,
    'FEEDBACK_UNAVAILABLE',
  );
  t.equal((await op(relay, 'GET', '/feedback')).json.name, 'FEEDBACK_UNAVAILABLE');
  t.equal((await op(relay, 'GET', '/audience')).status, 200);
});

t.test('a token file that is short or missing stops the start', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-op-bad-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const short = join(dataDir, 'short');
  writeFileSync(short, 'tooshort');
  for (const file of [short, join(dataDir, 'absent')]) {
    await t.rejects(
      startRelay({
        host: '127.0.0.1',
        port: 0,
        dataDir: join(dataDir, 'd'),
        testHooks: false,
        logLevel: 'silent',
        operatorTokenFile: file,
      }),
      RangeError,
    );
  }
});

t.test('the sendmail transport pipes one message to the program, the recipient after --', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-sendmail-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const program = join(dir, 'sendmail');
  writeFileSync(program, `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/args"\ncat > "${dir}/stdin"\n`);
  chmodSync(program, 0o755);
  const transport = new SendmailTransport(program, 'DefTalk <ops@example.org>');
  await transport.send({ to: 'ann@example.org', subject: 'Grüße', body: 'Zeile 1\nZeile 2' });
  t.same(readFileSync(join(dir, 'args'), 'utf8').trim().split('\n'), ['-i', '--', 'ann@example.org']);
  const message = readFileSync(join(dir, 'stdin'), 'utf8');
  t.match(message, 'To: ann@example.org\r\n');
  t.match(message, `Subject: =?UTF-8?B?${Buffer.from('Grüße').toString('base64')}?=`);
  t.match(message, Buffer.from('Zeile 1\r\nZeile 2').toString('base64'));
  t.equal(
    formatMessage('f@example.org', { to: 't@example.org', subject: 'Hi', body: '' }).split('\r\n')[2],
    'Subject: Hi',
  );
  const failing = new SendmailTransport('/bin/false');
  await t.rejects(failing.send({ to: 'a@example.org', subject: 's', body: 'b' }));
  await t.rejects(
    new SendmailTransport(join(dir, 'absent')).send({ to: 'a@example.org', subject: 's', body: 'b' }),
  );
});
