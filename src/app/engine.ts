// The engine with every area's effect appliers and fact loaders. The two
// records are typed by EffectMap and FactMap: a flow that declares an effect or
// a fact that no area writes or loads does not compile. New areas add a spread here.

import { groupAppliers, groupFacts } from '../broadcast/effects.ts';
import { bpjsContent } from '../content/bpjs/store.ts';
import type { Db } from '../db/connect.ts';
import { bpjsAppliers, bpjsFacts } from '../engine/bpjs.ts';
import { diaryAppliers, diaryFacts } from '../engine/diary.ts';
import { type Appliers, coreAppliers } from '../engine/effects.ts';
import { Engine, type EngineOptions, type TurnParts } from '../engine/engine.ts';
import { coreFacts, type FactLoaders } from '../engine/facts.ts';
import { linkAppliers, linkFacts } from '../engine/link.ts';
import { profileAppliers, profileFacts } from '../profile/effects.ts';
import { reminderAppliers, reminderFacts } from '../reminders/effects.ts';
import { compareFacts } from '../research/compare.ts';

const appliers: Appliers = {
  ...coreAppliers,
  ...diaryAppliers,
  ...bpjsAppliers,
  ...linkAppliers,
  ...groupAppliers,
  ...reminderAppliers,
  ...profileAppliers,
};

const factLoaders: FactLoaders = {
  ...coreFacts,
  ...diaryFacts,
  ...bpjsFacts,
  ...linkFacts,
  ...groupFacts,
  ...reminderFacts,
  ...profileFacts,
  ...compareFacts,
};

const turnParts: TurnParts = { appliers, facts: factLoaders, bpjs: bpjsContent };

export function createEngine(db: Db, opts: EngineOptions = {}): Engine {
  return new Engine(db, turnParts, opts);
}
