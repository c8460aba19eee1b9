// The BPJS conversation's steps and what each carries (src/flows/state.ts).
// Values missing from a state saved by an older version take the default the
// flow always assumed ('after' = back to the BPJS menu, 'via' = the guide).
import { z } from 'zod';
import { JKN_STATUSES, OBSTACLES, TK_STATUSES } from '../../content/bpjs/schema.ts';
import { stateCodec } from '../state.ts';
import { PROGRAMS } from './model.ts';
import { NEEDS } from './questions.ts';

/** After a side question (follow-up, re-check) she goes back to where she came from. */
const after = z.enum(['bpjs', 'main']).catch('bpjs');
export type After = z.infer<typeof after>;
const via = z.enum(['guide', 'recheck', 'followup']).catch('guide');
const program = z.enum(PROGRAMS);
const jkn = z.enum(JKN_STATUSES);
const tk = z.enum(TK_STATUSES);
const statusCode = z.union([jkn, tk, z.literal('declined')]);
const followUp = {
  intentId: z.coerce.number().int(),
  program,
  since: z.string().catch(''),
  after,
};
const answer = z.enum(['not_yet', 'gave_up']);

const bpjsSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('menu') }),
  z.object({ step: z.literal('page'), topic: z.string(), page: z.number().int().min(0).catch(0) }),
  z.object({ step: z.literal('guideScheme'), needs: z.array(z.enum(NEEDS)).catch([]) }),
  z.object({ step: z.literal('eligHealth'), via, after }),
  z.object({ step: z.literal('eligMandiri'), via, after }),
  z.object({ step: z.literal('eligWork'), via, after, jkn }),
  z.object({ step: z.literal('intentOffer'), programs: z.array(program), after }),
  z.object({ step: z.literal('intentChoose'), programs: z.array(program), after }),
  z.object({ step: z.literal('followUp'), ...followUp }),
  z.object({ step: z.literal('obstacle'), ...followUp, answer }),
  z.object({ step: z.literal('obstacleOther'), ...followUp, answer }),
  z.object({
    step: z.literal('followAgain'),
    ...followUp,
    answer,
    obstacle: z.enum(OBSTACLES),
    note: z.string().nullable().catch(null),
  }),
  z.object({ step: z.literal('recheck'), after, jkn: statusCode, tk: statusCode }),
]);
export type BpjsState = z.infer<typeof bpjsSchema>;
export type BpjsStep = BpjsState['step'];
/** The data of one step: `StepData<'followUp'>`. */
export type StepData<K extends BpjsStep> = Extract<BpjsState, { step: K }>;
export const bpjsState = stateCodec('bpjs', bpjsSchema);

// The flow she was in when she typed TANYA in the middle of it (see resumeOf).
const resume = z.object({ flow: z.string(), step: z.string(), data: z.record(z.string(), z.unknown()) });
const tanyaSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('tanyaWrite'), context: z.string().catch('tanya'), resume: resume.optional() }),
  z.object({
    step: z.literal('tanyaConfirm'),
    text: z.string(),
    context: z.string().catch('tanya'),
    resume: resume.optional(),
  }),
]);
export type TanyaState = z.infer<typeof tanyaSchema>;
export const tanyaState = stateCodec('tanya', tanyaSchema);
