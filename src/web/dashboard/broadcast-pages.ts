// Broadcasts and groups for NGO staff: write a message, choose who gets it,
// preview how many it reaches, then send now or at a time; follow delivery and
// opt-outs. Every create, send, schedule and cancel is in the audit log.
// The work itself is done by src/broadcast/ (the same as its CLI and API).

import {
  BroadcastError,
  broadcastChannels,
  broadcastFigures,
  cancelBroadcast,
  createBroadcast,
  listBroadcasts,
  previewBroadcast,
  sendBroadcast,
} from '../../broadcast/broadcasts.ts';
import { createGroup, listGroups } from '../../broadcast/groups.ts';
import { SegmentError } from '../../broadcast/segment.ts';
import { PRODUCTS } from '../../content/products.ts';
import { REGION } from '../../content/region.ts';
import { wibDateTime } from '../../core/time.ts';
import { recordAudit } from '../../research/audit.ts';
import { h, type Safe } from './html.ts';
import { NGO_ROLES, type PageContext, registerDashboardPage } from './pages.ts';

const when = (iso: string | null) => (iso ? wibDateTime(new Date(iso)) : '');

function checks(name: string, items: { value: string; label: string }[]): Safe {
  return h`<fieldset class="checks"><legend>${name === 'kecamatan' ? 'Kecamatan (none = all)' : name === 'product' ? 'Kind of work (none = all)' : 'Groups (none = all)'}</legend>${items.map(
    (i) => h`<label class="check"><input type="checkbox" name="${name}" value="${i.value}"> ${i.label}</label>`,
  )}</fieldset>`;
}

async function broadcastsPage(
  pc: PageContext,
  note?: { error?: string; done?: string; preview?: Safe },
): Promise<Safe> {
  const list = await listBroadcasts(pc.db, 20);
  const figures = await Promise.all(list.map((b) => broadcastFigures(pc.db, b.id, pc.now)));
  const groups = await listGroups(pc.db);
  return h`${note?.error ? h`<p class="error" role="alert">${note.error}</p>` : ''}
${note?.done ? h`<p class="notice" role="status">${note.done}</p>` : ''}
${note?.preview ?? ''}
<h2>Sent and planned</h2>
${
  list.length
    ? h`<div class="table-scroll"><table class="list" id="broadcasts"><thead><tr><th>#</th><th>Title</th><th>Status</th><th>Made</th><th>Planned for</th><th>Recipients</th><th>Sent</th><th>Failed</th><th>Opted out since</th><th>Replied in 48 h</th></tr></thead>
<tbody>${list.map((b, i) => {
        const f = figures[i]!;
        return h`<tr><td>${b.id}</td><td>${b.title}</td><td>${b.status}</td><td>${when(b.createdAt)}</td><td>${when(b.scheduledFor)}</td><td>${f.recipients}</td><td>${f.sent}</td><td>${f.failed}</td><td>${f.optedOutSince}</td><td>${f.repliedWithin48h}</td></tr>`;
      })}</tbody></table></div>`
    : h`<p class="empty">No broadcasts yet.</p>`
}
<h2>New broadcast</h2>
<form method="post" class="stack" id="new-broadcast">
  <input type="hidden" name="_csrf" value="${pc.csrf}"><input type="hidden" name="op" value="create">
  <label>Title (for staff) <input name="title" maxlength="80"></label>
  <label>Message in Bahasa Indonesia <textarea name="textId" rows="4" maxlength="900" required></textarea></label>
  <label>Message in English (optional) <textarea name="textEn" rows="3" maxlength="900"></textarea></label>
  ${checks(
    'kecamatan',
    REGION.kecamatan.map((k) => ({ value: k, label: k })),
  )}
  ${checks(
    'product',
    PRODUCTS.map((p) => ({ value: p.code, label: p.en })),
  )}
  ${
    groups.length
      ? checks(
          'group',
          groups.map((g) => ({ value: String(g.id), label: `${g.name} (${g.members})` })),
        )
      : ''
  }
  <label>Only workers who wrote to the bot within this many days (optional) <input name="activeWithinDays" type="number" min="1" max="365"></label>
  <button type="submit">Preview</button>
</form>`;
}

function previewBox(pc: PageContext, p: Awaited<ReturnType<typeof previewBroadcast>>): Safe {
  return h`<section class="notice" id="preview">
<h2>Preview of broadcast #${p.id}: ${p.title}</h2>
<p>Goes to <strong id="recipients">${p.recipients}</strong> workers (${p.segment}). Left out: ${p.excluded.optedOut} who said BERHENTI,
${p.excluded.unreachable} who cannot be reached.${p.quietHours ? ` Quiet hours ${p.quietHours} WIB: nothing is sent in them.` : ''}</p>
<p>Bahasa Indonesia:</p><p class="text">${p.texts.id}</p>
<p>English:</p><p class="text">${p.texts.en}</p>
<form method="post" class="inline"><input type="hidden" name="_csrf" value="${pc.csrf}"><input type="hidden" name="op" value="send"><input type="hidden" name="id" value="${String(p.id)}"><button type="submit">Send now</button></form>
<form method="post" class="inline"><input type="hidden" name="_csrf" value="${pc.csrf}"><input type="hidden" name="op" value="send"><input type="hidden" name="id" value="${String(p.id)}">
<label>Send at (WIB) <input type="datetime-local" name="at" required></label><button type="submit">Schedule</button></form>
<form method="post" class="inline"><input type="hidden" name="_csrf" value="${pc.csrf}"><input type="hidden" name="op" value="cancel"><input type="hidden" name="id" value="${String(p.id)}"><button type="submit">Discard</button></form>
</section>`;
}

