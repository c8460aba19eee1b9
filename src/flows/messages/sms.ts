// Compact forms for SMS, where every segment (160 GSM-7 characters) costs the
// NGO money. Only messages whose full form runs past one segment, or that are
// parts of a longer reply (the main menu's labels), have one; the rest is short
// already. GSM-7 letters only: one character outside it makes a segment 70.
// Each key must exist in the full catalogue with the same parameters;
// tests/bot/sms/segments.test.ts checks that and renders every reply.
import type { Catalog } from './define.ts';

const id: Catalog = {
  reminderIntro: 'Upahku: sudah catat kerja minggu ini?',
  reminderToHandIn: (p: { product: string; employer: string }) => `${p.product} ${p.employer}: setor berapa?`,
  reminderToBePaid: (p: { product: string; employer: string }) => `${p.product} ${p.employer}: sudah dibayar?`,
  reminderNothingOpen: 'Catat order, setor, bayar, jam atau biaya.',
  reminderFooter: 'MENU=catat, PENGINGAT=ubah hari, BERHENTI=stop.',
  confirmNew: (p: { title: string; lines: string }) => `${p.title}\n${p.lines}\n1 Simpan\n2 Ubah`,
  orderTitle: 'Cek order:',
  handinTitle: 'Cek setoran:',
  paymentTitle: 'Cek bayaran:',
  kasbonTitle: 'Cek kasbon:',
  hoursTitle: 'Cek jam kerja:',
  costTitle: 'Cek biaya:',
  lblDue: 'Setor',
  lblWritten: 'Tertulis',
  lblMaterials: 'Bahan dari pemberi',
  lblForOrder: 'Order',
  lblHelpers: 'Dibantu',
  lblChild: 'Anak <15th',
  orderSaved: (p: { employer: string; total: string }) =>
    `Order tersimpan, nilai ${p.total}. Teruskan SMS berikut ke ${p.employer} sebagai catatan tertulis. Salah? Ketik UBAH.`,
  orderSavedNoRate: (p: { employer: string; example: string }) =>
    `Order tersimpan, upah belum diketahui. Kalau sudah tahu, ketik: ${p.example}. Teruskan SMS berikut ke ${p.employer}. Salah? Ketik UBAH.`,
  orderNote: (p: {
    employer: string;
    product: string;
    qty: string;
    rate: string;
    total: string | null;
    received: string;
    due: string | null;
    materials: boolean | null;
  }) =>
    `CATATAN ORDER ${p.employer}: ${p.product} ${p.qty}, upah ${p.rate}${p.total ? `, total ${p.total}` : ''}, diterima ${p.received}${p.due ? `, setor ${p.due}` : ''}${p.materials === null ? '' : p.materials ? ', bahan dari pemberi kerja' : ', bahan dari pekerja'}. ${p.total ? 'Mohon dibalas bila sesuai.' : 'Mohon dikabari upahnya.'}`,
  askProduct: (p: { list: string }) => `Pekerjaan utama Anda?\n${p.list}\nBalas angka atau tulis.`,
  rekapHourly: (p: { amount: string }) =>
    `Bersih per jam: ${p.amount} (upah setoran dikurangi biaya, dibagi jam; tanpa kasbon)`,
  rekapUmk: (p: { region: string; year: number; amount: string; about: boolean; pct: number }) =>
    `Pembanding: UMK ${p.year} = ${p.about ? '+-' : ''}${p.amount}/jam.${p.pct > 0 ? ` Anda ${p.pct}% dari itu.` : ''}`,
  welcome: 'Halo! Saya Upahku, teman mencatat kerja borongan di rumah. Gratis.\nPilih bahasa:\n1 Indonesia\n2 English',
  consent:
    'Sebelum mulai: saya mencatat order, setoran, bayaran, jam dan biaya yang Anda kirim. Hanya Anda yang melihat catatan lengkap. Nama dan nomor HP tidak diberikan ke siapa pun. DATAKU=lihat data, BERHENTI=stop pesan, HAPUS=hapus semua.\nSetuju?\n1 Ya\n2 Tidak',
  research:
    'Boleh catatan Anda dipakai untuk penelitian upah pekerja rumahan, tanpa nama dan nomor HP? Bisa diubah kapan saja.\n1 Ya\n2 Tidak',
  mainMenuTitle: 'Menu:',
  menuFooter: '',
  menuOrder: 'Order',
  menuHandin: 'Setor',
  menuPayment: 'Bayar',
  menuHours: 'Jam',
  menuCost: 'Biaya',
  menuRekap: 'Rekap',
  menuCorrections: 'Ubah',
  bpjsMenuLabel: 'BPJS',
  menuLabel: 'Atur',
  compareLabel: 'Banding',
  helpLabel: 'Bantuan',
  chooseNumber: (p: { max: number }) => `Balas angka 1-${p.max}.`,
  chooseNumberOrZero: (p: { max: number }) => `Balas angka 1-${p.max}, 0=kembali.`,
  help: 'Catat langsung, misal:\norder 3 kodi sandal 2rb/pasang dari Bu Yati\nsetor 58 retur 2\ndibayar 100rb\nkasbon 50rb\nkerja 5 jam\nbiaya lem 10rb\nKata: MENU BATAL REKAP UBAH BPJS TANYA BANDINGKAN GABUNG SAMBUNG PENGINGAT BAHASA DATAKU BERHENTI MULAI HAPUS',
  settingsMenu: (p: { lang: string; research: string; messages: string; kecamatan: string; product: string }) =>
    `Atur:\n1 Bahasa: ${p.lang}\n2 Penelitian: ${p.research}\n3 Data saya\n4 Pesan: ${p.messages}\n5 Hapus semua\n6 Pengingat\n7 Kec: ${p.kecamatan}\n8 Kerja: ${p.product}\n0 Kembali`,
  eraseConfirm:
    'Hapus SEMUA data Anda? Semua catatan hilang selamanya.\n1 Ya, hapus semua\n2 Tidak\nSatu catatan saja yang salah? Balas 2, lalu UBAH.',
  dataRetention: (p: { days: number }) => `Isi pesan disimpan ${p.days} hari. Catatan kerja sampai Anda hapus.`,
  dataRights: 'HAPUS=hapus semua, BERHENTI=stop pesan.',
  tooLong: 'Pesannya terlalu panjang. Kirim singkat saja.',
  mediaNotSupported: 'Maaf, saya hanya bisa membaca tulisan.',
  entryRefused: (p: { limit: string; max: number | null }) =>
    `Maaf, catatan ini tidak bisa disimpan${p.max !== null ? ` (paling banyak ${p.max})` : ''}. Tidak ada yang tersimpan. Ketik ulang dengan angka yang benar.`,
};

