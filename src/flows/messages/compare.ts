import { formatRupiah as rp } from '../../parse/money.ts';
import { defineMessages } from './define.ts';

type Band = { low: number; high: number };
type Figures = { place: string; product: string; month: string; n: number; rate: Band | null; hourly: Band | null };
const band = (b: Band) => `${rp(b.low)}–${rp(b.high)}`;

export const compare = defineMessages(
  {
    compareLabel: 'Bandingkan upah',
    compareNoProfile: 'Untuk membandingkan, isi dulu kecamatan dan jenis pekerjaan Anda.',
    compareCell: (p: Figures) =>
      `Upah ${p.product} di ${p.place}, ${p.month} (${p.n} pekerja lain):${p.rate !== null ? `\nPer biji (tengah-tengah): sekitar ${band(p.rate)}` : ''}${p.hourly !== null ? `\nPer jam (tengah-tengah): sekitar ${band(p.hourly)}` : ''}`,
    compareRegencyOnly: (p: { place: string }) => `Data di ${p.place} belum cukup. Ini angka se-kabupaten:`,
    compareNotEnough: (p: { product: string; month: string }) =>
      `Belum cukup data untuk ${p.product} bulan ${p.month}. Angka muncul kalau cukup banyak pekerja sudah mencatat beberapa minggu. Terus catat, ya!`,
    compareYours: (p: { rate: number | null; hourly: number | null }) =>
      `Anda bulan ini:${p.rate !== null ? ` ${rp(p.rate)} per biji` : ''}${p.rate !== null && p.hourly !== null ? ',' : ''}${p.hourly !== null ? ` ${rp(p.hourly)} per jam` : ''}.`,
    compareUmk: (p: { hourly: number }) => `Sebagai patokan: UMK dibagi 173 jam = ${rp(p.hourly)} per jam.`,
    compareUse: 'Angka ini bisa jadi bahan saat menawar upah. Nama dan nomor siapa pun tidak ditampilkan.',
    compareRegencyName: 'Kabupaten Kediri',
    compareKecamatan: (p: { name: string }) => `Kec. ${p.name}`,
    umkAnswer: (p: { region: string; year: number; monthly: number; hourly: number; about: boolean }) =>
      `UMK ${p.region} ${p.year}: ${p.about ? 'sekitar ' : ''}${rp(p.monthly)} sebulan, atau ${p.about ? 'sekitar ' : ''}${rp(p.hourly)} per jam (dibagi 173 jam).\nPekerja rumahan belum dilindungi UMK; angka ini hanya pembanding. Ketik REKAP untuk melihat upah per jam Anda.`,
  },
  {
    compareLabel: 'Compare pay',
    compareNoProfile: 'To compare, first set your kecamatan and kind of work.',
    compareCell: (p: Figures) =>
      `Pay for ${p.product} in ${p.place}, ${p.month} (${p.n} other workers):${p.rate !== null ? `\nPer piece (middle value): about ${band(p.rate)}` : ''}${p.hourly !== null ? `\nPer hour (middle value): about ${band(p.hourly)}` : ''}`,
    compareRegencyOnly: (p: { place: string }) =>
      `Not enough data in ${p.place} yet. Here are the figures for the whole regency:`,
    compareNotEnough: (p: { product: string; month: string }) =>
      `Not enough data yet for ${p.product} in ${p.month}. Figures appear once enough workers have recorded for several weeks. Keep recording!`,
    compareYours: (p: { rate: number | null; hourly: number | null }) =>
      `You this month:${p.rate !== null ? ` ${rp(p.rate)} per piece` : ''}${p.rate !== null && p.hourly !== null ? ',' : ''}${p.hourly !== null ? ` ${rp(p.hourly)} per hour` : ''}.`,
    compareUmk: (p: { hourly: number }) => `As a yardstick: the UMK divided by 173 hours = ${rp(p.hourly)} per hour.`,
    compareUse: 'You can use these figures when you bargain over pay. Nobody’s name or number is shown.',
    compareRegencyName: 'Kabupaten Kediri',
    compareKecamatan: (p: { name: string }) => `Kec. ${p.name}`,
    umkAnswer: (p: { region: string; year: number; monthly: number; hourly: number; about: boolean }) =>
      `Minimum wage (UMK) ${p.region} ${p.year}: ${p.about ? 'about ' : ''}${rp(p.monthly)} a month, or ${p.about ? 'about ' : ''}${rp(p.hourly)} an hour (divided by 173 hours).\nHome workers are not covered by the UMK yet; it is only a yardstick. Type REKAP to see your pay per hour.`,
  },
);
