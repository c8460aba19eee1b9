// The shapes every layer shares about a worker: her language, her profile as
// the bot sees it, and where her conversation stands. Flows, the engine and
// the database all use them; they depend on nothing.

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

export interface WorkerProfile {
  id: string;
  status: 'onboarding' | 'active';
  lang: Lang;
  kecamatan: string | null;
  product: string | null;
  /** Her own words for work on no list ("bulu mata"), kept when `product` is 'lainnya'. */
  productOther: string | null;
  consentVersion: string | null;
  consentedAt: string | null;
  researchConsent: boolean;
  optedOut: boolean;
  campaign: string | null;
  createdAt: string;
}

/** Where her conversation stands: a flow, its step, and the step's data (checked per flow, src/flows/state.ts). */
export interface ConvState {
  flow: string;
  step: string;
  data: Record<string, unknown>;
}
