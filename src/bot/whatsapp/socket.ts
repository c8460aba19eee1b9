// The part of a Baileys socket the adapter uses, and the factory that makes a
// real one. Tests pass their own factory (a fake socket around Baileys' own
// event buffer), so nothing here is called offline.
import {
  type AuthenticationState,
  Browsers,
  type CacheStore,
  DEFAULT_CONNECTION_CONFIG,
  fetchLatestBaileysVersion,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  makeWASocket,
  type proto,
  type SocketConfig,
  type WAMessageKey,
  type WASocket,
} from '@whiskeysockets/baileys';
import type { Logger } from '../../logger.ts';

export type ILogger = SocketConfig['logger'];

export type WaSocket = Pick<WASocket, 'ev' | 'sendMessage' | 'user' | 'authState' | 'requestPairingCode' | 'end'> & {
  /** Present on a real socket: where Baileys keeps the LID <-> phone-number mapping it learnt. */
  signalRepository?: Pick<WASocket['signalRepository'], 'lidMapping'>;
};

export interface SocketOptions {
  auth: AuthenticationState;
  logger: ILogger;
  /** A message we sent, for Baileys to re-encrypt when a phone asks for it again. */
  getMessage(key: WAMessageKey): Promise<proto.IMessage | undefined>;
  /** Where the socket caches each contact's devices (ours, so that an erased one can be dropped). */
  userDevicesCache?: CacheStore;
}

export type SocketFactory = (o: SocketOptions) => WaSocket | Promise<WaSocket>;

/** Groups, status updates, broadcast lists and channels are never ours to read. */
export const ignoredJid = (jid: string): boolean =>
  Boolean(isJidGroup(jid) || isJidBroadcast(jid) || isJidNewsletter(jid));

async function currentVersion(logger: Logger): Promise<[number, number, number]> {
  // WhatsApp refuses clients that are too old; ask for the current version but never wait long.
  const fallback = DEFAULT_CONNECTION_CONFIG.version;
  const timeout = new Promise<null>((r) => setTimeout(() => r(null), 5000).unref());
  const got = await Promise.race([fetchLatestBaileysVersion().catch(() => null), timeout]);
  if (!got || got.error) logger.warn('could not look up the current WhatsApp Web version; using the built-in one');
  return (got?.version ?? fallback) as [number, number, number];
}

/** The real socket: connects to WhatsApp over the internet. */
export const baileysSocketFactory =
  (logger: Logger): SocketFactory =>
  async (o) =>
    makeWASocket({
      version: await currentVersion(logger),
      auth: o.auth,
      logger: o.logger,
      browser: Browsers.ubuntu('Upahku'),
      markOnlineOnConnect: false,
      syncFullHistory: false,
      shouldIgnoreJid: ignoredJid,
      getMessage: o.getMessage,
      userDevicesCache: o.userDevicesCache,
    });

// Decrypt failures ("Bad MAC", missing sessions) are routine in long sessions
// and would flood the log at error level: they go to debug.
const ROUTINE = /bad mac|failed to decrypt|no session|no matching sessions|session ?error|invalid prekey/i;

/** Baileys' logger: our pino logger at `warn` unless we log more, routine decrypt noise at debug. */
export function baileysLogger(base: Logger, level = base.level): ILogger {
  const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
  // Baileys is chatty at info: keep it at warn unless we asked for debug or trace, or for less.
  const quiet =
    level === 'debug' || level === 'trace' || levels.indexOf(level) > levels.indexOf('warn') ? level : 'warn';
  const wrap = (l: Logger): ILogger => {
    const routine = (obj: unknown, msg?: string) => {
      const text = `${msg ?? ''} ${typeof obj === 'string' ? obj : ((obj as { err?: Error })?.err?.message ?? '')}`;
      return ROUTINE.test(text);
    };
    return {
      get level() {
        return l.level;
      },
      child: (obj) => wrap(l.child(obj)),
      trace: (obj, msg) => l.trace(obj as object, msg),
      debug: (obj, msg) => l.debug(obj as object, msg),
      info: (obj, msg) => l.info(obj as object, msg),
      warn: (obj, msg) => (routine(obj, msg) ? l.debug(obj as object, msg) : l.warn(obj as object, msg)),
      error: (obj, msg) => (routine(obj, msg) ? l.debug(obj as object, msg) : l.error(obj as object, msg)),
    };
  };
  return wrap(base.child({ module: 'baileys' }, { level: quiet }));
}
