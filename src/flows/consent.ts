// The consent text's version: bump it whenever the consent message changes,
// so the research data records which wording each worker agreed to.
export const CONSENT_VERSION = '2026-11-v1';
