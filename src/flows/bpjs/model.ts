// What the social-protection area stores and reads, as effects and facts the
// engine knows by declaration merging. Codes are stable: researchers analyse them.
import type { JknStatus, Obstacle, TkStatus } from '../../content/bpjs/schema.ts';

export type { JknStatus, Obstacle, TkStatus };

/** The two schemes whose status is asked. */
export type Scheme = 'jkn' | 'bpjs_tk';
/** A status answer; `declined` = asked and she chose not to answer. */
export type StatusCode = JknStatus | TkStatus | 'declined';
/** How a status row came to be asked. */
export type StatusVia = 'guide' | 'recheck' | 'followup';

/** What she can intend to register for. */
export const PROGRAMS = ['bpjs_tk', 'jkn_pbi', 'jkn_mandiri'] as const;
export type Program = (typeof PROGRAMS)[number];

export type FollowUpAnswer = 'registered' | 'not_yet' | 'gave_up' | 'skipped';

export interface OpenIntent {
  id: number;
  program: Program;
  createdAt: string;
  /** ISO instant; null when no follow-up is planned. */
  followUpDue: string | null;
}

export interface BpjsOverview {
  /** Her latest answer per scheme, and when the newest status row was written. */
  latest: { at: string; jkn: StatusCode | null; bpjs_tk: StatusCode | null } | null;
  openIntents: OpenIntent[];
}

export interface MonthlyEarnings {
  /** Wages minus costs over the window, integer rupiah (may be 0 or negative). */
  netIdr: number;
  /** Value of the work accepted in the window (accepted pieces x agreed rate); pay and kasbon are cash, not counted. */
  wagesIdr: number;
  costsIdr: number;
  /** WIB days, inclusive. */
  fromDay: string;
  toDay: string;
}

declare module '../types.ts' {
  interface EffectMap {
    /** Appends one dated row per answer (never updates: the history is the data). */
    recordProtectionStatus: { answers: { scheme: Scheme; status: StatusCode }[]; via: StatusVia };
    recordEnrolmentIntent: { program: Program; followUpDue: string };
    /** One follow-up answer; `nextDue` null closes the intent with this answer as its outcome. */
    recordEnrolmentFollowUp: {
      intentId: number;
      answer: FollowUpAnswer;
      obstacle: Obstacle | null;
      note: string | null;
      nextDue: string | null;
    };
    /** TANYA: a question for the NGO's staff. */
    storeQuestion: { text: string; context: string };
  }
  interface FactMap {
    bpjsOverview: BpjsOverview;
    /** Her net earnings over the last 30 WIB days from the diary; null when she has recorded nothing. */
    monthlyEarnings: MonthlyEarnings | null;
  }
}
