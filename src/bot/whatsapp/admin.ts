// Admin → WhatsApp in the dashboard (/dashboard/admin/whatsapp): the link
// state, the QR code to scan (SVG drawn here, no outside service) or the
// pairing code, today's sending against the cap, and a button to connect again
// after a logout or a stop. Behind the dashboard's login with the admin role,
// like every staff page: no token in any URL. The old address /admin/whatsapp
// sends the browser there.
import type { Hono } from 'hono';
import QRCode from 'qrcode';
import { recordAudit } from '../../access/audit.ts';
import { wibDateTime } from '../../core/time.ts';
import { h, Safe } from '../../web/dashboard/html.ts';
import { BASE } from '../../web/dashboard/layout.ts';
import { ADMIN_ROLES, type DashboardPage } from '../../web/dashboard/pages.ts';
import type { WhatsAppChannel, WhatsAppState } from './channel.ts';

/** The old address of the page, kept as a redirect. */
export const ADMIN_PATH = '/admin/whatsapp';
/** Where the page is now. */
export const DASHBOARD_PATH = `${BASE}${ADMIN_PATH}`;

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

// The channel of this process, once its runtime exists (null: WhatsApp is off here).
let source: (() => WhatsAppChannel | null) | null = null;

export function setWhatsAppSource(get: (() => WhatsAppChannel | null) | null): void {
  source = get;
}

/** The old address: a redirect to the dashboard page (any ?token= is dropped, never echoed). */
export function mountWhatsAppAdmin(app: Hono): void {
  app.get(ADMIN_PATH, (c) => c.redirect(DASHBOARD_PATH, 303));
  app.post(`${ADMIN_PATH}/reconnect`, (c) => c.redirect(DASHBOARD_PATH, 303));
}

/** The admin page of the WhatsApp link, listed in src/app/dashboard.ts. */
export const whatsAppPages: DashboardPage[] = [];

whatsAppPages.push({
  path: ADMIN_PATH,
  title: 'WhatsApp',
  section: 'admin',
  roles: ADMIN_ROLES,
  order: 40,
  async render({ csrf }) {
    if (!source)
      return h`<p class="empty" id="state" data-state="off">WhatsApp is off: set WHATSAPP_ENABLED=true to link the bot’s number.</p>`;
    const wa = source();
    if (!wa) return h`<p id="state" data-state="starting">WhatsApp is starting; reload in a moment.</p>`;
    return page(wa, csrf);
  },
  async post({ user, db, now }, form) {
    if (form.action === 'reconnect') {
      await source?.()?.reconnect();
      await recordAudit(db, user, 'whatsapp_reconnect', {}, now);
    }
    return ADMIN_PATH;
  },
});

async function page(wa: WhatsAppChannel, csrf: string) {
  const hs = wa.health() as { sentToday: number; dailyCap: number; capReached: boolean };
  const waiting = wa.state === 'waiting-for-link';
  const busy = waiting || wa.state === 'connecting' || wa.state === 'reconnecting';
  const svg =
    waiting && wa.qr && !wa.pairingCode ? await QRCode.toString(wa.qr, { type: 'svg', margin: 2, width: 288 }) : null;
  const canReconnect = !['open', 'connecting', 'waiting-for-link'].includes(wa.state);
  const last = wa.lastDisconnect;
  // A meta refresh in the body is honoured by browsers (and allowed by the CSP): the QR code changes every few seconds.
  return h`${busy ? new Safe('<meta http-equiv="refresh" content="5">') : ''}
<p class="state" id="state" data-state="${wa.state}">${DESCRIBE[wa.state]}</p>
${
  svg
    ? h`<div class="qr" id="qr">${new Safe(svg)}</div>
<p>On the bot’s phone: WhatsApp › Linked devices › Link a device, then scan this code. It changes every few seconds; this page reloads by itself.</p>`
    : ''
}
${
  waiting && wa.pairingCode
    ? h`<p>Pairing code:</p><p class="code" id="pairing-code"><code>${wa.pairingCode.slice(0, 4)}-${wa.pairingCode.slice(4)}</code></p>
<p>On the bot’s phone: WhatsApp › Linked devices › Link a device › Link with phone number instead, then type this code.</p>`
    : ''
}
<dl>
<dt>Number</dt><dd>${wa.me ? `+${wa.me.split(/[:@]/)[0]}` : 'not linked'}</dd>
<dt>Broadcasts and reminders sent today (WIB)</dt><dd id="sent-today">${hs.sentToday} of ${hs.dailyCap}${hs.capReached ? ' (cap reached: the rest waits until tomorrow morning)' : ''}</dd>
<dt>Last disconnect</dt><dd>${last ? `${wibDateTime(new Date(last.at))} WIB: ${last.code ?? '-'} ${last.reason}` : 'none'}</dd>
</dl>
${
  canReconnect
    ? h`<form method="post" action="${DASHBOARD_PATH}"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="action" value="reconnect"><button type="submit">Connect again</button></form>`
    : ''
}`;
}
