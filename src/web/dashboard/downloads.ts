// Files the dashboard serves for download (data sets, codebooks). Each one is
// checked against the role and recorded in the audit log by the router.
import type { AccessRole } from '../../db/schema.ts';
import type { PageContext } from './pages.ts';

export type DownloadResult =
  | { filename: string; contentType: string; body: string | Buffer; audit: Record<string, unknown> }
  | { error: string };

export interface DashboardDownload {
  /** Under /dashboard, e.g. "/research/export". */
  path: string;
  roles: readonly AccessRole[];
  handler(pc: PageContext): Promise<DownloadResult>;
}
