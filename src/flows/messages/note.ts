// The order note asked for again (src/flows/diary/note.ts). The note itself is
// the diary area's orderNote, always in Indonesian.
import { defineMessages } from './define.ts';

export const note = defineMessages(
  {
    noteIntro: (p: { employer: string }) => `Catatan order untuk ${p.employer}. Teruskan pesan berikut bila perlu.`,
    noteOthers: 'Untuk order lain, ketik NOTA.',
    notePick: (p: { list: string }) => `Catatan order yang mana?\n${p.list}\n0 Kembali`,
    noteNoOrders: 'Belum ada order yang tercatat. Contoh: order 3 kodi sandal 2rb/pasang dari Bu Yati',
    noteNoOrdersFrom: (p: { employer: string }) => `Belum ada order dari ${p.employer}.`,
    noteUnknownEmployer: (p: { name: string }) => `"${p.name}" tidak ada di catatan Anda.`,
  },
  {
    noteIntro: (p: { employer: string }) =>
      `Order note for ${p.employer}, in Indonesian. Forward the next message if you need to.`,
    noteOthers: 'For another order, type NOTE.',
    notePick: (p: { list: string }) => `The note of which order?\n${p.list}\n0 Back`,
    noteNoOrders: 'No order recorded yet. For example: order 3 kodi sandal 2rb/pasang dari Bu Yati',
    noteNoOrdersFrom: (p: { employer: string }) => `No order from ${p.employer} yet.`,
    noteUnknownEmployer: (p: { name: string }) => `"${p.name}" is not in your diary.`,
  },
);
