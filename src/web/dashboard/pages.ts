// The dashboard's pages. Each area exports its own (broadcasts, groups and
// the TANYA inbox from the NGO side, research pages from src/research); the
// list is src/app/dashboard.ts, handed to the dashboard when it is made.
// A page names the roles that may see it; the router enforces it.

import type { Session } from '../../access/tokens.ts';
import type { Db } from '../../db/connect.ts';
import type { AccessRole } from '../../db/schema.ts';
import type { Safe } from './html.ts';
import type { DashLang } from './i18n.ts';

export type Section = 'research' | 'ngo' | 'admin';

export interface PageContext {
  db: Db;
  user: Session;
  /** The query string of the request (filters such as ?from=2026-01-01). */
  query: URLSearchParams;
  /** Put in every form as `_csrf`; checked on POST. */
  csrf: string;
  /** K_ANONYMITY. */
  k: number;
  now: Date;
  /** PSEUDONYM_SECRET, for data downloads (unset: downloads explain how to set it). */
  pseudonymSecret?: string;
  /** PAY_OVERDUE_DAYS: unpaid work older than this counts as paid late. */
  payOverdueDays: number;
  /** QUIET_HOURS for new broadcasts ("20:00-07:00"), null for none. */
  quietHours: string | null;
  /** Wakes the senders after messages were queued. */
  notifyOutbox?: (channel: string) => void;
  /** The language of this login's dashboard (src/web/dashboard/i18n.ts); Indonesian when unset. */
  lang?: DashLang;
}

export interface DashboardPage {
  /** Under /dashboard, e.g. "/research/overview". */
  path: string;
  title: string;
  /** The title in each dashboard language, where it differs from `title`. */
  titles?: Partial<Record<DashLang, string>>;
  /** false: reached by links (e.g. one broadcast's page), not listed in the menu. */
  menu?: boolean;
  section: Section;
  roles: readonly AccessRole[];
  /** Lower comes first in the menu. */
  order: number;
  render(pc: PageContext): Promise<Safe>;
  /**
   * A form posted to the same path (after the CSRF check). Returns a path to
   * redirect to, or a page body to show at once (e.g. a secret shown once).
   */
  post?(pc: PageContext, form: Record<string, string>, all: Record<string, string[]>): Promise<string | Safe>;
  /** Shown until the area that owns the page registers the real one. */
  placeholder?: boolean;
}

export const RESEARCH_ROLES: readonly AccessRole[] = ['admin', 'researcher'];
export const NGO_ROLES: readonly AccessRole[] = ['admin', 'ngo'];
export const ADMIN_ROLES: readonly AccessRole[] = ['admin'];

const SECTION_ORDER: Record<Section, number> = { research: 0, ngo: 1, admin: 2 };

/** One dashboard's pages (src/app/dashboard.ts lists them): a later page at a path wins over a placeholder. */
export class PageSet {
  private readonly byPath = new Map<string, DashboardPage>();

  constructor(list: readonly DashboardPage[]) {
    for (const page of list) {
      if (!/^\/[a-z0-9/-]+$/.test(page.path)) throw new Error(`Bad dashboard path "${page.path}"`);
      const had = this.byPath.get(page.path);
      if (page.placeholder && had && !had.placeholder) continue;
      this.byPath.set(page.path, page);
    }
  }

  /** In menu order: by section, then `order`. */
  all(): DashboardPage[] {
    return [...this.byPath.values()].sort(
      (a, b) => SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || a.order - b.order,
    );
  }

  forRole(role: AccessRole): DashboardPage[] {
    return this.all().filter((p) => p.roles.includes(role));
  }

  find(path: string): DashboardPage | undefined {
    return this.byPath.get(path);
  }
}
