// Broadcasts, templates and groups for NGO staff: write a message (from a
// template if they like), choose who gets it with the same filters as the CLI,
// preview how many it reaches and how long it takes, test it on their own
// phone, then send now, at a time or on a repeating pattern; follow one
// broadcast's figures on its own page; edit or cancel it while it waits.
// Every form answers with a redirect (post/redirect/get): reloading a page
// never posts again. Every create, send, schedule, edit and cancel is audited.
// The work itself is done by src/broadcast/ (the same as its CLI and API).

import { createHmac } from 'node:crypto';
import { recordAudit } from '../access/audit.ts';
import { PRODUCTS } from '../content/products.ts';
import { REGION } from '../content/region.ts';
import { REASON_CODES } from '../db/reasons.ts';
import { h, type Safe } from '../web/dashboard/html.ts';
import {
  type DashLang,
  formatDateTime,
  formatDuration,
  formatNumber,
  isMsgKey,
  type MsgKey,
  type T,
  translator,
} from '../web/dashboard/i18n.ts';
import { type DashboardPage, NGO_ROLES, type PageContext } from '../web/dashboard/pages.ts';
import {
  BroadcastError,
  broadcastChannels,
  broadcastFigures,
  broadcastReplies,
  type Count,
  cancelBroadcast,
  createBroadcast,
  type Figures,
  getBroadcast,
  listBroadcasts,
  messageTexts,
  nextPlanRun,
  type Preview,
  previewBroadcast,
  segmentOf,
  sendBroadcast,
  sentCounts,
  testSend,
  updateBroadcast,
} from './broadcasts.ts';
import { channelIntervals, type RateSettings } from './duration.ts';
import { createGroup, type GroupInfo, listGroups } from './groups.ts';
import { PROTECTION_VALUES } from './protection-filter.ts';
import { type Segment, SegmentError } from './segment.ts';
import { smsCount } from './sms-count.ts';
import { deleteTemplate, getTemplate, listTemplates, saveTemplate } from './templates.ts';

const LIST = '/ngo/broadcasts';
const ONE = '/ngo/broadcast';
const CHANNELS = ['whatsapp', 'telegram', 'sms', 'terminal', 'web'] as const;

/** The rate settings the senders use, read once from the environment (defaults when unset). */
let rates: RateSettings | null = null;
function intervals() {
  if (!rates) {
    const n = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
    rates = {
      TELEGRAM_RATE_PER_SECOND: n(process.env.TELEGRAM_RATE_PER_SECOND),
      WHATSAPP_BROADCAST_MIN_MS: n(process.env.WHATSAPP_BROADCAST_MIN_MS),
      WHATSAPP_BROADCAST_MAX_MS: n(process.env.WHATSAPP_BROADCAST_MAX_MS),
      SMS_RATE_PER_MINUTE: n(process.env.SMS_RATE_PER_MINUTE),
    };
  }
  return channelIntervals(rates);
}

const langOf = (pc: PageContext): DashLang => pc.lang ?? 'id';
const tr = (pc: PageContext): T => translator(langOf(pc));

// ---- post/redirect/get: the outcome travels as a message code in the URL ----

export type Flash = { ok?: MsgKey; err?: MsgKey; id?: number; n?: number; at?: string; detail?: string };

/**
 * A failure's own words travel signed with the session's CSRF secret: a link
 * made elsewhere cannot put words of its choosing in the dashboard's error box.
 */
function signature(key: string, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex').slice(0, 16);
}

/** Where a form sends the browser after it did its work (`pc` signs a failure's words). */
export function redirect(path: string, f: Flash, pc?: Pick<PageContext, 'csrf'>): string {
  const q = new URLSearchParams();
  if (f.id !== undefined && path === ONE) q.set('id', String(f.id));
  if (f.ok) q.set('ok', f.ok);
  if (f.err) q.set('err', f.err);
  if (f.id !== undefined && path !== ONE) q.set('b', String(f.id));
  if (f.n !== undefined) q.set('n', String(f.n));
  if (f.at) q.set('at', f.at);
  if (f.detail && pc?.csrf) {
    const detail = f.detail.slice(0, 200);
    q.set('detail', detail);
    q.set('sig', signature(pc.csrf, detail));
  }
  return `${path}?${q.toString()}`;
}

