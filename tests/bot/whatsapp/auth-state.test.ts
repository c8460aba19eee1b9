import {
  addTransactionCapability,
  Curve,
  initAuthCreds,
  proto,
  type SignalDataTypeMap,
  type SignalKeyStore,
  signedKeyPair,
} from '@whiskeysockets/baileys';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dbKeyStore, loadCreds, useDbAuthState } from '../../../src/bot/whatsapp/auth-state.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { refuseInserts } from '../../helpers/faults.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const logger = pino({ level: 'silent' });
const count = async (table: 'whatsapp_auth_keys' | 'whatsapp_auth_creds') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('WhatsApp auth state in the database', () => {
  it('round-trips the credentials with every Buffer intact across a restart', async () => {
    const first = await useDbAuthState(t.db, logger);
    expect(first.state.creds.registered).toBe(false);
    first.state.creds.me = { id: '6285700000001:7@s.whatsapp.net', lid: '99000000000001:7@lid', name: 'Upahku' };
    first.state.creds.account = {
      details: Buffer.from('details'),
      accountSignatureKey: Buffer.from([1, 2, 3]),
      accountSignature: Buffer.from([4, 5]),
      deviceSignature: Buffer.from([6]),
    };
    first.state.creds.routingInfo = Buffer.from([0, 255, 7]);
    await first.saveCreds();

    const again = await useDbAuthState(t.db, logger);
    const c = again.state.creds;
    expect(Buffer.isBuffer(c.noiseKey.private)).toBe(true);
    expect(Buffer.from(c.noiseKey.private).equals(Buffer.from(first.state.creds.noiseKey.private))).toBe(true);
    expect(Buffer.from(c.signedPreKey.keyPair.public)).toEqual(
      Buffer.from(first.state.creds.signedPreKey.keyPair.public),
    );
    expect(Buffer.from(c.signedPreKey.signature)).toEqual(Buffer.from(first.state.creds.signedPreKey.signature));
    expect(Buffer.isBuffer(c.account?.accountSignatureKey)).toBe(true);
    expect(Buffer.from(c.account!.accountSignatureKey!)).toEqual(Buffer.from([1, 2, 3]));
    expect(c.routingInfo).toEqual(Buffer.from([0, 255, 7]));
    expect(c.me?.lid).toBe('99000000000001:7@lid');
    expect(c.registrationId).toBe(first.state.creds.registrationId);
    expect(c.advSecretKey).toBe(first.state.creds.advSecretKey);
    // Plain JSON would have stored numbers arrays; ours stores base64 Buffers.
    const row = await t.db.selectFrom('whatsapp_auth_creds').select('data').executeTakeFirstOrThrow();
    expect(row.data).toContain('"type":"Buffer"');
  });

  it('stores every key type by (type, id), reads them back as Baileys expects, and deletes on null', async () => {
    const preKey = Curve.generateKeyPair();
    const identity = Curve.generateKeyPair();
    const spk = signedKeyPair(identity, 1);
    const store = dbKeyStore(t.db);
    const syncKey = {
      keyData: Buffer.from('app-state-key'),
      fingerprint: { rawId: 7, currentIndex: 1 },
      timestamp: 1700,
    };
    await store.set({
      'pre-key': { '1': preKey, '2': spk.keyPair },
      session: { '628123@s.whatsapp.net.0': Buffer.from([9, 8, 7]) },
      'sender-key': { 'group@g.us::a::0': Buffer.from([1]) },
      'sender-key-memory': { 'group@g.us': { '628123@s.whatsapp.net': true } },
      'app-state-sync-key': { AAAAAQ: syncKey as SignalDataTypeMap['app-state-sync-key'] },
      'app-state-sync-version': {
        regular: { version: 3, hash: Buffer.alloc(128, 1), indexValueMap: { abc: { valueMac: Buffer.from([2]) } } },
      },
      'lid-mapping': { '628123': '99123', '99123_reverse': '628123' },
      'device-list': { '628123': ['0', '7'] },
      tctoken: { '628123@s.whatsapp.net': { token: Buffer.from([3, 3]), timestamp: '1700' } },
      'identity-key': { '628123.0': Buffer.from([5, 5]) },
    });
    expect(await count('whatsapp_auth_keys')).toBe(12);

    // A fresh store, as after a restart: nothing comes from memory.
    const fresh = dbKeyStore(t.db);
    const pre = await fresh.get('pre-key', ['1', '2', '3']);
    expect(Object.keys(pre).sort()).toEqual(['1', '2']);
    expect(Buffer.isBuffer(pre['1']!.private)).toBe(true);
    expect(Buffer.from(pre['1']!.private)).toEqual(Buffer.from(preKey.private));
    expect(Buffer.from(pre['2']!.public)).toEqual(Buffer.from(spk.keyPair.public));
    expect((await fresh.get('session', ['628123@s.whatsapp.net.0']))['628123@s.whatsapp.net.0']).toEqual(
      Buffer.from([9, 8, 7]),
    );
    const sync = (await fresh.get('app-state-sync-key', ['AAAAAQ'])).AAAAAQ;
    expect(sync).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect(Buffer.from(sync!.keyData!)).toEqual(Buffer.from('app-state-key'));
    expect(sync!.fingerprint?.rawId).toBe(7);
    const version = (await fresh.get('app-state-sync-version', ['regular'])).regular!;
    expect(version.hash).toEqual(Buffer.alloc(128, 1));
    expect(version.indexValueMap.abc!.valueMac).toEqual(Buffer.from([2]));
    expect((await fresh.get('lid-mapping', ['628123']))['628123']).toBe('99123');
    expect((await fresh.get('device-list', ['628123']))['628123']).toEqual(['0', '7']);
    expect((await fresh.get('tctoken', ['628123@s.whatsapp.net']))['628123@s.whatsapp.net']!.token).toEqual(
      Buffer.from([3, 3]),
    );
    expect((await fresh.get('sender-key-memory', ['group@g.us']))['group@g.us']).toEqual({
      '628123@s.whatsapp.net': true,
    });

    // null deletes, a value overwrites, in the same call.
    await fresh.set({ 'pre-key': { '1': null, '2': preKey }, session: { '628123@s.whatsapp.net.0': null } });
    const after = await fresh.get('pre-key', ['1', '2']);
    expect(Object.keys(after)).toEqual(['2']);
    expect(Buffer.from(after['2']!.public)).toEqual(Buffer.from(preKey.public));
    expect(await fresh.get('session', ['628123@s.whatsapp.net.0'])).toEqual({});
    expect(await count('whatsapp_auth_keys')).toBe(10);
  });

  it('applies one keys.set as one transaction: all of it or none of it', async () => {
    const store = dbKeyStore(t.db);
    await store.set({ 'pre-key': { '1': Curve.generateKeyPair() } });
    // Make the database refuse one row of the next write.
    await refuseInserts(t.db, 'whatsapp_auth_keys', 'id', 'boom');
    await expect(
      store.set({ 'pre-key': { '1': null }, session: { ok: Buffer.from([1]), boom: Buffer.from([2]) } }),
    ).rejects.toThrow(/refused/);
    expect(Object.keys(await store.get('pre-key', ['1']))).toEqual(['1']);
    expect(await store.get('session', ['ok'])).toEqual({});
  });

  it('works behind Baileys’ own cache and transaction layers, and clear() forgets the link', async () => {
    const auth = await useDbAuthState(t.db, logger);
    const keys = addTransactionCapability(auth.state.keys, logger, { maxCommitRetries: 2, delayBetweenTriesMs: 1 });
    const kp = Curve.generateKeyPair();
    await keys.transaction(async () => {
      await keys.set({ 'pre-key': { '5': kp } });
      await keys.set({ session: { 'x.0': Buffer.from([4]) } });
      // Inside the transaction nothing has reached the database yet.
      expect(await count('whatsapp_auth_keys')).toBe(0);
    }, 'test');
    expect(await count('whatsapp_auth_keys')).toBe(2);
    expect(Buffer.from((await dbKeyStore(t.db).get('pre-key', ['5']))['5']!.private)).toEqual(Buffer.from(kp.private));

    auth.state.creds.me = { id: '6285700000001@s.whatsapp.net' };
    await auth.saveCreds();
    const oldNoise = Buffer.from(auth.state.creds.noiseKey.public);
    await auth.clear();
    expect(await count('whatsapp_auth_keys')).toBe(0);
    expect(await count('whatsapp_auth_creds')).toBe(0);
    expect(await loadCreds(t.db)).toBeNull();
    expect(auth.state.creds.me).toBeUndefined();
    expect(Buffer.from(auth.state.creds.noiseKey.public).equals(oldNoise)).toBe(false);
    // The cache was emptied too.
    expect(await auth.state.keys.get('pre-key', ['5'])).toEqual({});
    expect(initAuthCreds().registered).toBe(false);
  });
});

