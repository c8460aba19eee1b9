// Pages owned by other areas (broadcasts, groups). They show
// a short note until the area registers the real page at the same path.
import { h } from './html.ts';
import { NGO_ROLES, registerDashboardPage } from './pages.ts';

const soon = (what: string) => async () =>
  h`<p class="empty">${what} will appear here once that part of Upahku is installed.</p>`;

registerDashboardPage({
  path: '/ngo/broadcasts',
  title: 'Broadcasts',
  section: 'ngo',
  roles: NGO_ROLES,
  order: 10,
  placeholder: true,
  render: soon('Broadcasts to opted-in workers, with delivery and opt-out figures,'),
});

registerDashboardPage({
  path: '/ngo/groups',
  title: 'Groups',
  section: 'ngo',
  roles: NGO_ROLES,
  order: 20,
  placeholder: true,
  render: soon('Worker groups (by kecamatan, product or protection status)'),
});
