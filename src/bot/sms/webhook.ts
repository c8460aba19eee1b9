// The gateway's webhook requests: signed with HMAC-SHA256 over the raw body
// followed by the X-Timestamp value (Unix seconds), hex in X-Signature. Unsigned,
// wrongly signed or stale requests are refused; a replay of a fresh request is
// harmless because every event is handled once (by its id).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** How far X-Timestamp may be from our clock (the gateway's docs suggest 5 minutes). */
export const SIGNATURE_TOLERANCE_S = 300;

export function signBody(key: string, rawBody: string, timestamp: string): string {
  return createHmac('sha256', key)
    .update(rawBody + timestamp)
    .digest('hex');
}

export type SignatureCheck = 'ok' | 'unsigned' | 'bad-signature' | 'stale';

export function checkSignature(
  key: string,
  rawBody: string,
  headers: { signature?: string | null; timestamp?: string | null },
  nowMs: number,
  toleranceS = SIGNATURE_TOLERANCE_S,
): SignatureCheck {
  const sig = headers.signature?.trim().toLowerCase();
  const ts = headers.timestamp?.trim();
  if (!sig || !ts) return 'unsigned';
  if (!/^\d{1,12}$/.test(ts) || !/^[0-9a-f]{64}$/.test(sig)) return 'bad-signature';
  const expected = Buffer.from(signBody(key, rawBody, ts), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(sig, 'hex'))) return 'bad-signature';
  if (Math.abs(nowMs / 1000 - Number(ts)) > toleranceS) return 'stale';
  return 'ok';
}

// The event's id is the dedupe key; an app that leaves it out is still read (the payload is then the key).
const base = {
  id: z.string().min(1).max(200).optional(),
  deviceId: z.string().optional(),
  webhookId: z.string().optional(),
};
const messageId = z.string().min(1).max(200);

export const webhookEvent = z.discriminatedUnion('event', [
  z.object({
    ...base,
    event: z.literal('sms:received'),
    payload: z.object({
      messageId: z.string().optional(),
      message: z.string(),
      phoneNumber: z.string().min(1).max(40),
      simNumber: z.number().nullish(),
      receivedAt: z.string().optional(),
    }),
  }),
  z.object({
    ...base,
    event: z.literal('sms:sent'),
    payload: z.object({ messageId, phoneNumber: z.string().optional(), sentAt: z.string().optional() }),
  }),
  z.object({
    ...base,
    event: z.literal('sms:delivered'),
    payload: z.object({ messageId, phoneNumber: z.string().optional(), deliveredAt: z.string().optional() }),
  }),
  z.object({
    ...base,
    event: z.literal('sms:failed'),
    // The app's docs name the field `reason`; the client's types name it `error`.
    payload: z.object({
      messageId,
      phoneNumber: z.string().optional(),
      failedAt: z.string().optional(),
      reason: z.string().optional(),
      error: z.string().optional(),
    }),
  }),
  z.object({ ...base, event: z.literal('system:ping'), payload: z.unknown().optional() }),
]);

export type WebhookEvent = z.infer<typeof webhookEvent>;

/** Events the app may send that this service does not use (MMS, data SMS, newer kinds): answered, not retried. */
export function isOtherEvent(body: unknown): boolean {
  const event = (body as { event?: unknown } | null)?.event;
  return (
    typeof event === 'string' &&
    !['sms:received', 'sms:sent', 'sms:delivered', 'sms:failed', 'system:ping'].includes(event)
  );
}

/** The events the service registers for, each a webhook of its own. */
export const EVENTS = ['sms:received', 'sms:sent', 'sms:delivered', 'sms:failed'] as const;

/** A time from the gateway (the phone's local zone, with offset), or null when it is no time. */
export function gatewayTime(s: string | undefined): Date | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}
