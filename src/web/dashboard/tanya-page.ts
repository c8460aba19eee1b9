// The TANYA inbox: questions workers sent for the NGO's staff, answered from
// here (the answer goes back to her through the outbox). Workers appear under
// their research pseudonym, never by name or number; their words are shown as
// text, never as markup.
import { wibDateTime } from '../../core/time.ts';
import { answerQuestion, MAX_ANSWER, openQuestions, QuestionError } from '../../db/questions.ts';
import { recordAudit } from '../../research/audit.ts';
import { keyedPseudonymizer } from '../../research/datasets.ts';
import { h, type Safe } from './html.ts';
import { NGO_ROLES, type PageContext, registerDashboardPage } from './pages.ts';

async function inbox(pc: PageContext, message?: { error?: string; done?: string }): Promise<Safe> {
  const open = await openQuestions(pc.db, 200);
  const answered = await pc.db
    .selectFrom('questions')
    .select(['id', 'text', 'answer', 'answered_by', 'answered_at'])
    .where('answered_at', 'is not', null)
    .orderBy('answered_at', 'desc')
    .limit(20)
    .execute();
  const who = pc.pseudonymSecret ? keyedPseudonymizer(pc.pseudonymSecret) : null;
  return h`${message?.error ? h`<p class="error" role="alert">${message.error}</p>` : ''}
${message?.done ? h`<p class="notice" role="status">${message.done}</p>` : ''}
<p>Open questions, oldest first (times in WIB). An answer of at most ${MAX_ANSWER} characters goes back to her in the chat.</p>
${
  open.length
    ? h`<div id="questions">${open.map(
        (q) => h`<article class="question">
<div class="meta"><span>#${q.id}</span><span>${wibDateTime(new Date(q.askedAt))}</span><span>${who ? who.worker(q.workerId) : ''}</span><span>${q.context}</span></div>
<p class="text">${q.text}</p>
<form method="post" class="stack"><input type="hidden" name="_csrf" value="${pc.csrf}"><input type="hidden" name="question" value="${String(q.id)}">
<textarea name="answer" rows="3" maxlength="${MAX_ANSWER}" required aria-label="Answer to question ${String(q.id)}"></textarea>
<button type="submit">Send answer</button></form></article>`,
      )}</div>`
    : h`<p class="empty">No open questions.</p>`
}
<h2>Answered recently</h2>
${
  answered.length
    ? h`<div class="table-scroll"><table class="list" id="answered"><thead><tr><th>#</th><th>Question</th><th>Answer</th><th>By</th><th>When</th></tr></thead>
<tbody>${answered.map(
        (a) =>
          h`<tr><td>${a.id}</td><td>${a.text}</td><td>${a.answer ?? ''}</td><td>${a.answered_by ?? ''}</td><td>${a.answered_at ? wibDateTime(new Date(a.answered_at)) : ''}</td></tr>`,
      )}</tbody></table></div>`
    : h`<p class="empty">None yet.</p>`
}`;
}

registerDashboardPage({
  path: '/ngo/tanya',
  title: 'TANYA inbox',
  section: 'ngo',
  roles: NGO_ROLES,
  order: 30,
  render: (pc) => inbox(pc),
  async post(pc, form) {
    const id = /^\d+$/.test(form.question ?? '') ? Number(form.question) : null;
    if (id === null) return inbox(pc, { error: 'Choose a question to answer.' });
    try {
      const r = await answerQuestion(pc.db, {
        questionId: id,
        answer: form.answer ?? '',
        answeredBy: pc.user.name,
        now: pc.now,
      });
      await recordAudit(pc.db, pc.user, 'tanya_answer', { questionId: id, sent: r.outboxId !== null }, pc.now);
      return inbox(pc, {
        done:
          r.outboxId !== null
            ? `Answer to question ${id} sent.`
            : `Answer to question ${id} stored; no channel reaches her now.`,
      });
    } catch (err) {
      if (err instanceof QuestionError) return inbox(pc, { error: err.message });
      throw err;
    }
  },
});
