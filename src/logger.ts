import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  // Logs go to stderr so `upahku chat` and exports keep stdout for their own output.
  return pino({ level, base: undefined }, pino.destination(2));
}
