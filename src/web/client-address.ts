// Who is asking, as an address: the peer of the connection, or, when the peer
// is this machine (the usual reverse proxy on loopback), the address the proxy
// appended last to X-Forwarded-For (entries before it are the client's own say).
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function clientAddress(c: Context): string {
  let peer = '';
  try {
    peer = getConnInfo(c).remote.address ?? '';
  } catch {
    // Not served by Node (app.request in a test): no peer known.
  }
  if (!peer || LOOPBACK.test(peer)) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded && forwarded.length <= 64) return forwarded;
  }
  return peer || 'unknown';
}
