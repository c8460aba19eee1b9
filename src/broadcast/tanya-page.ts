// The TANYA inbox: questions workers sent for the NGO's staff, with what helps
// answer them (her language, kecamatan, work, latest BPJS answers, her earlier
// questions) and no more: she appears under an inbox reference that is random
// and joins to nothing in research output, never a name, a number or her
// research pseudonym. Her words are shown as text, never as markup. Staff
// answer (from a canned answer they may edit, to several identical questions
// at once), close, assign and label; every form redirects (post/redirect/get).

import { recordAudit } from '../access/audit.ts';
import { PRODUCTS } from '../content/products.ts';
import {
  assignQuestion,
  cannedAnswers,
  closeQuestion,
  type InboxView,
  inboxFigures,
  inboxQuestions,
  MAX_ANSWER,
  QuestionError,
  saveCannedAnswer,
  setLabels,
} from '../db/questions.ts';
import { h, type Safe } from '../web/dashboard/html.ts';
import { formatDateTime, formatNumber, type T, translator } from '../web/dashboard/i18n.ts';
import { type DashboardPage, NGO_ROLES, type PageContext } from '../web/dashboard/pages.ts';
import { answerQuestions } from './answers.ts';
import { type Flash, flashOf, redirect } from './dashboard-pages.ts';

const PATH = '/ngo/tanya';
const VIEWS: readonly InboxView[] = ['open', 'mine', 'closed'];

function waited(t: T, ms: number | null): string {
  if (ms === null) return '-';
  const min = Math.round(ms / 60_000);
  if (min < 60) return t('q.minutes', { n: min });
  const hours = Math.round(min / 60);
  return hours < 48 ? t('q.hours', { n: hours }) : t('q.days', { n: Math.round(hours / 24) });
}

async function staffNames(pc: PageContext): Promise<string[]> {
  const rows = await pc.db
    .selectFrom('access_tokens')
    .select('name')
    .where('revoked_at', 'is', null)
    .where('role', 'in', ['admin', 'ngo'])
    .orderBy('name')
    .execute();
  return [...new Set(rows.map((r) => r.name))];
}

async function inbox(pc: PageContext): Promise<Safe> {
  const lang = pc.lang ?? 'id';
  const t = translator(lang);
  const view = (VIEWS as readonly string[]).includes(pc.query.get('view') ?? '')
    ? (pc.query.get('view') as InboxView)
    : 'open';
  const label = pc.query.get('label')?.slice(0, 30) ?? '';
  const [questions, figures, canned, staff] = await Promise.all([
    inboxQuestions(pc.db, { view, me: pc.user.name, label }),
    inboxFigures(pc.db),
    cannedAnswers(pc.db),
    staffNames(pc),
  ]);
  const product = (code: string | null) => {
    const p = PRODUCTS.find((x) => x.code === code);
    return p ? (lang === 'id' ? p.id : p.en) : '-';
  };
  const postForm = (op: string, id: number, inner: Safe, button: string, cls = 'inline') =>
    h`<form method="post" class="${cls}" data-op="${op}"><input type="hidden" name="_csrf" value="${pc.csrf}"><input type="hidden" name="op" value="${op}"><input type="hidden" name="question" value="${String(id)}">${inner}<button type="submit">${button}</button></form>`;
  return h`${flashOf(pc)}
<div class="cards" id="inbox-figures">
<div class="card" data-figure="open"><span class="n">${formatNumber(lang, figures.open)}</span><span class="l">${t('q.figures.open')}</span></div>
<div class="card" data-figure="answered"><span class="n">${formatNumber(lang, figures.answered)}</span><span class="l">${t('q.figures.answered')}</span></div>
<div class="card" data-figure="median"><span class="n">${waited(t, figures.medianAnswerMs)}</span><span class="l">${t('q.figures.median')}</span></div>
</div>
<p>${t('q.intro', { max: MAX_ANSWER })}</p>
<form method="get" class="filters" id="inbox-filter">
<label>${t('q.filter')} <select name="view">${VIEWS.map(
    (v) =>
      h`<option value="${v}"${v === view ? h` selected` : ''}>${t(v === 'open' ? 'q.filter.open' : v === 'mine' ? 'q.filter.mine' : 'q.filter.closed')}</option>`,
  )}</select></label>
<label>${t('q.filter.label')} <input name="label" value="${label}" maxlength="30"></label>
<button type="submit">${t('q.filter.go')}</button></form>
${
  questions.length
    ? h`<div id="questions">${questions.map((q) => {
        const open = !q.answeredAt && !q.closedAt;
        return h`<article class="question" data-id="${String(q.id)}">
<div class="meta"><span>#${q.id}</span><span>${formatDateTime(q.askedAt)}</span><span class="ref">${q.ref}</span><span>${q.context}</span>${
          q.assignedTo ? h`<span class="assigned">${t('q.assigned', { who: q.assignedTo })}</span>` : ''
        }${q.labels.map((l) => h`<span class="role label">${l}</span>`)}</div>
<p class="text">${q.text}</p>
<dl class="context"><dt>${t('q.ctx.lang')}</dt><dd>${q.lang === 'en' ? 'English' : 'Bahasa Indonesia'}</dd><dt>${t('q.ctx.kecamatan')}</dt><dd>${q.kecamatan ?? '-'}</dd><dt>${t('q.ctx.product')}</dt><dd>${product(q.product)}</dd><dt>${t('q.ctx.bpjs')}</dt><dd>JKN ${q.bpjs.jkn ?? '-'} · TK ${q.bpjs.bpjs_tk ?? '-'}</dd></dl>
${
  q.earlier.length
    ? h`<details class="earlier"><summary>${t('q.ctx.earlier')} (${q.earlier.length})</summary><ul>${q.earlier.map(
        (e) =>
          h`<li><span class="note">${formatDateTime(e.askedAt)}</span> <span class="text">${e.text}</span> → <span class="text">${e.answer ?? t('q.ctx.noAnswer')}</span></li>`,
      )}</ul></details>`
    : ''
}
${
  open
    ? h`${postForm(
        'answer',
        q.id,
        h`${
          canned.length
            ? h`<label>${t('q.canned')} <select data-fill="answer-${String(q.id)}"><option value="">${t('q.pick')}</option>${canned.map(
                (c) => h`<option value="${String(c.id)}" data-text="${c.text}">${c.title}</option>`,
              )}</select></label>`
            : ''
        }<textarea id="answer-${String(q.id)}" name="answer" rows="3" maxlength="${MAX_ANSWER}" required aria-label="${t('q.answerTo', { id: q.id })}"></textarea>${
          q.same.length
            ? h`<fieldset class="checks same"><legend>${t('q.same', { refs: q.same.map((x) => x.ref).join(', ') })}</legend>${q.same.map(
                (x) =>
                  h`<label class="check"><input type="checkbox" name="also" value="${String(x.id)}" checked> #${x.id} ${x.ref}</label>`,
              )}</fieldset>`
            : ''
        }`,
        t('q.send'),
        'stack',
      )}
<div class="question-tools">
${postForm(
  'assign',
  q.id,
  h`<label>${t('q.assign')} <select name="to"><option value="">${t('q.nobody')}</option>${staff.map(
    (s) => h`<option value="${s}"${s === q.assignedTo ? h` selected` : ''}>${s}</option>`,
  )}</select></label>`,
  'OK',
)}
${postForm('labels', q.id, h`<label>${t('q.labels')} <input name="labels" maxlength="160" value="${q.labels.join(', ')}"></label>`, t('q.saveLabels'))}
${postForm('close', q.id, h``, t('q.close'), 'inline danger')}
</div>`
    : h`<p class="answer">${
        q.answer
          ? h`<span class="note">${t('q.answeredBy', { who: q.answeredBy ?? '' })} · ${q.answeredAt ? formatDateTime(q.answeredAt) : ''}</span><br><span class="text">${q.answer}</span>`
          : h`<span class="note">${t('q.closed')} · ${q.closedAt ? formatDateTime(q.closedAt) : ''}</span>`
      }</p>`
}
</article>`;
      })}</div>`
    : h`<p class="empty">${t('q.none')}</p>`
}
<h2>${t('q.cannedList')}</h2>
${canned.length ? h`<ul id="canned">${canned.map((c) => h`<li><strong>${c.title}</strong>: <span class="text">${c.text}</span></li>`)}</ul>` : ''}
<form method="post" class="stack" id="new-canned"><input type="hidden" name="_csrf" value="${pc.csrf}"><input type="hidden" name="op" value="canned">
<label>${t('q.cannedTitle')} <input name="title" maxlength="80" required></label>
<label>${t('q.cannedText')} <textarea name="text" rows="3" maxlength="${MAX_ANSWER}" required></textarea></label>
<button type="submit">${t('q.cannedSave')}</button></form>`;
}

