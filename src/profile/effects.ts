// Writes the `profileOfferShown` effect and loads the `profileOffers` fact.
import { markProfileOfferShown, profileOffersShown } from '../db/profile-offers.ts';
import type { Appliers } from '../engine/effects.ts';
import type { FactLoaders } from '../engine/facts.ts';
import type { ProfileOffer } from '../flows/profile.ts';

export const profileAppliers = {
  profileOfferShown: async (e, { trx, workerId, nowIso }) => {
    await markProfileOfferShown(trx, workerId, e.offer, nowIso);
  },
} satisfies Partial<Appliers>;

export const profileFacts = {
  profileOffers: async ({ trx, worker }) => (await profileOffersShown(trx, worker.id)) as ProfileOffer[],
} satisfies Partial<FactLoaders>;
