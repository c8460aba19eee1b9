// Scripted conversations, written blind (tests/dialogues*/dialogues.yaml), played
// through the real engine on SQLite: the share that ends with the right records
// stored and the worker never trapped. Each set has its floor, set by the lead
// engineer after measuring; failures are written to a file under the temporary
// directory.
import { playSets } from './dialogue-sets.ts';

// The second quarter of the blind sets (tests/flows/dialogue-sets.ts lists them all).
playSets(1, 4);
