// The gateway's HTTP API through its typed client (android-sms-gateway). The
// client leaves the HTTP to us: this one uses fetch, gives up after a timeout,
// and throws GatewayError with the status so the sender can tell "the phone is
// away" from "this message is refused".

import type { HttpClient } from 'android-sms-gateway';
import * as sdk from 'android-sms-gateway';

export class GatewayError extends Error {
  constructor(
    /** HTTP status; 0 when the gateway could not be reached at all. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface GatewaySettings {
  /** Local server: http://<phone>:8080 ; cloud: https://api.sms-gate.app/3rdparty/v1 */
  url: string;
  login: string;
  password: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

async function call<T>(
  f: typeof fetch,
  method: string,
  url: string,
  timeoutMs: number,
  headers?: Record<string, string>,
  body?: unknown,
): Promise<T> {
  let res: Response;
  try {
    res = await f(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new GatewayError(0, `gateway unreachable: ${err instanceof Error ? err.message : String(err)}`);
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) {
    // The gateway answers errors as {"message": "..."}; keep it short for last_error.
    let detail = text.slice(0, 200);
    try {
      const j = JSON.parse(text) as { message?: unknown };
      if (typeof j.message === 'string') detail = j.message;
    } catch {}
    throw new GatewayError(res.status, `gateway ${res.status}: ${detail}`);
  }
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new GatewayError(res.status, 'gateway answered with something that is not JSON');
  }
}

export function fetchHttpClient(f: typeof fetch = fetch, timeoutMs = 15_000): HttpClient {
  return {
    get: (url, headers) => call(f, 'GET', url, timeoutMs, headers),
    post: (url, body, headers) => call(f, 'POST', url, timeoutMs, headers, body),
    put: (url, body, headers) => call(f, 'PUT', url, timeoutMs, headers, body),
    patch: (url, body, headers) => call(f, 'PATCH', url, timeoutMs, headers, body),
    delete: (url, headers) => call(f, 'DELETE', url, timeoutMs, headers),
  };
}

// The package ships ESM in a package not marked as such: depending on the
// loader its class is the default export or the default's default.
type ClientClass = typeof sdk.default.default;
const moduleDefault = (sdk as unknown as { default: ClientClass | { default: ClientClass } }).default;
const Client: ClientClass = typeof moduleDefault === 'function' ? moduleDefault : moduleDefault.default;

export type Gateway = InstanceType<ClientClass>;

export function createGateway(s: GatewaySettings): Gateway {
  return new Client(s.login, s.password, fetchHttpClient(s.fetch, s.timeoutMs), s.url.replace(/\/+$/, ''));
}