describe('forgetting a contact (after HAPUS)', () => {
  // Her LID user 123 and phone user 628123; another contact whose ids begin with hers.
  const token = (t: string) => ({ token: Buffer.from(t), timestamp: '1700000000' });
  const index = (jids: string[]) => ({ token: Buffer.from(JSON.stringify(jids)) });
  const listed = async (keys: SignalKeyStore) =>
    JSON.parse(Buffer.from((await keys.get('tctoken', ['__index'])).__index!.token).toString()) as string[];

  async function seed() {
    await dbKeyStore(t.db).set({
      session: {
        '628123.0': Buffer.from([1]),
        '628123.3': Buffer.from([1]),
        '123_1.0': Buffer.from([1]),
        '123_1.12': Buffer.from([1]),
        '6281234.0': Buffer.from([2]),
        '1234_1.0': Buffer.from([2]),
      },
      'identity-key': { '628123.0': Buffer.from([1]), '123_1.0': Buffer.from([1]), '1234_1.0': Buffer.from([2]) },
      'device-list': { '628123': ['0', '3'], '123': ['0'], '1234': ['0'] },
      'lid-mapping': { '628123': '123', '123_reverse': '628123', '6281234': '1234', '1234_reverse': '6281234' },
      tctoken: { '123@lid': token('hers'), '1234@lid': token('his'), __index: index(['123@lid', '1234@lid']) },
      'sender-key': { 'g@g.us::123_1::0': Buffer.from([1]), 'g@g.us::1234_1::0': Buffer.from([2]) },
      'sender-key-memory': { 'g@g.us': { '123:0@lid': true, '1234:0@lid': true } },
      // The account's own: a prekey numbered like her, and its app state.
      'pre-key': { '123': Curve.generateKeyPair() },
      'app-state-sync-version': { regular: { version: 1, hash: Buffer.alloc(4), indexValueMap: {} } },
    });
  }

  it('deletes every row about her by either id, matched whole, and rewrites shared rows without her', async () => {
    await seed();
    const auth = await useDbAuthState(t.db, logger);
    // Only her LID is given: her phone user comes from the pairing the store knew.
    expect((await auth.forget(['123'])).sort()).toEqual(['123', '628123']);
    const rows = await t.db
      .selectFrom('whatsapp_auth_keys')
      .select(['type', 'id'])
      .orderBy('type')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => `${r.type} ${r.id}`)).toEqual([
      'app-state-sync-version regular',
      'device-list 1234',
      'identity-key 1234_1.0',
      'lid-mapping 1234_reverse',
      'lid-mapping 6281234',
      'pre-key 123',
      'sender-key g@g.us::1234_1::0',
      'sender-key-memory g@g.us',
      'session 1234_1.0',
      'session 6281234.0',
      'tctoken 1234@lid',
      'tctoken __index',
    ]);
    const fresh = dbKeyStore(t.db);
    expect(await listed(fresh)).toEqual(['1234@lid']);
    expect((await fresh.get('sender-key-memory', ['g@g.us']))['g@g.us']).toEqual({ '1234:0@lid': true });
  });

  it('keeps Baileys from writing her privacy-token record or her id in the token index back', async () => {
    await seed();
    let now = Date.parse('2026-11-28T03:00:00Z');
    const auth = await useDbAuthState(t.db, logger, () => now);
    await auth.forget(['628123']);
    // As Baileys does just after the goodbye: our token issued to her, and the index from its memory.
    const issued = { token: Buffer.alloc(0), senderTimestamp: 1700000001 };
    await auth.state.keys.set({
      tctoken: { '123@lid': issued, '1234@lid': issued, __index: index(['123@lid', '1234@lid']) },
    });
    const fresh = dbKeyStore(t.db);
    expect(Object.keys(await fresh.get('tctoken', ['123@lid', '1234@lid']))).toEqual(['1234@lid']);
    expect(await listed(fresh)).toEqual(['1234@lid']);
    // Back as someone new: a token she sends is kept (her id stays out of the index for a while).
    await auth.state.keys.set({ tctoken: { '123@lid': token('new'), __index: index(['123@lid', '1234@lid']) } });
    expect(Object.keys(await fresh.get('tctoken', ['123@lid']))).toEqual(['123@lid']);
    expect(await listed(fresh)).toEqual(['1234@lid']);
    // Later our records of her are stored again, and after two days the index lists her again.
    now += 11 * 60_000;
    await auth.state.keys.set({ tctoken: { '123@lid': issued } });
    expect((await fresh.get('tctoken', ['123@lid']))['123@lid']!.senderTimestamp).toBe(1700000001);
    now += 48 * 3600_000;
    await auth.state.keys.set({ tctoken: { __index: index(['123@lid', '1234@lid']) } });
    expect(await listed(fresh)).toEqual(['123@lid', '1234@lid']);
  });
});
