/**
 * Profiles and photos (spec/profiles.md): the relay-mode cases against a real
 * relay on loopback with a temporary SQLite directory, the photo sniffer, and
 * a byte scan of the data directory after a change and after account erasure.
 */
import t from 'tap';
import { fakeJpeg, marker, putProfile } from '../conformance/cases/relay/_contacts.ts';
import { PROFILES_RELAY_CASES } from '../conformance/cases/relay/profiles.ts';
import { registerAccount } from '../conformance/lib/relayClient.ts';
import { sniffPhotoType } from '../reference/relay/plugins/profiles.ts';
import { runCase, seeded, startTestRelay } from './identity-helpers.ts';

for (const c of PROFILES_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const r = await startTestRelay(t);
    const evidence = await runCase(r, c);
    t.ok(evidence.length >= 0, 'the case ran');
  });
}

t.test('sniffPhotoType reads the signature, not the name', async (t) => {
  t.equal(sniffPhotoType(Uint8Array.from([0xff, 0xd8, 0xff, 0xdb])), 'image/jpeg');
  t.equal(sniffPhotoType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'image/png');
  t.equal(sniffPhotoType(new Uint8Array(Buffer.from('RIFF\0\0\0\0WEBP'))), 'image/webp');
  t.equal(sniffPhotoType(new Uint8Array(Buffer.from('RIFF\0\0\0\0WAVE'))), undefined);
  t.equal(sniffPhotoType(new Uint8Array(Buffer.from('GIF89a'))), undefined);
  t.equal(sniffPhotoType(new Uint8Array(0)), undefined);
});

t.test('account erasure removes the profile and photo from every file', async (t) => {
  const r = await startTestRelay(t);
  const random = seeded(3);
  const bob = await registerAccount(r.client, random);
  const name = marker(random);
  const photo = fakeJpeg(random, 20_000);
  t.equal((await putProfile(r.client, bob, { name, photo })).status, 204);
  const tail = Buffer.from(photo.subarray(photo.length - 64));
  const has = (needle: Buffer) => [...r.files().values()].some((c) => c.includes(needle));
  t.ok(has(Buffer.from(name)) && has(tail), 'stored before erasure (the scan works)');
  t.ok(r.relay.erasure.concerns().includes('profiles'), 'the profiles concern registered its eraser');
  await r.relay.erasure.eraseAccount(bob.accountId);
  t.notOk(has(Buffer.from(name)), 'the name is gone from every file');
  t.notOk(has(tail), 'the photo is gone from every file');
});
