import { defineMessages } from './define.ts';

// Her kecamatan and kind of work after onboarding: in settings, by the words
// KECAMATAN / PEKERJAAN, and the one-time offer when the kecamatan is missing.
export const profile = defineMessages(
  {
    kecamatanNow: (p: { name: string }) => `Kecamatan Anda sekarang: ${p.name}.`,
    productNow: (p: { name: string }) => `Pekerjaan Anda sekarang: ${p.name}.`,
    kecamatanSaved: (p: { name: string }) => `Tersimpan. Kecamatan: ${p.name}.`,
    productSaved: (p: { name: string }) => `Tersimpan. Pekerjaan: ${p.name}.`,
    profileLater:
      'Baik. Kecamatan dan pekerjaan Anda belum diisi. Bisa diisi kapan saja: ketik KECAMATAN, atau lewat Pengaturan.',
    kecamatanOffer:
      'Kecamatan Anda belum diisi. Kalau diisi, Anda bisa BANDINGKAN upah dengan pekerja lain di daerah Anda. Ketik KECAMATAN untuk mengisi.',
    profileHowTo: 'Ketik KECAMATAN untuk mengisinya.',
  },
  {
    kecamatanNow: (p: { name: string }) => `Your kecamatan now: ${p.name}.`,
    productNow: (p: { name: string }) => `Your work now: ${p.name}.`,
    kecamatanSaved: (p: { name: string }) => `Saved. Kecamatan: ${p.name}.`,
    productSaved: (p: { name: string }) => `Saved. Work: ${p.name}.`,
    profileLater:
      'All right. Your kecamatan and kind of work are not set yet. You can set them at any time: type KECAMATAN, or use Settings.',
    kecamatanOffer:
      'Your kecamatan is not set. With it, you can COMPARE pay with other workers in your area. Type KECAMATAN to set it.',
    profileHowTo: 'Type KECAMATAN to set them.',
  },
);
