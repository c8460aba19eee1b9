// Registers the WhatsApp channel with the service when WHATSAPP_ENABLED=true.
// Baileys is loaded only when the channel starts, so other commands (chat,
// export) do not pay for it.
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../logger.ts';
import type { Runtime, RuntimeFactory } from '../../runtime.ts';
import { DASHBOARD_PATH, mountWhatsAppAdmin, setWhatsAppSource } from './admin.ts';
import type { WhatsAppChannel, WhatsAppChannelOptions } from './channel.ts';

export interface WhatsAppDeps {
  config: Config;
  db: Db;
  engine: Engine;
  logger: Logger;
}

export type WhatsAppRuntime = Runtime & {
  /** The channel, once started. */
  readonly channel: WhatsAppChannel | null;
};

/** The channel as a service runtime; `overrides` lets tests inject a socket factory, clock and timers. */
export function createWhatsAppRuntime(
  deps: WhatsAppDeps,
  overrides: Partial<WhatsAppChannelOptions> = {},
): WhatsAppRuntime {
  const { config, db, engine } = deps;
  const logger = deps.logger.child({ channel: 'whatsapp' });
  const base = config.PUBLIC_URL?.replace(/\/+$/, '') ?? `http://${config.HOST}:${config.PORT}`;
  let channel: WhatsAppChannel | null = null;
  return {
    name: 'whatsapp',
    get channel() {
      return channel;
    },
    health: () => channel?.health() ?? { state: 'stopped' },
    async start() {
      const [{ WhatsAppChannel }, { baileysSocketFactory }] = await Promise.all([
        import('./channel.ts'),
        import('./socket.ts'),
      ]);
      if (config.ADMIN_TOKEN)
        logger.warn('ADMIN_TOKEN is no longer used: log in at /dashboard with an admin token to see the WhatsApp page');
      channel ??= new WhatsAppChannel({
        db,
        engine,
        logger,
        socketFactory: baileysSocketFactory(logger),
        pairingNumber: config.WHATSAPP_PAIRING_NUMBER,
        broadcastMinMs: config.WHATSAPP_BROADCAST_MIN_MS,
        broadcastMaxMs: config.WHATSAPP_BROADCAST_MAX_MS,
        dailyCap: config.WHATSAPP_DAILY_CAP,
        adminUrl: `${base}${DASHBOARD_PATH}`,
        ...overrides,
        outbox: { claimTimeoutMs: config.OUTBOX_CLAIM_TIMEOUT_MS, ...overrides.outbox },
      });
      await channel.start();
    },
    async stop() {
      await channel?.stop();
    },
    mount: (app) => {
      // Admin → WhatsApp in the dashboard shows this process's channel.
      setWhatsAppSource(() => channel);
      mountWhatsAppAdmin(app);
    },
  };
}

export const whatsAppRuntime: RuntimeFactory = (deps) =>
  deps.config.WHATSAPP_ENABLED ? createWhatsAppRuntime(deps) : null;
