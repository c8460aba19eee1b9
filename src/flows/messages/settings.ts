import { defineMessages } from './define.ts';

export const settings = defineMessages(
  {
    menuLabel: 'Pengaturan & data saya',
    helpLabel: 'Bantuan',
    chooseLanguage: 'Pilih bahasa / Choose language:\n1 Bahasa Indonesia\n2 English',
    languageSet: 'Bahasa: Indonesia.',
    settingsMenu: (p: { lang: string; research: string; messages: string; kecamatan: string; product: string }) =>
      `Pengaturan:\n1 Bahasa: ${p.lang}\n2 Izin penelitian: ${p.research}\n3 Lihat data saya\n4 Pesan dari Upahku: ${p.messages}\n5 Hapus semua data saya\n6 Pengingat mingguan\n7 Kecamatan: ${p.kecamatan}\n8 Pekerjaan: ${p.product}\n0 Kembali`,
    on: 'aktif',
    off: 'berhenti',
    researchNow: (p: { now: string }) =>
      `Izin penelitian sekarang: ${p.now}. Boleh catatan Anda dipakai untuk penelitian, tanpa nama dan nomor HP?\n1 Ya, boleh\n2 Tidak`,
    researchSaved: (p: { now: string }) => `Tersimpan. Izin penelitian: ${p.now}.`,
    stopped:
      'Baik, Upahku tidak akan mengirim pengingat atau kabar lagi. Anda tetap bisa mencatat dan bertanya. Ketik MULAI untuk menerima pesan lagi.',
    alreadyStopped: 'Pesan dari Upahku sudah berhenti. Ketik MULAI untuk menerima lagi.',
    resumed: 'Baik, Anda akan menerima pengingat dan kabar lagi. Ketik BERHENTI untuk stop.',
    alreadyResumed: 'Pesan dari Upahku sudah aktif.',
    eraseConfirm:
      'Hapus SEMUA data Anda? Semua catatan order, bayaran, jam dan biaya hilang selamanya dan tidak bisa dikembalikan.\n1 Ya, hapus semua\n2 Tidak, batal\nHanya satu catatan yang salah? Balas 2, lalu ketik UBAH.',
    erased:
      'Semua data Anda sudah dihapus. Terima kasih sudah memakai Upahku. Kirim pesan apa saja jika ingin mulai lagi.',
    eraseKept: 'Baik, data Anda tidak dihapus.',
    dataTitle: 'Data Anda di Upahku:',
    dataProfile: (p: { lang: string; kecamatan: string; product: string; since: string }) =>
      `Bahasa: ${p.lang}\nKecamatan: ${p.kecamatan}\nPekerjaan: ${p.product}\nTerdaftar sejak: ${p.since}`,
    dataConsent: (p: { version: string; at: string; research: string; messages: string }) =>
      `Persetujuan: versi ${p.version}, ${p.at}\nIzin penelitian: ${p.research}\nPesan dari Upahku: ${p.messages}`,
    dataCounts: (p: { lines: string }) => `Catatan tersimpan:\n${p.lines}`,
    dataRetention: (p: { days: number }) =>
      `Isi pesan Anda dan balasan kami disimpan ${p.days} hari, lalu dihapus. Catatan kerja disimpan sampai Anda menghapusnya.`,
    dataRights: 'Ketik HAPUS untuk menghapus semua, BERHENTI untuk stop pesan.',
    notSet: 'belum diisi',
  },
  {
    menuLabel: 'Settings & my data',
    helpLabel: 'Help',
    chooseLanguage: 'Pilih bahasa / Choose language:\n1 Bahasa Indonesia\n2 English',
    languageSet: 'Language: English.',
    settingsMenu: (p: { lang: string; research: string; messages: string; kecamatan: string; product: string }) =>
      `Settings:\n1 Language: ${p.lang}\n2 Research permission: ${p.research}\n3 See my data\n4 Messages from Upahku: ${p.messages}\n5 Delete all my data\n6 Weekly reminder\n7 Kecamatan: ${p.kecamatan}\n8 Work: ${p.product}\n0 Back`,
    on: 'on',
    off: 'stopped',
    researchNow: (p: { now: string }) =>
      `Research permission now: ${p.now}. May your records be used for research, without your name or phone number?\n1 Yes\n2 No`,
    researchSaved: (p: { now: string }) => `Saved. Research permission: ${p.now}.`,
    stopped:
      'All right, Upahku will not send reminders or news any more. You can still record and ask. Type RESUME to get messages again.',
    alreadyStopped: 'Messages from Upahku are already stopped. Type RESUME to get them again.',
    resumed: 'All right, you will get reminders and news again. Type STOP to stop.',
    alreadyResumed: 'Messages from Upahku are already on.',
    eraseConfirm:
      'Delete ALL your data? All records of orders, pay, hours and costs are gone for ever and cannot be restored.\n1 Yes, delete everything\n2 No, cancel\nOnly one entry is wrong? Reply 2, then type EDIT.',
    erased: 'All your data has been deleted. Thank you for using Upahku. Send any message if you want to start again.',
    eraseKept: 'All right, your data was not deleted.',
    dataTitle: 'Your data in Upahku:',
    dataProfile: (p: { lang: string; kecamatan: string; product: string; since: string }) =>
      `Language: ${p.lang}\nKecamatan: ${p.kecamatan}\nWork: ${p.product}\nJoined: ${p.since}`,
    dataConsent: (p: { version: string; at: string; research: string; messages: string }) =>
      `Consent: version ${p.version}, ${p.at}\nResearch permission: ${p.research}\nMessages from Upahku: ${p.messages}`,
    dataCounts: (p: { lines: string }) => `Records kept:\n${p.lines}`,
    dataRetention: (p: { days: number }) =>
      `The words of your messages and our replies are kept ${p.days} days, then deleted. Your work records are kept until you delete them.`,
    dataRights: 'Type DELETE to delete everything, STOP to stop messages.',
    notSet: 'not set',
  },
);

