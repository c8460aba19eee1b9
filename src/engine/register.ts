// Loads every area's effect appliers and fact loaders. Areas add one import here.
import './effects.ts';
import './facts.ts';
import './bpjs.ts';
import './link.ts';
import '../diary/register.ts';
import '../broadcast/effects.ts';
import '../reminders/effects.ts';
import '../research/compare.ts';
import '../profile/register.ts';
