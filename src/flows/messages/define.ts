// A catalogue is one object per language with the same keys. A message is a
// string or a function of named parameters; sentences are never built by
// gluing fragments of another language together.
export type Message = string | ((p: any) => string);
export type Catalog = Record<string, Message>;

/** Pairs an Indonesian catalogue with its English one, checked to have the same keys and parameters. */
export function defineMessages<const T extends Catalog>(
  id: T,
  en: { [K in keyof T]: T[K] extends string ? string : T[K] },
) {
  return { id, en: en as unknown as T };
}
