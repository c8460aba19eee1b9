// Main kinds of home work, as stored codes with labels. Order is the menu order.
export const PRODUCTS = [
  { code: 'alas_kaki', id: 'Sandal / sepatu', en: 'Sandals / shoes' },
  { code: 'jahit', id: 'Jahit / pakaian', en: 'Sewing / garments' },
  { code: 'makanan', id: 'Makanan / kue', en: 'Food / snacks' },
  { code: 'rokok', id: 'Rokok', en: 'Cigarettes' },
  { code: 'kerajinan', id: 'Kerajinan', en: 'Handicrafts' },
  { code: 'kemasan', id: 'Packing / kemasan', en: 'Packing' },
  { code: 'lainnya', id: 'Lainnya', en: 'Other' },
] as const;

export type ProductCode = (typeof PRODUCTS)[number]['code'];

export function productLabel(code: string | null, lang: string): string | null {
  const p = PRODUCTS.find((x) => x.code === code);
  if (!p) return null;
  return lang === 'en' ? p.en : p.id;
}
