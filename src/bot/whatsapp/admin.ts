// /admin/whatsapp: the link state, the QR code to scan (SVG drawn here, no
// outside service) or the pairing code, today's sending against the cap, and a
// button to connect again after a logout or a stop.
// Until the dashboard's token login exists this page is protected by
// ADMIN_TOKEN alone, given as `Authorization: Bearer <token>` or `?token=`.
import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { html, raw } from 'hono/html';
import QRCode from 'qrcode';
import { wibDateTime } from '../../core/time.ts';
import type { WhatsAppChannel, WhatsAppState } from './channel.ts';

export const ADMIN_PATH = '/admin/whatsapp';

const DESCRIBE: Record<WhatsAppState, string> = {
  stopped: 'Not running.',
  connecting: 'Connecting to WhatsApp…',
  'waiting-for-link': 'Waiting for the bot’s phone to link.',
  open: 'Connected. Workers can write to the bot.',
  reconnecting: 'The connection dropped; trying again shortly.',
  'logged-out':
    'Logged out: the link was removed on the phone or by WhatsApp. Its data was wiped. Press “Connect again” and scan the new code.',
  replaced:
    'Stopped: another program took over this number’s link (a second copy of Upahku?). Stop the other one, then press “Connect again”.',
  forbidden:
    'Stopped: WhatsApp refused the number (403). It may be restricted or banned. Check WhatsApp on the phone before connecting again.',
};

function tokenOf(c: Context, form?: Record<string, unknown>): string {
  const header = c.req.header('authorization') ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  const fromForm = typeof form?.token === 'string' ? form.token : undefined;
  return (bearer ?? fromForm ?? c.req.query('token') ?? '').trim();
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** null when allowed; otherwise the response to give. */
function guard(c: Context, adminToken: string | undefined, given: string): Response | null {
  if (!adminToken) return c.text('This page is off: set ADMIN_TOKEN in the environment to use it.\n', 503);
  if (!given || !same(given, adminToken))
    return c.text('Give the admin token: Authorization: Bearer <ADMIN_TOKEN>, or ?token=<ADMIN_TOKEN>.\n', 401);
  return null;
}

/** `channel` gives the channel once it has started (null before). */
export function mountWhatsAppAdmin(
  app: Hono,
  channel: () => WhatsAppChannel | null,
  adminToken: string | undefined,
): void {
  app.get(ADMIN_PATH, async (c) => {
    const given = tokenOf(c);
    const denied = guard(c, adminToken, given);
    if (denied) return denied;
    const wa = channel();
    if (!wa) return c.text('WhatsApp is starting; reload in a moment.\n', 503);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(await page(wa, given));
  });

  app.post(`${ADMIN_PATH}/reconnect`, async (c) => {
    const form = (await c.req.parseBody().catch(() => ({}))) as Record<string, unknown>;
    const given = tokenOf(c, form);
    const denied = guard(c, adminToken, given);
    if (denied) return denied;
    await channel()?.reconnect();
    return c.redirect(`${ADMIN_PATH}?token=${encodeURIComponent(given)}`, 303);
  });
}

async function page(wa: WhatsAppChannel, token: string) {
  const h = wa.health() as { sentToday: number; dailyCap: number; capReached: boolean };
  const waiting = wa.state === 'waiting-for-link';
  const busy = waiting || wa.state === 'connecting' || wa.state === 'reconnecting';
  const svg = waiting && wa.qr && !wa.pairingCode ? await QRCode.toString(wa.qr, { type: 'svg', margin: 2 }) : null;
  const canReconnect = !['open', 'connecting', 'waiting-for-link'].includes(wa.state);
  const last = wa.lastDisconnect;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${busy ? raw('<meta http-equiv="refresh" content="5">') : ''}
<title>Upahku · WhatsApp</title>
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}
.qr{width:18rem;height:18rem}.state{font-size:1.2rem}.code{font:700 2rem monospace;letter-spacing:.2rem}
dt{font-weight:600}dd{margin:0 0 .6rem}button{font-size:1rem;padding:.5rem 1rem}
</style>
</head>
<body>
<h1>WhatsApp</h1>
<p class="state" id="state" data-state="${wa.state}">${DESCRIBE[wa.state]}</p>
${
  svg
    ? html`<div class="qr" id="qr">${raw(svg)}</div>
<p>On the bot’s phone: WhatsApp › Linked devices › Link a device, then scan this code. It changes every few seconds; this page reloads by itself.</p>`
    : ''
}
${
  waiting && wa.pairingCode
    ? html`<p>Pairing code:</p><p class="code" id="pairing-code">${wa.pairingCode.slice(0, 4)}-${wa.pairingCode.slice(4)}</p>
<p>On the bot’s phone: WhatsApp › Linked devices › Link a device › Link with phone number instead, then type this code.</p>`
    : ''
}
<dl>
<dt>Number</dt><dd>${wa.me ? `+${wa.me.split(/[:@]/)[0]}` : 'not linked'}</dd>
<dt>Broadcasts and reminders sent today (WIB)</dt><dd id="sent-today">${h.sentToday} of ${h.dailyCap}${h.capReached ? ' (cap reached: the rest waits until tomorrow morning)' : ''}</dd>
<dt>Last disconnect</dt><dd>${last ? `${wibDateTime(new Date(last.at))} WIB: ${last.code ?? '-'} ${last.reason}` : 'none'}</dd>
</dl>
${
  canReconnect
    ? html`<form method="post" action="${ADMIN_PATH}/reconnect"><input type="hidden" name="token" value="${token}"><button type="submit">Connect again</button></form>`
    : ''
}
</body>
</html>`;
}