/**
 * How each of her tables is named in DATAKU, in the order DATAKU lists them.
 * Areas add their tables here; a test checks every table in WORKER_TABLES is named.
 */
export const recordNames: Record<string, { id: string; en: string }> = {
  employers: { id: 'Pemberi kerja', en: 'Employers' },
  orders: { id: 'Order', en: 'Orders' },
  handins: { id: 'Setoran', en: 'Hand-ins' },
  payments: { id: 'Bayaran dan kasbon', en: 'Pay and advances' },
  work_hours: { id: 'Jam kerja', en: 'Hours worked' },
  costs: { id: 'Biaya', en: 'Costs' },
  diary_corrections: { id: 'Riwayat perubahan catatan', en: 'History of changes to entries' },
  diary_months: { id: 'Jumlah catatan per bulan', en: 'Monthly totals of your entries' },
  protection_status: { id: 'Jawaban status BPJS', en: 'BPJS status answers' },
  status_rechecks: { id: 'Pertanyaan ulang status BPJS', en: 'BPJS status questions asked again' },
  enrolment_intents: { id: 'Rencana daftar BPJS', en: 'Plans to register for BPJS' },
  enrolment_followups: { id: 'Jawaban "sudah daftar?"', en: 'Answers to "registered yet?"' },
  questions: { id: 'Pertanyaan Anda (TANYA)', en: 'Your questions (ASK)' },
  ngo_group_members: { id: 'Grup yang Anda ikuti', en: 'Groups you joined' },
  reminder_prefs: { id: 'Pengaturan pengingat', en: 'Reminder settings' },
  diary_reminders: { id: 'Pengingat mingguan', en: 'Weekly reminders' },
  profile_offers: {
    id: 'Tawaran isi kecamatan yang sudah ditampilkan',
    en: 'Offers to set your kecamatan already shown',
  },
  inbound_messages: { id: 'Pesan dari Anda', en: 'Messages from you' },
  outbox: { id: 'Pesan terkirim ke Anda', en: 'Messages sent to you' },
  consent_events: { id: 'Catatan persetujuan', en: 'Consent records' },
  conversations: { id: 'Percakapan yang sedang berjalan', en: 'Conversation in progress' },
  channel_identities: { id: 'Akun chat (WhatsApp, Telegram, SMS)', en: 'Chat accounts (WhatsApp, Telegram, SMS)' },
  link_codes: { id: 'Kode SAMBUNG', en: 'LINK codes' },
  link_attempts: { id: 'Kode SAMBUNG yang salah', en: 'Wrong LINK codes' },
  inbox_contacts: { id: 'Nomor rujukan pertanyaan TANYA', en: 'Reference of your ASK questions' },
};
