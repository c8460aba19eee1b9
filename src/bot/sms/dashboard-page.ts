// The NGO's view of what SMS cost: messages and segments handed to the gateway
// per WIB day, with the phone's delivered and failed reports. Counts only: no
// number, no text.
import { h } from '../../web/dashboard/html.ts';
import { type DashboardPage, NGO_ROLES } from '../../web/dashboard/pages.ts';
import { smsUsage } from './usage.ts';

export const SMS_PAGE = '/ngo/sms';

/** The NGO's page of SMS figures, listed in src/app/dashboard.ts. */
export const smsPages: DashboardPage[] = [];

smsPages.push({
  path: SMS_PAGE,
  title: 'SMS',
  section: 'ngo',
  roles: NGO_ROLES,
  order: 40,
  async render(pc) {
    const days = await smsUsage(pc.db, { days: 14, now: pc.now });
    const id = pc.lang !== 'en';
    const total = days.reduce((n, d) => n + d.segments, 0);
    const head = id ? ['Hari', 'SMS', 'Segmen', 'Sampai', 'Gagal'] : ['Day', 'SMS', 'Segments', 'Delivered', 'Failed'];
    return h`<p id="sms-total">${
      id ? `Segmen SMS 14 hari terakhir: ${total}` : `SMS segments in the last 14 days: ${total}`
    }</p>
<div class="table-scroll"><table class="list" id="sms-days">
<thead><tr>${head.map((x) => h`<th>${x}</th>`)}</tr></thead>
<tbody>${[...days]
      .reverse()
      .map(
        (d) =>
          h`<tr><td>${d.day}</td><td>${String(d.messages)}</td><td>${String(d.segments)}</td><td>${String(d.delivered)}</td><td>${String(d.failed)}</td></tr>`,
      )}</tbody></table></div>`;
  },
});
