// Why an outbox row failed or was withdrawn, as a code stored beside the text
// (outbox.reason_code): figures count by code, people read the text.
export const REASON_CODES = ['unreachable', 'rejected', 'gave_up', 'cancelled', 'opted_out', 'other'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
