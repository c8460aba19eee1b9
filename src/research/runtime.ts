// Mounts the dashboard at /dashboard in the service.
import { runtimeFactories } from '../service.ts';
import { BASE } from '../web/dashboard/layout.ts';
import { researchDashboard } from './dashboard.ts';

runtimeFactories.push(({ config, db, engine, logger }) => ({
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
        pseudonymSecret: config.PSEUDONYM_SECRET,
        payOverdueDays: config.PAY_OVERDUE_DAYS,
        quietHours: config.QUIET_HOURS === 'off' ? null : config.QUIET_HOURS,
        notifyOutbox: (channel) => engine.events.emit('outbox', channel),
        onError: (err) => logger.error({ err }, 'dashboard page failed'),
      }),
    );
  },
}));
