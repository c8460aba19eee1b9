// Mounts the dashboard at /dashboard in the service.
import type { RuntimeFactory } from '../runtime.ts';
import { BASE } from '../web/dashboard/layout.ts';
import { researchDashboard } from './dashboard.ts';
import { resolvePseudonymSecret } from './secret.ts';

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
        researchDashboard({
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
