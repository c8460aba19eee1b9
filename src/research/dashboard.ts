// The dashboard with the research pages loaded.
import { type DashboardOptions, dashboardRoutes } from '../web/dashboard/routes.ts';
import './pages.ts';

export function researchDashboard(o: DashboardOptions) {
  return dashboardRoutes(o);
}
