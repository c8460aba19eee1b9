// What the service knows of the gateway right now, shared by the sender (which
// learns from every send) and the health check (which asks every minute).

export type GatewayState =
  /** Not asked yet. */
  | 'unknown'
  | 'online'
  /** Unreachable or failing: messages wait in the outbox and go when it is back. */
  | 'offline'
  /** The gateway refused the login or password: nothing goes until they are fixed. */
  | 'unauthorized';

export class GatewayStatus {
  state: GatewayState = 'unknown';
  since: string | null = null;
  lastError: string | null = null;
  /** The four webhooks are registered with the gateway. */
  webhooks = false;
  private readonly listeners: ((s: GatewayState, was: GatewayState) => void)[] = [];

  set(state: GatewayState, nowIso: string, error?: string): void {
    if (error) this.lastError = error;
    if (state === this.state) return;
    const was = this.state;
    this.state = state;
    this.since = nowIso;
    for (const l of this.listeners) l(state, was);
  }

  onChange(l: (s: GatewayState, was: GatewayState) => void): void {
    this.listeners.push(l);
  }
}
