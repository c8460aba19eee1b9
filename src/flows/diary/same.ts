// Words that say an entry is as before ("sama kayak kemarin", "regane podo", "same as last time"):
// what she leaves out is then taken from her last entry of that kind.
const SAME_AS_USUAL =
  /\b(sama|podo|padha|kaya|kayak|kyk|koyo|koyok|seperti|same)\b.*\b(biasa|biasane|biasanya|kemarin|kmrn|wingi|kemaren|sebelumnya|sblmnya|yang lalu|yg lalu|usual|before|last time|sing uwis|sing wis)\b|\b(regane|rega|harga|harganya|hargane|upah|upahnya|upahe|opahe|ongkos|ongkose|rate|price|pay)\s+(podo|padha|pada|sama|sm|same|tetep|tetap|ttp)\b/;

/** Whether an order's words say it is as before. */
export function sameAsBefore(text: string): boolean {
  return SAME_AS_USUAL.test(text.toLowerCase());
}
