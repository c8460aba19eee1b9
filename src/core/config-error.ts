/** A setting that is missing or wrong: its message says which and what it must be, in one line. */
export class ConfigError extends Error {}