const en: Catalog = {
  reminderIntro: 'Upahku: recorded your work this week?',
  reminderToHandIn: (p: { product: string; employer: string }) => `${p.product} ${p.employer}: how many handed in?`,
  reminderToBePaid: (p: { product: string; employer: string }) => `${p.product} ${p.employer}: paid yet?`,
  reminderNothingOpen: 'Record orders, hand-ins, pay, hours or costs.',
  reminderFooter: 'MENU=record, REMINDER=change day, STOP=stop.',
  confirmNew: (p: { title: string; lines: string }) => `${p.title}\n${p.lines}\n1 Save\n2 Change`,
  orderTitle: 'Check order:',
  handinTitle: 'Check hand-in:',
  paymentTitle: 'Check pay:',
  kasbonTitle: 'Check advance:',
  hoursTitle: 'Check hours:',
  costTitle: 'Check cost:',
  lblDue: 'Due',
  lblWritten: 'Written',
  lblMaterials: 'Employer materials',
  lblForOrder: 'Order',
  lblHelpers: 'Helpers',
  lblChild: 'Child <15',
  orderSaved: (p: { employer: string; total: string }) =>
    `Order saved, worth ${p.total}. Forward the next SMS to ${p.employer} as a written record. Wrong? Type EDIT.`,
  orderSavedNoRate: (p: { employer: string; example: string }) =>
    `Order saved, rate not known yet. When told, type: ${p.example}. Forward the next SMS to ${p.employer}. Wrong? Type EDIT.`,
  orderNote: (p: {
    employer: string;
    product: string;
    qty: string;
    rate: string;
    total: string | null;
    received: string;
    due: string | null;
    materials: boolean | null;
  }) =>
    `ORDER NOTE ${p.employer}: ${p.product} ${p.qty}, rate ${p.rate}${p.total ? `, total ${p.total}` : ''}, received ${p.received}${p.due ? `, due ${p.due}` : ''}${p.materials === null ? '' : p.materials ? ', materials from the employer' : ', materials her own'}. ${p.total ? 'Please reply if this is right.' : 'Please tell me the rate.'}`,
  askProduct: (p: { list: string }) => `Your main home work?\n${p.list}\nReply with the number, or write your work.`,
  rekapHourly: (p: { amount: string }) =>
    `Net per hour: ${p.amount} (hand-ins minus costs, per hour; advances not counted)`,
  rekapUmk: (p: { region: string; year: number; amount: string; about: boolean; pct: number }) =>
    `Compare: UMK ${p.year} = ${p.about ? '~' : ''}${p.amount}/hour.${p.pct > 0 ? ` You: ${p.pct}% of that.` : ''}`,
  welcome:
    'Hello! I am Upahku, a helper to record piece-rate work at home. Free.\nChoose a language:\n1 Indonesia\n2 English',
  consent:
    'Before we start: I record the orders, hand-ins, pay, hours and costs you send. Only you see your full records. Your name and number are never given to anyone. MYDATA=see data, STOP=stop messages, DELETE=delete all.\nAgree?\n1 Yes\n2 No',
  research:
    'May your records be used for research on home workers pay, without your name or number? You can change this any time.\n1 Yes\n2 No',
  mainMenuTitle: 'Menu:',
  menuFooter: '',
  menuOrder: 'Order',
  menuHandin: 'Hand-in',
  menuPayment: 'Pay',
  menuHours: 'Hours',
  menuCost: 'Cost',
  menuRekap: 'Summary',
  menuCorrections: 'Edit',
  bpjsMenuLabel: 'BPJS',
  menuLabel: 'Settings',
  compareLabel: 'Compare',
  helpLabel: 'Help',
  chooseNumber: (p: { max: number }) => `Reply 1-${p.max}.`,
  chooseNumberOrZero: (p: { max: number }) => `Reply 1-${p.max}, 0=back.`,
  help: 'Record in one message, e.g.:\norder 3 kodi sandal 2rb/pasang dari Bu Yati\nsetor 58 retur 2\ndibayar 100rb\nkasbon 50rb\nkerja 5 jam\nbiaya lem 10rb\nWords: MENU CANCEL SUMMARY EDIT BPJS ASK COMPARE JOIN LINK REMINDER LANGUAGE MYDATA STOP RESUME DELETE',
  settingsMenu: (p: { lang: string; research: string; messages: string; kecamatan: string; product: string }) =>
    `Settings:\n1 Language: ${p.lang}\n2 Research: ${p.research}\n3 My data\n4 Messages: ${p.messages}\n5 Delete all\n6 Reminder\n7 Kec: ${p.kecamatan}\n8 Work: ${p.product}\n0 Back`,
  eraseConfirm:
    'Delete ALL your data? All records are gone for ever.\n1 Yes, delete all\n2 No\nOnly one record wrong? Reply 2, then EDIT.',
  dataRetention: (p: { days: number }) => `Message texts kept ${p.days} days. Work records until you delete them.`,
  dataRights: 'DELETE=delete all, STOP=stop messages.',
  tooLong: 'That message is too long. Please send it short.',
  mediaNotSupported: 'Sorry, I can only read text.',
  entryRefused: (p: { limit: string; max: number | null }) =>
    `Sorry, this entry cannot be saved${p.max !== null ? ` (at most ${p.max})` : ''}. Nothing was saved. Type it again with the right number.`,
};

export const sms = { id, en };
