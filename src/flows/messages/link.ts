import { defineMessages } from './define.ts';

export const link = defineMessages(
  {
    linkCode: (p: { code: string; minutes: number }) =>
      `Kode sambung: ${p.code} (berlaku ${p.minutes} menit). Dari nomor atau aplikasi lain (SMS, WhatsApp, Telegram) kirim:\nSAMBUNG ${p.code}`,
    linkHow:
      'Untuk memakai catatan yang sudah ada: di nomor yang sudah terdaftar kirim SAMBUNG, lalu kirim kodenya ke sini, misal SAMBUNG 12345678',
    linkUnknown:
      'Kode itu tidak dikenal atau sudah lewat. Minta kode baru: kirim SAMBUNG dari nomor yang sudah terdaftar.',
    linkSame: 'Nomor ini sudah memakai catatan itu.',
    linkTooMany:
      'Sudah terlalu banyak kode yang salah hari ini. Coba lagi besok, atau kirim TANYA untuk minta bantuan.',
    linkHasRecords:
      'Nomor ini sudah punya catatan sendiri, jadi tidak bisa disambung. Kirim TANYA untuk minta bantuan pendamping.',
    linkDone: 'Tersambung! Nomor ini sekarang memakai catatan yang sama. Ketik MENU.',
  },
  {
    linkCode: (p: { code: string; minutes: number }) =>
      `Link code: ${p.code} (valid ${p.minutes} minutes). From your other number or app (SMS, WhatsApp, Telegram) send:\nLINK ${p.code}`,
    linkHow:
      'To use the records you already have: from the number already signed up send LINK, then send the code here, e.g. LINK 12345678',
    linkUnknown: 'That code is unknown or has expired. Ask for a new one: send LINK from the number already signed up.',
    linkSame: 'This number already uses those records.',
    linkTooMany: 'Too many wrong codes today. Try again tomorrow, or send ASK to get help.',
    linkHasRecords: 'This number has records of its own, so it cannot be linked. Send ASK to get help from staff.',
    linkDone: 'Linked! This number now uses the same records. Type MENU.',
  },
);