/** The message a redirect carried; only known codes are shown, values as plain text. */
export function flashOf(pc: PageContext): Safe {
  const t = tr(pc);
  const q = pc.query;
  const num = (k: string) => (/^\d{1,9}$/.test(q.get(k) ?? '') ? Number(q.get(k)) : undefined);
  const at = q.get('at') ?? '';
  const params = {
    id: num('id') ?? num('b') ?? '',
    n: num('n') ?? '',
    at: /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(at) ? formatDateTime(at) : '',
    detail: '',
  };
  const detail = q.get('detail') ?? '';
  if (detail && pc.csrf && q.get('sig') === signature(pc.csrf, detail)) params.detail = detail;
  const ok = q.get('ok') ?? '';
  const err = q.get('err') ?? '';
  return h`${isMsgKey(err) && err.startsWith('err.') ? h`<p class="error" role="alert">${t(err, params)}</p>` : ''}${
    isMsgKey(ok) && ok.startsWith('ok.') ? h`<p class="notice" role="status">${t(ok, params)}</p>` : ''
  }`;
}

/** A library mistake, in the dashboard's language where it has one, as a flash. */
export function failure(err: unknown, lang: DashLang = 'id'): Flash {
  if (err instanceof BroadcastError)
    return { err: 'err.generic', detail: (lang === 'id' ? err.id : undefined) ?? err.message };
  if (err instanceof SegmentError) return { err: 'err.generic', detail: err.message };
  throw err;
}

// ---- pieces ----

const hidden = (pc: PageContext, fields: Record<string, string | number>) =>
  h`<input type="hidden" name="_csrf" value="${pc.csrf}">${Object.entries(fields).map(
    ([k, v]) => h`<input type="hidden" name="${k}" value="${String(v)}">`,
  )}`;

function counter(t: T, text: string): Safe {
  const c = smsCount(text);
  return h`<output class="count" data-count-for>${t('bc.count', { chars: c.chars, segments: c.segments, encoding: c.encoding })}</output>`;
}

/** A textarea with its live character and SMS-segment count (dashboard.js keeps it current). */
function textField(t: T, o: { name: string; label: string; value: string; required?: boolean; rows?: number }): Safe {
  return h`<label>${o.label} <textarea name="${o.name}" rows="${o.rows ?? 4}" maxlength="900" data-count
 data-label="${t('bc.count', { chars: '{chars}', segments: '{segments}', encoding: '{encoding}' })}"${o.required ? h` required` : ''}>${o.value}</textarea>${counter(t, o.value)}</label>`;
}

function checks(
  legend: string,
  name: string,
  items: { value: string; label: string }[],
  checked: readonly (string | number)[] = [],
): Safe {
  const on = new Set(checked.map(String));
  return h`<fieldset class="checks" data-segment="${name}"><legend>${legend}</legend>${items.map(
    (i) =>
      h`<label class="check"><input type="checkbox" name="${name}" value="${i.value}"${on.has(i.value) ? h` checked` : ''}> ${i.label}</label>`,
  )}</fieldset>`;
}

/** The segment's filters as form fields, the CLI's options one for one; `current` ticks what a broadcast has. */
function segmentFields(t: T, lang: DashLang, groups: GroupInfo[], current: Segment = {}): Safe {
  return h`${checks(
    t('bc.seg.kecamatan'),
    'kecamatan',
    REGION.kecamatan.map((k) => ({ value: k, label: k })),
    current.kecamatan,
  )}
  ${checks(
    t('bc.seg.product'),
    'product',
    PRODUCTS.map((p) => ({ value: p.code, label: lang === 'id' ? p.id : p.en })),
    current.product,
  )}
  ${
    groups.length
      ? checks(
          t('bc.seg.group'),
          'group',
          groups.map((g) => ({ value: String(g.id), label: `${g.name} (${g.members})` })),
          current.group,
        )
      : ''
  }
  ${checks(
    t('bc.seg.lang'),
    'lang',
    [
      { value: 'id', label: 'Bahasa Indonesia' },
      { value: 'en', label: 'English' },
    ],
    current.lang,
  )}
  ${checks(
    t('bc.seg.channel'),
    'channel',
    CHANNELS.map((c) => ({ value: c, label: c })),
    current.channel,
  )}
  ${checks(
    t('bc.seg.protection'),
    'protection',
    PROTECTION_VALUES.map((v) => ({ value: v, label: protectionLabel(v) })),
    current.protection,
  )}
  <label>${t('bc.seg.campaign')} <input name="campaign" maxlength="200" value="${current.campaign?.join(', ') ?? ''}"></label>
  <label>${t('bc.seg.active')} <input name="activeWithinDays" type="number" min="1" max="365" value="${current.activeWithinDays === undefined ? '' : String(current.activeWithinDays)}"></label>`;
}

