// Minimum wage (UMK) of the deployment's regency, rupiah per month, by year.
// Data the deployer updates every January (new decree); the bot compares a
// worker's effective hourly earnings with UMK / HOURS_PER_MONTH as a yardstick
// only: home workers are not covered by the UMK, and the bot says so plainly.
// Source of all figures: /shared/domain/kediri.md (Keputusan Gubernur Jawa Timur).

export interface UmkEntry {
  year: number;
  /** Rupiah per month. */
  monthly: number;
  source: string;
  /** True when the figure is derived and should be shown as "about". */
  approximate?: boolean;
}

export const UMK_REGION = 'Kab. Kediri';

/** Indonesian practice: hourly wage = 1/173 of the monthly wage. */
export const HOURS_PER_MONTH = 173;

export const UMK_TABLE: readonly UmkEntry[] = [
  { year: 2022, monthly: 2_043_422, source: 'UMK Kabupaten Kediri 2022' },
  { year: 2023, monthly: 2_243_422, source: 'UMK Kabupaten Kediri 2023' },
  { year: 2024, monthly: 2_340_668, source: 'Kepgub Jatim 188/656/KPTS/013/2023' },
  { year: 2025, monthly: 2_492_811, source: 'Kepgub Jatim 100.3.3.1/775/KPTS/013/2024' },
  {
    year: 2026,
    monthly: 2_651_603,
    source:
      'Kepgub Jatim 100.3.3.1/937/013/2025: proposal 2,642,380 plus the governor’s +9,223; confirm before quoting as exact',
    approximate: true,
  },
];
