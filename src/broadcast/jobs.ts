// The scheduler's side of broadcasts: a scheduled broadcast is a job that queues it.
import { registerJobHandler } from '../scheduler/handlers.ts';
import { BROADCAST_JOB, broadcastChannels, enqueueBroadcast } from './broadcasts.ts';

registerJobHandler(BROADCAST_JOB, async ({ db, payload, now, notifyOutbox, logger }) => {
  const { broadcastId } = payload as { broadcastId: number };
  const n = await enqueueBroadcast(db, broadcastId, now);
  logger?.info(
    { broadcastId, recipients: n },
    n === null ? 'broadcast already queued or cancelled' : 'broadcast queued',
  );
  for (const channel of await broadcastChannels(db, broadcastId)) notifyOutbox(channel);
});