/** The segment a form posted (validated later by the segment module, with a readable error). */
function segmentFromForm(form: Record<string, string>, all: Record<string, string[]>): Record<string, unknown> {
  const segment: Record<string, unknown> = {};
  for (const key of ['kecamatan', 'product', 'lang', 'channel', 'protection'] as const)
    if (all[key]?.length) segment[key] = all[key];
  if (all.group?.length) segment.group = all.group.map(Number);
  const campaigns = (form.campaign ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (campaigns.length) segment.campaign = campaigns;
  if (form.activeWithinDays) segment.activeWithinDays = Number(form.activeWithinDays);
  return segment;
}

const statusLabel = (t: T, s: string, cron?: string | null): string =>
  cron && s === 'scheduled' ? t('status.recurring') : isMsgKey(`status.${s}`) ? t(`status.${s}` as MsgKey) : s;

function protectionLabel(v: string): string {
  const [scheme, status] = v.split(':') as [string, string];
  return `${scheme === 'jkn' ? 'BPJS Kesehatan' : 'BPJS TK'}: ${status.replace(/_/g, ' ')}`;
}

/** The segment in the dashboard's language, e.g. "kecamatan Pare atau Gurah; pekerjaan: Jahit / pakaian". */
async function describeFor(pc: PageContext, segment: Segment): Promise<string> {
  const t = tr(pc);
  const lang = langOf(pc);
  const or = (v: readonly (string | number)[]) => v.join(t('seg.or'));
  const groupNames = segment.group?.length
    ? new Map((await listGroups(pc.db)).map((g) => [g.id, g.name] as const))
    : new Map<number, string>();
  const parts: string[] = [];
  if (segment.kecamatan) parts.push(t('seg.kecamatan', { v: or(segment.kecamatan) }));
  if (segment.product)
    parts.push(
      t('seg.product', {
        v: or(
          segment.product.map((c) => {
            const p = PRODUCTS.find((x) => x.code === c);
            return p ? (lang === 'id' ? p.id : p.en) : c;
          }),
        ),
      }),
    );
  if (segment.group) parts.push(t('seg.group', { v: or(segment.group.map((g) => groupNames.get(g) ?? `#${g}`)) }));
  if (segment.lang) parts.push(t('seg.lang', { v: or(segment.lang) }));
  if (segment.channel) parts.push(t('seg.channel', { v: or(segment.channel) }));
  if (segment.campaign) parts.push(t('seg.campaign', { v: or(segment.campaign) }));
  if (segment.protection) parts.push(t('seg.protection', { v: or(segment.protection.map(protectionLabel)) }));
  if (segment.activeWithinDays !== undefined) parts.push(t('seg.active', { n: segment.activeWithinDays }));
  return parts.length ? parts.join('; ') : t('seg.everyone');
}

// ---- the list and the new-broadcast form ----

async function listPage(pc: PageContext): Promise<Safe> {
  const t = tr(pc);
  const lang = langOf(pc);
  const list = await listBroadcasts(pc.db, 30);
  // A BPJS-status segment that reached fewer than k: no count is shown (item 16.5).
  const count = (b: { usesProtection: boolean; recipients: number | null }, n: number | null) =>
    n === null
      ? ''
      : b.usesProtection && b.recipients !== null && b.recipients > 0 && b.recipients < pc.k
        ? t('fewer', { k: pc.k })
        : formatNumber(lang, n);
  const sent = await sentCounts(
    pc.db,
    list.map((b) => b.id),
  );
  const groups = await listGroups(pc.db);
  const templates = await listTemplates(pc.db);
  const tplId = Number(pc.query.get('template'));
  const tpl = Number.isInteger(tplId) && tplId > 0 ? await getTemplate(pc.db, tplId) : null;
  return h`${flashOf(pc)}
<h2>${t('bc.list')}</h2>
${
  list.length
    ? h`<div class="table-scroll"><table class="list" id="broadcasts"><thead><tr><th>#</th><th>${t('bc.col.title')}</th><th>${t('bc.col.status')}</th><th>${t('bc.col.made')}</th><th>${t('bc.col.planned')}</th><th>${t('bc.col.recipients')}</th><th>${t('bc.col.sent')}</th></tr></thead>
<tbody>${list.map(
        (b) =>
          h`<tr><td>${b.id}</td><td><a href="/dashboard${ONE}?id=${String(b.id)}">${b.title}</a></td><td>${statusLabel(t, b.status, b.cron)}</td><td>${formatDateTime(b.createdAt)}</td><td>${b.scheduledFor ? formatDateTime(b.scheduledFor) : ''}</td><td>${count(b, b.recipients)}</td><td>${count(b, sent.get(b.id) ?? null)}</td></tr>`,
      )}</tbody></table></div>`
    : h`<p class="empty">${t('bc.none')}</p>`
}
<h2>${t('bc.new')}</h2>
${
  templates.length
    ? h`<form method="get" class="inline" id="template-pick"><label>${t('bc.fromTemplate')} <select name="template"><option value="">${t('bc.noTemplate')}</option>${templates.map(
        (x) => h`<option value="${String(x.id)}"${x.id === tpl?.id ? h` selected` : ''}>${x.name}</option>`,
      )}</select></label><button type="submit">${t('bc.useTemplate')}</button></form>`
    : ''
}
<form method="post" class="stack" id="new-broadcast">
  ${hidden(pc, { op: 'create' })}
  <label>${t('bc.title')} <input name="title" maxlength="80" value="${tpl?.name ?? ''}"></label>
  ${textField(t, { name: 'textId', label: t('bc.textId'), value: tpl?.textId ?? '', required: true })}
  ${textField(t, { name: 'textEn', label: t('bc.textEn'), value: tpl?.textEn ?? '', rows: 3 })}
  ${segmentFields(t, lang, groups)}
  <label>${t('bc.cron')} <input name="cron" maxlength="100" placeholder="0 9 * * 1#1"></label>
  <button type="submit">${t('bc.preview')}</button>
</form>`;
}

/** The NGO pages of broadcasts and groups, listed in src/app/dashboard.ts. */
export const broadcastPages: DashboardPage[] = [];

broadcastPages.push({
  path: LIST,
  title: 'Broadcasts',
  titles: { id: 'Siaran' },
  section: 'ngo',
  roles: NGO_ROLES,
  order: 10,
  render: (pc) => listPage(pc),
  async post(pc, form, all) {
    if (form.op !== 'create') return redirect(LIST, {});
    try {
      const segment = segmentFromForm(form, all);
      const b = await createBroadcast(
        pc.db,
        {
          title: form.title,
          textId: form.textId ?? '',
          textEn: form.textEn || null,
          segment,
          createdBy: pc.user.name,
          cron: form.cron || null,
        },
        pc.now,
        { quietHours: pc.quietHours },
      );
      await recordAudit(pc.db, pc.user, 'broadcast', { op: 'create', broadcastId: b.id }, pc.now);
      return redirect(ONE, { ok: 'ok.created', id: b.id });
    } catch (err) {
      return redirect(LIST, failure(err, langOf(pc)), pc);
    }
  },
});

// ---- one broadcast ----

/** A count as shown: "fewer than k" where it is hidden. */
const shown = (t: T, lang: DashLang, k: number, n: Count): string =>
  n === null ? t('fewer', { k }) : formatNumber(lang, n);

function previewSection(t: T, lang: DashLang, p: Preview): Safe {
  const n = (v: Count) => shown(t, lang, p.k, v);
  return h`<section id="preview" class="notice">
<h2>${t('bc.previewHead')}</h2>
<p>${
    p.recipients === null
      ? t('bc.reachFew', { k: p.k })
      : h`${t('bc.reach')} <strong id="recipients">${n(p.recipients)}</strong>`
  }</p>
<p>${
    p.excluded.optedOut === null && p.excluded.noConsent === null
      ? t('bc.leftFew', { k: p.k })
      : t('bc.left', {
          optedOut: n(p.excluded.optedOut),
          noConsent: n(p.excluded.noConsent),
          unreachable: n(p.excluded.unreachable),
        })
  }</p>
${
  p.recipients === null
    ? ''
    : h`<p>${t('bc.byChannel')}: ${Object.entries(p.byChannel)
        .map(([c, v]) => (v === null ? c : `${c} ${n(v)}`))
        .join(', ')}</p>`
}
${
  p.durationMs === null
    ? ''
    : h`<p id="duration">${p.durationMs > 0 ? t('bc.duration', { time: formatDuration(t, p.durationMs) }) : t('bc.durationNone')}</p>`
}
${p.onlyWhenTheyWrite ? h`<p class="note">${t('bc.waitingNote')}</p>` : ''}
</section>`;
}

function figuresSection(t: T, lang: DashLang, f: Figures, k: number, protectedSegment: boolean, live: boolean): Safe {
  // A BPJS-status segment that reached fewer than k: no figure is shown exactly.
  const small = protectedSegment && f.recipients > 0 && f.recipients < k;
  const n = (v: number) => (small && v > 0 ? t('fewer', { k }) : formatNumber(lang, v));
  const card = (id: string, label: MsgKey, v: number) =>
    h`<div class="card" data-figure="${id}"><span class="n">${n(v)}</span><span class="l">${t(label)}</span></div>`;
  const failures = REASON_CODES.filter((r) => r !== 'cancelled' && f.byReason[r] > 0);
  return h`<section id="figures" data-status="${f.status}"${live ? h` data-refresh="5000"` : ''}>
<h2>${t('bc.figures')}</h2>
<div class="cards">
${card('recipients', 'bc.f.recipients', f.recipients)}
${card('queued', 'bc.f.queued', f.pending)}
${card('sent', 'bc.f.sent', f.sent)}
${card('delivered', 'bc.f.delivered', f.delivered)}
${card('read', 'bc.f.read', f.read)}
${card('failed', 'bc.f.failed', f.failed + f.unreachable + f.stoppedBeforeSend)}
${f.waitingForWorker ? card('waiting-worker', 'bc.f.waitingWorker', f.waitingForWorker) : ''}
${f.cancelled ? card('withdrawn', 'bc.f.cancelled', f.cancelled) : ''}
${card('opted-out', 'bc.f.optedOut', f.optedOutSince)}
${card('replied', 'bc.f.replied', f.repliedWithin48h)}
</div>
${f.waitingForMorning && f.nextAt ? h`<p class="note">${t('bc.f.waitingMorning', { n: n(f.waitingForMorning), at: formatDateTime(f.nextAt) })}</p>` : ''}
<p class="note">${t('bc.receiptsNote')}</p>
${f.waitingForWorker ? h`<p class="note" id="waiting-note">${t('bc.waitingNote')}</p>` : ''}
${
  failures.length || f.stoppedBeforeSend
    ? h`<h3>${t('bc.failedBy')}</h3><ul id="failed-by">${[...failures].map(
        (r) => h`<li data-code="${r}"><code>${r}</code> ${t(`bc.reason.${r}` as MsgKey)}: ${n(f.byReason[r])}</li>`,
      )}</ul>`
    : ''
}
${live ? h`<p class="note">${t('bc.autoRefresh')}</p>` : ''}
</section>`;
}

/** A WIB time typed as staff write it, dd/mm/yyyy hh:mm (a browser's date picker follows its own locale). */
function dateTimeInput(t: T, name: string, label: string, value = ''): Safe {
  return h`<label>${label} <input name="${name}" value="${value}" required inputmode="numeric" maxlength="16" placeholder="${t('bc.atHint')}" autocomplete="off"></label>`;
}

async function onePage(pc: PageContext): Promise<Safe> {
  const t = tr(pc);
  const lang = langOf(pc);
  const id = Number(pc.query.get('id'));
  const b = Number.isInteger(id) && id > 0 ? await getBroadcast(pc.db, id).catch(() => null) : null;
  if (!b)
    return h`${flashOf(pc)}<p class="error">${t('err.noBroadcast')}</p><p><a href="/dashboard${LIST}">${t('bc.back')}</a></p>`;
  const texts = messageTexts(b);
  const segment = segmentOf(b);
  const protectedSegment = Boolean(segment.protection?.length);
  const waiting = b.status === 'draft' || b.status === 'scheduled';
  const preview = waiting ? await previewBroadcast(pc.db, b.id, pc.now, { k: pc.k, intervals: intervals() }) : null;
  const figures = b.status === 'draft' || b.cron ? null : await broadcastFigures(pc.db, b.id, pc.now);
  const replies = figures ? await broadcastReplies(pc.db, b.id, 50) : [];
  const runs = b.cron ? await listBroadcasts(pc.db, 24, { parentId: b.id }) : [];
  const groups = waiting ? await listGroups(pc.db) : [];
  const nextRun = b.cron && b.status === 'scheduled' ? await nextPlanRun(pc.db, b.id) : null;
  const live = figures !== null && (figures.status === 'sending' || figures.status === 'scheduled');
  const act = (op: string, label: string, extra?: Safe, cls = 'inline') =>
    h`<form method="post" class="${cls}" data-op="${op}">${hidden(pc, { op, id: b.id })}${extra ?? ''}<button type="submit"${op === 'cancel' ? h` class="danger"` : ''}>${label}</button></form>`;
  return h`${flashOf(pc)}
<p><a href="/dashboard${LIST}">${t('bc.back')}</a></p>
<h2 id="broadcast-title">#${b.id} ${b.title} <span class="role" id="broadcast-status">${statusLabel(t, figures?.status ?? b.status, b.cron)}</span></h2>
${b.parent_id ? h`<p class="note">${t('bc.planFrom')} <a href="/dashboard${ONE}?id=${String(b.parent_id)}">#${b.parent_id}</a></p>` : ''}
<section id="texts"><h3>${t('bc.texts')}</h3>
<p>Bahasa Indonesia</p><p class="text" lang="id">${texts.id}</p>${counter(t, texts.id)}
<p>English</p><p class="text" lang="en">${texts.en}</p>${counter(t, texts.en)}
</section>
<section id="segment"><h3>${t('bc.segment')}</h3><p>${await describeFor(pc, segment)}</p></section>
<section id="schedule"><h3>${t('bc.schedule')}</h3>
<p>${
    b.cron
      ? t('bc.recurring', { cron: b.cron, next: nextRun ? `${formatDateTime(nextRun)} WIB` : '-' })
      : b.scheduled_for
        ? t('bc.scheduledFor', { at: formatDateTime(b.scheduled_for) })
        : t('bc.notScheduled')
  }</p>
<p>${b.quiet_hours ? t('bc.quiet', { hours: b.quiet_hours }) : t('bc.noQuiet')}</p></section>
${preview ? previewSection(t, lang, preview) : ''}
${
  waiting
    ? h`<section id="actions">
${
  b.cron
    ? b.status === 'draft'
      ? act('send', t('bc.startRecurring'))
      : ''
    : h`${b.status === 'draft' ? act('send', t('bc.sendNow')) : ''}${act(
        'schedule',
        b.status === 'scheduled' ? t('bc.reschedule') : t('bc.schedule.button'),
        dateTimeInput(t, 'at', t('bc.sendAt'), b.scheduled_for ? formatDateTime(b.scheduled_for) : ''),
      )}`
}
${act('cancel', b.status === 'draft' ? t('bc.discard') : t('bc.cancel'))}
<details id="edit"><summary>${t('bc.edit')}</summary>
<form method="post" class="stack" data-op="edit">${hidden(pc, { op: 'edit', id: b.id })}
<label>${t('bc.title')} <input name="title" maxlength="80" value="${b.title}"></label>
${textField(t, { name: 'textId', label: t('bc.textId'), value: b.text_id, required: true })}
${textField(t, { name: 'textEn', label: t('bc.textEn'), value: b.text_en ?? '', rows: 3 })}
${segmentFields(t, lang, groups, segment)}
<button type="submit">${t('bc.save')}</button></form></details>
<details id="test"><summary>${t('bc.testSend')}</summary>
${act(
  'test',
  t('bc.testSend'),
  h`<label>${t('bc.testChannel')} <select name="channel">${CHANNELS.map((c) => h`<option value="${c}">${c}</option>`)}</select></label><label>${t('bc.testAddress')} <input name="address" maxlength="100" required></label>`,
  'stack',
)}</details>
<details id="save-template"><summary>${t('bc.saveTemplate')}</summary>
${act('template', t('tpl.save'), h`<label>${t('bc.templateName')} <input name="name" maxlength="80" required value="${b.title}"></label>`, 'stack')}
</details>
</section>`
    : b.status === 'sending'
      ? h`<section id="actions">${act('cancel', t('bc.cancel'))}</section>`
      : ''
}
${figures ? figuresSection(t, lang, figures, pc.k, protectedSegment, live) : ''}
${
  figures
    ? h`<section id="replies"><h3>${t('bc.replies')}</h3>${
        replies.length
          ? h`<ul class="replies">${replies.map((r) => h`<li><span class="note">${formatDateTime(r.at)}</span> <span class="text">${r.text}</span></li>`)}</ul>`
          : h`<p class="empty">${t('bc.noReplies')}</p>`
      }</section>`
    : ''
}
${
  runs.length
    ? h`<section id="runs"><h3>${t('bc.runs')}</h3><ul>${runs.map(
        (r) =>
          h`<li><a href="/dashboard${ONE}?id=${String(r.id)}">#${r.id}</a> ${formatDateTime(r.createdAt)} · ${statusLabel(t, r.status)} · ${
            r.usesProtection && r.recipients !== null && r.recipients > 0 && r.recipients < pc.k
              ? t('fewer', { k: pc.k })
              : formatNumber(lang, r.recipients ?? 0)
          }</li>`,
      )}</ul></section>`
    : ''
}`;
}

/** "05/12/2026 09:00" (or 09.00) as WIB wall time; null when it is no real date and time. */
export function wibInput(v: string): Date | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2})[:.](\d{2})$/.exec(v.trim());
  if (!m) return null;
  const [day, month, year, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const d = new Date(Date.UTC(year, month - 1, day, hour - 7, minute));
  // 31/02 would roll over into March: refused.
  const wall = new Date(d.getTime() + 7 * 3600_000);
  return wall.getUTCDate() === day && wall.getUTCMonth() === month - 1 ? d : null;
}

broadcastPages.push({
  path: ONE,
  title: 'Broadcast',
  titles: { id: 'Siaran' },
  menu: false,
  section: 'ngo',
  roles: NGO_ROLES,
  order: 11,
  render: (pc) => onePage(pc),
  async post(pc, form, all) {
    const id = /^\d{1,9}$/.test(form.id ?? '') ? Number(form.id) : null;
    if (id === null) return redirect(LIST, { err: 'err.choose' });
    const back = (f: Flash) => redirect(ONE, { id, ...f }, pc);
    try {
      switch (form.op) {
        case 'send':
        case 'schedule': {
          let at: Date | undefined;
          if (form.op === 'schedule') {
            const d = wibInput(form.at ?? '');
            if (!d || d.getTime() <= pc.now.getTime()) return back({ err: 'err.future' });
            at = d;
          }
          const r = await sendBroadcast(pc.db, id, { at }, pc.now);
          await recordAudit(
            pc.db,
            pc.user,
            'broadcast',
            { op: r.status === 'sending' ? 'send' : 'schedule', broadcastId: id, ...r },
            pc.now,
          );
          if (r.status === 'sending') {
            for (const c of await broadcastChannels(pc.db, id)) pc.notifyOutbox?.(c);
            return back({ ok: 'ok.sending', n: r.recipients });
          }
          return back(r.status === 'scheduled' ? { ok: 'ok.scheduled', at: r.at } : { ok: 'ok.recurring', at: r.next });
        }
        case 'cancel': {
          const withdrawn = await cancelBroadcast(pc.db, id, pc.now);
          await recordAudit(pc.db, pc.user, 'broadcast', { op: 'cancel', broadcastId: id, withdrawn }, pc.now);
          return back({ ok: 'ok.cancelled' });
        }
        case 'edit': {
          await updateBroadcast(
            pc.db,
            id,
            {
              title: form.title ?? '',
              textId: form.textId ?? '',
              textEn: form.textEn ?? null,
              segment: segmentFromForm(form, all),
            },
            pc.now,
          );
          await recordAudit(pc.db, pc.user, 'broadcast', { op: 'edit', broadcastId: id }, pc.now);
          return back({ ok: 'ok.edited' });
        }
        case 'test': {
          const channel = (CHANNELS as readonly string[]).includes(form.channel ?? '') ? form.channel! : null;
          if (!channel || !form.address?.trim()) return back({ err: 'err.testAddress' });
          const n = await testSend(pc.db, id, { channel, address: form.address }, pc.now);
          // The staff member's own address stays out of the audit log: only the channel is kept.
          await recordAudit(pc.db, pc.user, 'broadcast', { op: 'test', broadcastId: id, channel, messages: n }, pc.now);
          pc.notifyOutbox?.(channel);
          return back({ ok: 'ok.testSent' });
        }
        case 'template': {
          const b = await getBroadcast(pc.db, id);
          await saveTemplate(
            pc.db,
            { name: form.name ?? '', textId: b.text_id, textEn: b.text_en, by: pc.user.name },
            pc.now,
          );
          return back({ ok: 'ok.template' });
        }
        default:
          return back({});
      }
    } catch (err) {
      return back(failure(err, langOf(pc)));
    }
  },
});

// ---- templates ----

async function templatesPage(pc: PageContext): Promise<Safe> {
  const t = tr(pc);
  const templates = await listTemplates(pc.db);
  return h`${flashOf(pc)}
${
  templates.length
    ? h`<div id="templates">${templates.map(
        (x) => h`<article class="question" data-template="${x.name}"><div class="meta"><strong>${x.name}</strong>
<a href="/dashboard${LIST}?template=${String(x.id)}">${t('bc.new')}</a></div>
<p class="text" lang="id">${x.textId}</p>${x.textEn ? h`<p class="text" lang="en">${x.textEn}</p>` : ''}
<form method="post" class="inline">${hidden(pc, { op: 'delete', id: x.id })}<button type="submit">${t('tpl.delete')}</button></form></article>`,
      )}</div>`
    : h`<p class="empty">${t('tpl.none')}</p>`
}
<h2>${t('tpl.new')}</h2>
<form method="post" class="stack" id="new-template">${hidden(pc, { op: 'save' })}
<label>${t('tpl.name')} <input name="name" maxlength="80" required></label>
${textField(t, { name: 'textId', label: t('bc.textId'), value: '', required: true })}
${textField(t, { name: 'textEn', label: t('bc.textEn'), value: '', rows: 3 })}
<button type="submit">${t('tpl.save')}</button></form>`;
}

broadcastPages.push({
  path: '/ngo/templates',
  title: 'Templates',
  titles: { id: 'Templat' },
  section: 'ngo',
  roles: NGO_ROLES,
  order: 15,
  render: (pc) => templatesPage(pc),
  async post(pc, form) {
    try {
      if (form.op === 'delete' && /^\d{1,9}$/.test(form.id ?? '')) {
        await deleteTemplate(pc.db, Number(form.id));
        return redirect('/ngo/templates', { ok: 'ok.templateDeleted' });
      }
      await saveTemplate(
        pc.db,
        { name: form.name ?? '', textId: form.textId ?? '', textEn: form.textEn || null, by: pc.user.name },
        pc.now,
      );
      return redirect('/ngo/templates', { ok: 'ok.template' });
    } catch (err) {
      return redirect('/ngo/templates', failure(err, langOf(pc)), pc);
    }
  },
});

// ---- groups ----

async function groupsPage(pc: PageContext): Promise<Safe> {
  const t = tr(pc);
  const groups = await listGroups(pc.db);
  return h`${flashOf(pc)}
<p>${t('grp.intro')}</p>
${
  groups.length
    ? h`<div class="table-scroll"><table class="list" id="groups"><thead><tr><th>${t('grp.col.group')}</th><th>${t('grp.col.code')}</th><th>${t('grp.col.members')}</th></tr></thead>
<tbody>${groups.map((g) => h`<tr><td>${g.name}</td><td>${g.joinCode ?? ''}</td><td>${g.members}</td></tr>`)}</tbody></table></div>`
    : h`<p class="empty">${t('grp.none')}</p>`
}
<h2>${t('grp.new')}</h2>
<form method="post" class="stack">${hidden(pc, {})}
<label>${t('grp.name')} <input name="name" required maxlength="80"></label>
<label>${t('grp.code')} <input name="code" maxlength="20"></label>
<button type="submit">${t('grp.make')}</button></form>`;
}

broadcastPages.push({
  path: '/ngo/groups',
  title: 'Groups',
  titles: { id: 'Kelompok' },
  section: 'ngo',
  roles: NGO_ROLES,
  order: 20,
  render: (pc) => groupsPage(pc),
  async post(pc, form) {
    try {
      const g = await createGroup(pc.db, form.name ?? '', form.code || null, pc.now);
      await recordAudit(pc.db, pc.user, 'group_create', { groupId: g.id }, pc.now);
      return redirect('/ngo/groups', { ok: 'ok.group' });
    } catch (err) {
      return redirect('/ngo/groups', failure(err, langOf(pc)), pc);
    }
  },
});