/** The TANYA inbox, listed in src/app/dashboard.ts. */
export const tanyaPages: DashboardPage[] = [];

tanyaPages.push({
  path: PATH,
  title: 'TANYA inbox',
  titles: { id: 'Kotak TANYA' },
  section: 'ngo',
  roles: NGO_ROLES,
  order: 30,
  render: (pc) => inbox(pc),
  async post(pc, form, all) {
    const back = (f: Flash) => redirect(PATH, f, pc);
    try {
      if (form.op === 'canned') {
        await saveCannedAnswer(pc.db, { title: form.title ?? '', text: form.text ?? '', by: pc.user.name }, pc.now);
        return back({ ok: 'ok.canned' });
      }
      const id = /^\d{1,9}$/.test(form.question ?? '') ? Number(form.question) : null;
      if (id === null) return back({ err: 'err.question' });
      switch (form.op) {
        case 'close':
          await closeQuestion(pc.db, id, pc.user.name, pc.now);
          await recordAudit(pc.db, pc.user, 'tanya_close', { questionId: id }, pc.now);
          return back({ ok: 'ok.closed', id });
        case 'assign':
          await assignQuestion(pc.db, id, form.to ?? null);
          await recordAudit(pc.db, pc.user, 'tanya_assign', { questionId: id, to: form.to || null }, pc.now);
          return back({ ok: 'ok.assigned', id });
        case 'labels':
          await setLabels(pc.db, id, form.labels ?? '');
          return back({ ok: 'ok.labels', id });
        default: {
          const also = (all.also ?? []).filter((v) => /^\d{1,9}$/.test(v)).map(Number);
          const r = await answerQuestions(pc.db, {
            questionIds: [id, ...also],
            answer: form.answer ?? '',
            answeredBy: pc.user.name,
            now: pc.now,
          });
          await recordAudit(pc.db, pc.user, 'tanya_answer', { questionId: id, also, sent: r.queued }, pc.now);
          for (const c of ['telegram', 'whatsapp', 'sms']) pc.notifyOutbox?.(c);
          if (r.answered > 1) return back({ ok: 'ok.answeredMany', n: r.answered });
          return back(r.queued ? { ok: 'ok.answered', id } : { ok: 'ok.stored', id });
        }
      }
    } catch (err) {
      if (err instanceof QuestionError)
        return back({ err: 'err.generic', detail: (pc.lang !== 'en' ? err.id : undefined) ?? err.message });
      throw err;
    }
  },
});
