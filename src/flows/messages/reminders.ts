// Weekly diary reminders: the reminder itself and its settings.
import { defineMessages } from './define.ts';

const ID_DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const reminders = defineMessages(
  {
    weekday: (p: { n: number }) => ID_DAYS[p.n - 1] ?? '?',
    reminderIntro: 'Halo! Sudah catat pekerjaan minggu ini?',
    reminderToHandIn: (p: { product: string; employer: string }) =>
      `Order ${p.product} dari ${p.employer}: sudah setor berapa?`,
    reminderToBePaid: (p: { product: string; employer: string }) =>
      `Order ${p.product} dari ${p.employer}: sudah dibayar?`,
    reminderNothingOpen: 'Catat order baru, setoran, bayaran, jam kerja atau biaya.',
    reminderFooter: 'Ketik MENU untuk mencatat. PENGINGAT = ganti hari/jam, BERHENTI = stop pesan.',
    reminderLabel: 'Pengingat mingguan',
    reminderSettings: (p: { state: string; day: string; hour: number }) =>
      `Pengingat mingguan: ${p.state}, tiap ${p.day} jam ${p.hour}.00 WIB.\n1 Ganti hari\n2 Ganti jam\n3 ${p.state === 'aktif' ? 'Matikan' : 'Nyalakan'} pengingat\n0 Kembali`,
    reminderOn: 'aktif',
    reminderOff: 'mati',
    reminderStoppedNote: 'Catatan: pesan dari Upahku sedang berhenti. Ketik MULAI agar pengingat dikirim lagi.',
    reminderAskDay: 'Hari apa? Balas angka:\n1 Senin\n2 Selasa\n3 Rabu\n4 Kamis\n5 Jumat\n6 Sabtu\n7 Minggu\n0 Kembali',
    reminderAskHour: 'Jam berapa? Ketik jam 6 sampai 21, contoh: 16 (jam 4 sore). Atau 0 untuk kembali.',
    reminderSaved: (p: { day: string; hour: number }) => `Tersimpan. Pengingat tiap ${p.day} jam ${p.hour}.00 WIB.`,
    reminderTurnedOff: 'Pengingat mingguan dimatikan. Ketik PENGINGAT untuk menyalakan lagi.',
  },
  {
    weekday: (p: { n: number }) => EN_DAYS[p.n - 1] ?? '?',
    reminderIntro: 'Hello! Have you recorded your work this week?',
    reminderToHandIn: (p: { product: string; employer: string }) =>
      `Order of ${p.product} from ${p.employer}: how much have you handed in?`,
    reminderToBePaid: (p: { product: string; employer: string }) =>
      `Order of ${p.product} from ${p.employer}: have you been paid?`,
    reminderNothingOpen: 'Record a new order, a hand-in, a payment, hours or costs.',
    reminderFooter: 'Type MENU to record. REMINDER = change day/hour, STOP = stop messages.',
    reminderLabel: 'Weekly reminder',
    reminderSettings: (p: { state: string; day: string; hour: number }) =>
      `Weekly reminder: ${p.state}, every ${p.day} at ${p.hour}:00 WIB.\n1 Change day\n2 Change hour\n3 Turn ${p.state === 'on' ? 'off' : 'on'}\n0 Back`,
    reminderOn: 'on',
    reminderOff: 'off',
    reminderStoppedNote: 'Note: messages from Upahku are stopped. Type RESUME to get reminders again.',
    reminderAskDay:
      'Which day? Reply with a number:\n1 Monday\n2 Tuesday\n3 Wednesday\n4 Thursday\n5 Friday\n6 Saturday\n7 Sunday\n0 Back',
    reminderAskHour: 'What hour? Type an hour from 6 to 21, for example: 16 (4 pm). Or 0 to go back.',
    reminderSaved: (p: { day: string; hour: number }) => `Saved. Reminder every ${p.day} at ${p.hour}:00 WIB.`,
    reminderTurnedOff: 'Weekly reminder turned off. Type REMINDER to turn it on again.',
  },
);
