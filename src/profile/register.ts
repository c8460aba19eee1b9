// Writes the `profileOfferShown` effect and loads the `profileOffers` fact.
import { markProfileOfferShown, profileOffersShown } from '../db/profile-offers.ts';
import { registerEffect } from '../engine/effects.ts';
import { registerFact } from '../engine/facts.ts';
import type { ProfileOffer } from '../flows/profile.ts';

registerEffect('profileOfferShown', async (e, { trx, workerId, nowIso }) => {
  await markProfileOfferShown(trx, workerId, e.offer, nowIso);
});

registerFact('profileOffers', async ({ trx, worker }) => (await profileOffersShown(trx, worker.id)) as ProfileOffer[]);