/** A datetime-local value is WIB wall time. */
function wibInput(v: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return null;
  const d = new Date(`${v}:00+07:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}

registerDashboardPage({
  path: '/ngo/broadcasts',
  title: 'Broadcasts',
  section: 'ngo',
  roles: NGO_ROLES,
  order: 10,
  render: (pc) => broadcastsPage(pc),
  async post(pc, form, all) {
    const id = /^\d+$/.test(form.id ?? '') ? Number(form.id) : null;
    try {
      if (form.op === 'create') {
        const segment: Record<string, unknown> = {};
        for (const key of ['kecamatan', 'product'] as const) if (all[key]?.length) segment[key] = all[key];
        if (all.group?.length) segment.group = all.group.map(Number);
        if (form.activeWithinDays) segment.activeWithinDays = Number(form.activeWithinDays);
        const b = await createBroadcast(
          pc.db,
          {
            title: form.title,
            textId: form.textId ?? '',
            textEn: form.textEn || null,
            segment,
            createdBy: pc.user.name,
          },
          pc.now,
          { quietHours: pc.quietHours },
        );
        await recordAudit(pc.db, pc.user, 'broadcast', { op: 'create', broadcastId: b.id }, pc.now);
        return broadcastsPage(pc, { preview: previewBox(pc, await previewBroadcast(pc.db, b.id, pc.now)) });
      }
      if (id === null) return broadcastsPage(pc, { error: 'Choose a broadcast.' });
      if (form.op === 'send') {
        let at: Date | undefined;
        if (form.at !== undefined) {
          const d = wibInput(form.at);
          if (!d || d.getTime() <= pc.now.getTime())
            return broadcastsPage(pc, { error: 'Choose a time in the future (WIB).' });
          at = d;
        }
        const r = await sendBroadcast(pc.db, id, { at }, pc.now);
        await recordAudit(
          pc.db,
          pc.user,
          'broadcast',
          { op: r.status === 'scheduled' ? 'schedule' : 'send', broadcastId: id, ...r },
          pc.now,
        );
        if (r.status === 'sending') for (const c of await broadcastChannels(pc.db, id)) pc.notifyOutbox?.(c);
        return broadcastsPage(pc, {
          done:
            r.status === 'sending'
              ? `Broadcast #${id} is being sent to ${r.recipients} workers.`
              : `Broadcast #${id} will be sent at ${when(r.at)} WIB.`,
        });
      }
      if (form.op === 'cancel') {
        const withdrawn = await cancelBroadcast(pc.db, id, pc.now);
        await recordAudit(pc.db, pc.user, 'broadcast', { op: 'cancel', broadcastId: id, withdrawn }, pc.now);
        return broadcastsPage(pc, { done: `Broadcast #${id} cancelled.` });
      }
      return broadcastsPage(pc);
    } catch (err) {
      if (err instanceof BroadcastError || err instanceof SegmentError)
        return broadcastsPage(pc, { error: err.message });
      throw err;
    }
  },
});

async function groupsPage(pc: PageContext, note?: { error?: string; done?: string }): Promise<Safe> {
  const groups = await listGroups(pc.db);
  return h`${note?.error ? h`<p class="error" role="alert">${note.error}</p>` : ''}
${note?.done ? h`<p class="notice" role="status">${note.done}</p>` : ''}
<p>Groups of workers an NGO works with. A worker joins by sending the join code to the bot (or by import with
<code>npx upahku group import</code>); a broadcast can go to one or more groups.</p>
${
  groups.length
    ? h`<div class="table-scroll"><table class="list" id="groups"><thead><tr><th>Group</th><th>Join code</th><th>Members</th></tr></thead>
<tbody>${groups.map((g) => h`<tr><td>${g.name}</td><td>${g.joinCode ?? ''}</td><td>${g.members}</td></tr>`)}</tbody></table></div>`
    : h`<p class="empty">No groups yet.</p>`
}
<h2>New group</h2>
<form method="post" class="stack"><input type="hidden" name="_csrf" value="${pc.csrf}">
<label>Name <input name="name" required maxlength="80"></label>
<label>Join code (optional, 3 to 20 letters or digits) <input name="code" maxlength="20"></label>
<button type="submit">Make group</button></form>`;
}

registerDashboardPage({
  path: '/ngo/groups',
  title: 'Groups',
  section: 'ngo',
  roles: NGO_ROLES,
  order: 20,
  render: (pc) => groupsPage(pc),
  async post(pc, form) {
    try {
      const g = await createGroup(pc.db, form.name ?? '', form.code || null, pc.now);
      await recordAudit(pc.db, pc.user, 'group_create', { groupId: g.id }, pc.now);
      return groupsPage(pc, { done: `Group "${g.name}" made.` });
    } catch (err) {
      if (err instanceof BroadcastError) return groupsPage(pc, { error: err.message });
      throw err;
    }
  },
});
