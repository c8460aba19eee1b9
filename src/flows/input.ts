// What a step reads of a message, built in one place for the engine, the
// forms (values a message already gave) and the tests.
import { cleanText, fold, MAX_INPUT } from '../parse/text.ts';
import type { Input } from './types.ts';

/**
 * Cleans what she sent once: Unicode clean-up, whitespace collapsed, trimmed;
 * a lower-case folded copy for matching words. A text longer than MAX_INPUT is
 * not read at all (`tooLong`); an enormous one is cut before it is cleaned.
 */
export function inputOf(raw: string, kind: Input['kind'] = 'text'): Input {
  const text = cleanText(raw.length > MAX_INPUT * 4 ? raw.slice(0, MAX_INPUT * 4) : raw);
  const tooLong = text.length > MAX_INPUT;
  return { text: tooLong ? '' : text, lower: fold(text), kind, tooLong };
}
