// Admin pages: the audit log, the tokens (make, revoke) and the service's health in detail.

import { listAudit, recordAudit } from '../../access/audit.ts';
import { createToken, isRole, listTokens, ROLES, revokeToken } from '../../access/tokens.ts';
import { wibDateTime } from '../../core/time.ts';
import type { AccessRole } from '../../db/schema.ts';
import { serviceHealth } from '../health.ts';
import { h, type Safe } from './html.ts';
import { translator } from './i18n.ts';
import { ADMIN_ROLES, type DashboardPage, type PageContext } from './pages.ts';

const ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'export',
  'broadcast',
  'token_create',
  'token_revoke',
  'tanya_answer',
  'tanya_close',
  'tanya_assign',
  'whatsapp_reconnect',
];

function when(iso: string | null): string {
  return iso ? wibDateTime(new Date(iso)) : '–';
}

/** The admin pages: tokens, audit log, settings, listed in src/app/dashboard.ts. */
export const adminPages: DashboardPage[] = [];

adminPages.push({
  path: '/admin/audit',
  title: 'Audit log',
  section: 'admin',
  roles: ADMIN_ROLES,
  order: 10,
  async render({ db, query, lang }) {
    const t = translator(lang ?? 'en');
    const action = query.get('action') ?? '';
    const entries = await listAudit(db, { action: ACTIONS.includes(action) ? action : undefined, limit: 500 });
    return h`<p>${t('adm.auditIntro')}</p>
<form method="get" class="filters">
  <label>${t('adm.action')} <select name="action"><option value="">${t('adm.all')}</option>${ACTIONS.map(
    (a) => h`<option${a === action ? h` selected` : ''}>${a}</option>`,
  )}</select></label>
  <button type="submit">${t('adm.show')}</button>
</form>
<div class="table-scroll"><table class="list" id="audit">
<thead><tr><th>${t('adm.when')}</th><th>${t('adm.who')}</th><th>${t('adm.role')}</th><th>${t('adm.action')}</th><th>${t('adm.detail')}</th></tr></thead>
<tbody>${entries.map(
      (e) =>
        h`<tr><td>${when(e.at)}</td><td>${e.actor}</td><td>${e.role ?? ''}</td><td>${e.action}</td><td><code>${
          Object.keys(e.detail).length ? JSON.stringify(e.detail) : ''
        }</code></td></tr>`,
    )}</tbody></table></div>${entries.length ? '' : h`<p class="empty">${t('adm.nothing')}</p>`}`;
  },
});

adminPages.push({
  path: '/admin/tokens',
  title: 'Tokens',
  section: 'admin',
  roles: ADMIN_ROLES,
  order: 20,
  render: (pc) => tokensPage(pc),
  async post(pc, form) {
    const { db, user, now } = pc;
    if (form.revoke && /^\d+$/.test(form.revoke)) {
      for (const t of await revokeToken(db, form.revoke, now))
        await recordAudit(db, user, 'token_revoke', { tokenId: t.id, name: t.name }, now);
      return '/admin/tokens';
    }
    const name = (form.name ?? '').trim();
    const role = form.role ?? '';
    if (!name || name.length > 100 || !isRole(role)) return '/admin/tokens';
    const t = await createToken(db, { name, role: role as AccessRole, now });
    await recordAudit(db, user, 'token_create', { tokenId: t.id, name, role }, now);
    // Shown in this response only: never in a URL, never stored.
    return tokensPage(pc, t.token);
  },
});

async function tokensPage({ db, csrf, lang }: PageContext, made?: string): Promise<Safe> {
  const t = translator(lang ?? 'en');
  const tr = t;
  const tokens = await listTokens(db);
  return h`${
    made
      ? h`<div class="notice" role="status"><p>${t('adm.newToken')}</p><p><code id="new-token">${made}</code></p></div>`
      : ''
  }
<div class="table-scroll"><table class="list" id="tokens">
<thead><tr><th>#</th><th>${t('adm.name')}</th><th>${t('adm.role')}</th><th>${t('adm.made')}</th><th>${t('adm.lastUsed')}</th><th></th></tr></thead>
<tbody>${tokens.map(
    (t) =>
      h`<tr><td>${t.id}</td><td>${t.name}</td><td>${t.role}</td><td>${when(t.createdAt)}</td><td>${when(t.lastUsedAt)}</td><td>${
        t.revokedAt
          ? h`${tr('adm.revoked', { at: when(t.revokedAt) })}`
          : h`<form method="post"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="revoke" value="${String(t.id)}"><button type="submit">${tr('adm.revoke')}</button></form>`
      }</td></tr>`,
  )}</tbody></table></div>
<h2>${t('adm.makeToken')}</h2>
<form method="post" class="stack">
  <input type="hidden" name="_csrf" value="${csrf}">
  <label>${t('adm.name')} <input name="name" required maxlength="100" placeholder="Dr Sari (university)"></label>
  <label>${t('adm.role')} <select name="role">${ROLES.map((r) => h`<option>${r}</option>`)}</select></label>
  <button type="submit">${t('adm.make')}</button>
</form>`;
}

adminPages.push({
  path: '/admin/health',
  title: 'Health',
  section: 'admin',
  roles: ADMIN_ROLES,
  order: 30,
  async render({ lang }) {
    const t = translator(lang ?? 'en');
    // The details /healthz keeps from the public: paths, webhook URLs, errors, counts.
    const report = serviceHealth();
    if (!report) return h`<p class="empty">${t('adm.healthUnknown')}</p>`;
    const r = await report();
    return h`<p id="health-status">${r.ok ? 'ok' : 'not ok'}</p>
<div class="table-scroll"><table class="list" id="health">
<thead><tr><th>${t('adm.part')}</th><th>${t('adm.state')}</th></tr></thead>
<tbody><tr><td>database</td><td><code>${JSON.stringify(r.database)}</code></td></tr>${Object.entries(r.channels).map(
      ([name, v]) => h`<tr><td>${name}</td><td><code>${JSON.stringify(v)}</code></td></tr>`,
    )}</tbody></table></div>`;
  },
});
