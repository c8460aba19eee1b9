// Reading what people type starts with cleaning it; the cleaning is shared by every layer (src/core/text.ts).
export * from '../core/text.ts';
