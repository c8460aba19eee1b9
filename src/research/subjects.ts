// Who may appear in research data: the rule is in src/db/subjects.ts (the
// broadcasts and the TANYA inbox use it too); research modules import it here.
export { inResearch, notFromSimulator, SIMULATOR_CHANNELS } from '../db/subjects.ts';
