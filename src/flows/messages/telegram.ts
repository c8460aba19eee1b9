import { defineMessages } from './define.ts';

export const telegram = defineMessages(
  {
    telegramEditedNotRead: 'Pesan yang diubah tidak saya baca. Kalau ada yang salah, kirim lagi sebagai pesan baru ya.',
  },
  {
    telegramEditedNotRead:
      'I do not read edited messages. If something was wrong, please send it again as a new message.',
  },
);
