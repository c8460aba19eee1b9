// The answer to "kasbon ki opo?", "sekodi berapa biji?": the meaning in one or two lines, and where she was.
import { termAsked } from '../read/term-question.ts';
import { resumeForm } from './diary/resume.ts';
import type { ConvState, FlowContext, Input, StepResult } from './types.ts';
import { result } from './types.ts';

/** The meaning she asked for, then the question she was at (if any); null when she asked no such thing. */
export function glossaryAnswer(input: Input, state: ConvState | null, ctx: FlowContext): StepResult | null {
  const asked = termAsked(input.text);
  if (!asked) return null;
  const text =
    'unit' in asked
      ? ctx.t('glossaryUnit', { unit: asked.unit.id[0]!, n: asked.unit.pieces })
      : ctx.lang === 'en'
        ? asked.term.en
        : asked.term.id;
  if (!state) return result(null, [{ text }]);
  const again = resumeForm(state, ctx);
  if (again.needs) return again;
  if (again.state) return { ...again, replies: [{ text }, ...again.replies] };
  return result(state, [{ text }, { text: ctx.t('continueEntry') }]);
}
