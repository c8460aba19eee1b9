// The whole environment, parsed once. A bad value stops the program with one
// line naming the variable and what is expected.
import { existsSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { ConfigError } from './core/config-error.ts';
import { parseQuietHours } from './core/quiet-hours.ts';
import { DATABASE_URL_RULE, DEFAULT_DATABASE_URL, isDatabaseUrl, isPostgresUrl } from './db/url.ts';

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no', ''].includes(v), 'true or false')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `a whole number from ${min} to ${max}`);

export const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .trim()
      .min(1, DATABASE_URL_RULE)
      .refine(isDatabaseUrl, DATABASE_URL_RULE)
      .default(DEFAULT_DATABASE_URL),
    PORT: int(1, 65535).default(8080),
    HOST: z.string().trim().min(1, 'a host name or address').default('127.0.0.1'),
    PUBLIC_URL: z.url('a full URL such as https://upahku.example.org').optional(),
    PSEUDONYM_SECRET: z.string().min(16, 'a random secret of at least 16 characters').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    K_ANONYMITY: int(2, 1000).default(5),
    PAY_OVERDUE_DAYS: int(1, 365).default(14),
    /** Days the words of inbound and sent messages are kept; then only the rows stay, without text. */
    MESSAGE_RETENTION_DAYS: int(1, 3650).default(30),
    /** Unset: on when HOST is a loopback address and PUBLIC_URL is unset, off otherwise (the simulator has no login). */
    WEBCHAT_ENABLED: bool.optional(),
    BPJS_CONTENT_DIR: z.string().trim().min(1, 'a directory with figures.yaml, id.yaml and en.yaml').optional(),
    /** No longer used (the WhatsApp page is behind the dashboard's admin login); accepted so old .env files still start. */
    ADMIN_TOKEN: z.string().trim().min(16, 'a random secret of at least 16 characters').optional(),
    SCHEDULER_ENABLED: bool.default(true),
    SCHEDULER_POLL_MS: int(100, 600_000).default(5000),
    QUIET_HOURS: z
      .string()
      .trim()
      .refine((v) => v === 'off' || parseQuietHours(v) !== null, 'a WIB window such as 20:00-07:00, or off')
      .default('20:00-07:00'),
    /**
     * Outgoing messages a process has claimed stay its own while it lives (it
     * renews the claims every third of this); a process killed or cut off for
     * this long has its messages sent by another process, or after a restart.
     */
    OUTBOX_CLAIM_TIMEOUT_MS: int(1000, 600_000).default(15_000),
    BROADCAST_API_TOKEN: z.string().trim().min(24, 'a random secret of at least 24 characters').optional(),
    WHATSAPP_ENABLED: bool.default(false),
    /** Link with an 8-character pairing code instead of a QR code: the bot's number with country code. */
    WHATSAPP_PAIRING_NUMBER: z
      .string()
      .trim()
      .transform((v) => v.replace(/[\s+()-]/g, ''))
      .refine((v) => /^[1-9]\d{7,14}$/.test(v), 'the phone number with country code, e.g. 6281234567890')
      .optional(),
    /** Broadcasts and reminders wait a random time in this range before each message. */
    WHATSAPP_BROADCAST_MIN_MS: int(0, 600_000).default(3000),
    WHATSAPP_BROADCAST_MAX_MS: int(0, 600_000).default(6000),
    /** Most messages a day (WIB) that are not replies: broadcasts, reminders, notices. */
    WHATSAPP_DAILY_CAP: int(0, 100_000).default(1000),
    // Telegram: the channel starts when a token is set.
    TELEGRAM_BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'a bot token from @BotFather, like 123456789:AAE...')
      .optional(),
    TELEGRAM_API_ROOT: z.url('a URL such as https://api.telegram.org').default('https://api.telegram.org'),
    TELEGRAM_WEBHOOK_URL: z.url('a full URL such as https://upahku.example.org/telegram/webhook').optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, '16 to 256 letters, digits, _ or -')
      .optional(),
    TELEGRAM_RATE_PER_SECOND: int(1, 1000).default(30),
    TELEGRAM_PER_CHAT_INTERVAL_MS: int(0, 60_000).default(1000),
    TELEGRAM_POLL_TIMEOUT_SECONDS: int(0, 50).default(30),
    TELEGRAM_KEYBOARDS: bool.default(true),
    // SMS through an Android phone running "SMS Gateway for Android": the channel starts when the URL is set.
    /** Local server on the NGO's network (http://192.168.1.10:8080) or the cloud (https://api.sms-gate.app/3rdparty/v1). */
    SMS_GATEWAY_URL: z
      .url('the gateway address, e.g. http://192.168.1.10:8080 or https://api.sms-gate.app/3rdparty/v1')
      .optional(),
    SMS_GATEWAY_LOGIN: z.string().trim().min(1, 'the login shown in the gateway app').optional(),
    SMS_GATEWAY_PASSWORD: z.string().min(1, 'the password shown in the gateway app').optional(),
    /** The app's Settings > Webhooks > Signing Key: every webhook request is checked against it. */
    SMS_WEBHOOK_SIGNING_KEY: z.string().min(8, 'the signing key from the gateway app (Settings > Webhooks)').optional(),
    /** Where the phone posts received SMS and reports; default PUBLIC_URL + /sms/webhook. */
    SMS_WEBHOOK_URL: z.url('a full URL the phone can reach, e.g. http://192.168.1.20:8080/sms/webhook').optional(),
    SMS_RATE_PER_MINUTE: int(1, 600).default(20),
    /** Segments a day through the gateway phone: operators block SIMs that send in bulk. */
    SMS_DAILY_CAP: int(1, 100_000).default(500),
    /** Segments a day to one worker: a loop or a spammer must not empty the credit. */
    SMS_WORKER_DAILY_LIMIT: int(1, 1000).default(30),
  })
  .superRefine((c, ctx) => {
    if (c.SMS_GATEWAY_URL)
      for (const k of ['SMS_GATEWAY_LOGIN', 'SMS_GATEWAY_PASSWORD', 'SMS_WEBHOOK_SIGNING_KEY'] as const)
        if (!c[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'set when SMS_GATEWAY_URL is set' });
    if (c.WHATSAPP_BROADCAST_MAX_MS < c.WHATSAPP_BROADCAST_MIN_MS)
      ctx.addIssue({
        code: 'custom',
        path: ['WHATSAPP_BROADCAST_MAX_MS'],
        message: `at least WHATSAPP_BROADCAST_MIN_MS (${c.WHATSAPP_BROADCAST_MIN_MS})`,
      });
  });

export type Config = z.infer<typeof envSchema>;

export { ConfigError };

/** Parses an environment object; throws ConfigError with one readable line. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings in .env mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0] ?? '?');
  const got = cleaned[name];
  // Never echo a secret into a log.
  const shown =
    got === undefined || /TOKEN|SECRET|PASSWORD|KEY/.test(name)
      ? ''
      : ` (got "${got.length > 40 ? `${got.slice(0, 40)}…` : got}")`;
  throw new ConfigError(`Invalid configuration: ${name} must be ${issue.message}${shown}`);
}

/** Reads `.env` when present, then the process environment (which wins). */
export function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) loadDotenv({ path: envFile, quiet: true });
  return parseConfig(process.env);
}

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The web chat simulator anyone who loads the page can use: on only when asked
 * for, or by default on a loopback address with no PUBLIC_URL (a service behind
 * a public proxy listens on loopback too, so PUBLIC_URL turns it off).
 */
export function webchatEnabled(c: Config): boolean {
  return c.WEBCHAT_ENABLED ?? (!c.PUBLIC_URL && isLoopbackHost(c.HOST));
}

export { isPostgresUrl };
