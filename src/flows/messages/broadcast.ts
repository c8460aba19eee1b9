// Broadcasts and groups: what a worker sees around NGO news and GABUNG codes.
import { defineMessages } from './define.ts';

export const broadcast = defineMessages(
  {
    broadcastFooter: '(Kabar dari Upahku. Ketik BERHENTI untuk stop kabar.)',
    joinAskCode: 'Ketik kode grup dari pendamping Anda, contoh: GABUNG PARE1. Ketik BATAL untuk batal.',
    joinUnknown: (p: { code: string }) =>
      `Kode "${p.code}" tidak ditemukan. Periksa lagi kode dari pendamping Anda, lalu ketik GABUNG dan kodenya, contoh: GABUNG PARE1.`,
    joinDone: (p: { name: string }) =>
      `Anda sudah masuk grup "${p.name}". Anda akan menerima kabar untuk grup ini. Ketik BERHENTI jika tidak mau menerima kabar.`,
    joinAlready: (p: { name: string }) => `Anda sudah anggota grup "${p.name}".`,
  },
  {
    broadcastFooter: '(News from Upahku. Type STOP to stop news.)',
    joinAskCode: 'Type the group code from your organiser, for example: JOIN PARE1. Type CANCEL to stop.',
    joinUnknown: (p: { code: string }) =>
      `The code "${p.code}" was not found. Check the code from your organiser, then type JOIN and the code, for example: JOIN PARE1.`,
    joinDone: (p: { name: string }) =>
      `You are now in the group "${p.name}". You will get news for this group. Type STOP if you do not want news.`,
    joinAlready: (p: { name: string }) => `You are already a member of the group "${p.name}".`,
  },
);
