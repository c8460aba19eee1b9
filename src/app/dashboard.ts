// The dashboard: every page and download it serves, from the areas that own
// them, and the runtime that mounts it at /dashboard. A new page is one more
// entry here.
import { smsPages } from '../bot/sms/dashboard-page.ts';
import { whatsAppPages } from '../bot/whatsapp/admin.ts';
import { broadcastPages } from '../broadcast/dashboard-pages.ts';
import { tanyaPages } from '../broadcast/tanya-page.ts';
import { researchDownload, researchPages } from '../research/pages.ts';
import { resolvePseudonymSecret } from '../research/secret.ts';
import type { RuntimeFactory } from '../runtime.ts';
import { adminPages } from '../web/dashboard/admin-pages.ts';
import type { DashboardDownload } from '../web/dashboard/downloads.ts';
import { BASE } from '../web/dashboard/layout.ts';
import type { DashboardPage } from '../web/dashboard/pages.ts';
import { prefsPages } from '../web/dashboard/prefs-page.ts';
import { type DashboardOptions, dashboardRoutes } from '../web/dashboard/routes.ts';

export const dashboardPages: readonly DashboardPage[] = [
  ...researchPages,
  ...broadcastPages,
  ...tanyaPages,
  ...smsPages,
  ...adminPages,
  ...whatsAppPages,
  ...prefsPages,
];

const dashboardDownloads: readonly DashboardDownload[] = [researchDownload];

/** The dashboard's routes with every page. */
export function createDashboard(o: Omit<DashboardOptions, 'pages' | 'downloads'>) {
  return dashboardRoutes({ ...o, pages: dashboardPages, downloads: dashboardDownloads });
}

/** Mounts the dashboard at /dashboard in the service. */
export const dashboardRuntime: RuntimeFactory = ({ config, db, engine, logger }) => {
  // Downloads work on the first run: without a setting, a secret kept with the data (src/research/secret.ts).
  const { secret, notice } = resolvePseudonymSecret(config.PSEUDONYM_SECRET, config.DATABASE_URL);
  if (notice) logger[notice.level]({ file: notice.file }, notice.message);
  return {
    name: 'dashboard',
    health: () => ({ path: BASE }),
    start: async () => {},
    stop: async () => {},
    mount: (app) => {
      app.route(
        BASE,
        createDashboard({
          db,
          k: config.K_ANONYMITY,
          publicUrl: config.PUBLIC_URL,
          pseudonymSecret: secret,
          payOverdueDays: config.PAY_OVERDUE_DAYS,
          quietHours: config.QUIET_HOURS === 'off' ? null : config.QUIET_HOURS,
          notifyOutbox: (channel) => engine.events.emit('outbox', channel),
          onError: (err) => logger.error({ err }, 'dashboard page failed'),
        }),
      );
    },
  };
};
