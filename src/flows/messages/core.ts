import { defineMessages } from './define.ts';

const KIND_ID: Record<string, string> = {
  order: 'Order',
  handin: 'Setoran',
  payment: 'Bayaran',
  kasbon: 'Kasbon',
  hours: 'Jam kerja',
  cost: 'Biaya',
};
/** 1000000 as 1.000.000 (Indonesian) or 1,000,000 (English). */
const grouped = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

// What a refused diary value was (src/db/diary.ts DiaryValueError.limit), and its largest value.
const LIMIT_ID: Record<string, (max: string) => string> = {
  pieces: (max) => `Jumlah barang paling banyak ${max}`,
  quantity: (max) => `Jumlah barang paling banyak ${max}`,
  rateCount: (max) => `Jumlah satuan upah paling banyak ${max}`,
  rupiah: (max) => `Jumlah uang paling banyak Rp${max}`,
  minutes: () => 'Satu hari hanya 24 jam',
  helpers: (max) => `Yang membantu paling banyak ${max} orang`,
  text: (max) => `Nama paling panjang ${max} huruf`,
};
const LIMIT_EN: Record<string, (max: string) => string> = {
  pieces: (max) => `The number of pieces is at most ${max}`,
  quantity: (max) => `The number of pieces is at most ${max}`,
  rateCount: (max) => `The number of units a rate is for is at most ${max}`,
  rupiah: (max) => `An amount of money is at most Rp${max}`,
  minutes: () => 'A day has only 24 hours',
  helpers: (max) => `At most ${max} people can help`,
  text: (max) => `A name is at most ${max} letters long`,
};

const KIND_EN: Record<string, string> = {
  order: 'The order',
  handin: 'The hand-in',
  payment: 'The pay',
  kasbon: 'The advance',
  hours: 'The hours',
  cost: 'The cost',
};

export const core = defineMessages(
  {
    mainMenuTitle: 'Menu Upahku:',
    menuFooter: 'Balas dengan angka.',
    notUnderstood: 'Maaf, saya belum paham.',
    chooseNumber: (p: { max: number }) => `Balas dengan angka 1 sampai ${p.max}.`,
    chooseNumberOrZero: (p: { max: number }) => `Balas dengan angka 1 sampai ${p.max}, atau 0 untuk kembali.`,
    emptyInput: 'Pesannya kosong. Ketik MENU untuk melihat pilihan.',
    tooLong: 'Pesannya terlalu panjang. Mohon kirim singkat saja, paling banyak 1000 huruf.',
    mediaNotSupported: 'Maaf, saat ini saya hanya bisa membaca tulisan, belum foto, suara atau stiker.',
    cancelled: 'Dibatalkan. Tidak ada yang disimpan.',
    nothingToCancel: 'Tidak ada yang sedang berjalan.',
    continueEntry: 'Lanjutkan yang tadi: balas pertanyaan terakhir di atas, atau ketik BATAL.',
    welcomeAside: 'Sama-sama.',
    glossaryUnit: (p: { unit: string; n: number }) => `1 ${p.unit} = ${p.n} biji.`,
    // The diary words first, one short example each; then the commands. Under 700 characters.
    help: 'Bantuan:\nCatat langsung, contoh:\norder 3 kodi sandal 2rb/pasang dari Bu Yati\nsetor 58 retur 2\ndibayar 100rb\nkasbon 50rb\nkerja 5 jam\nbiaya lem 10rb / beli benang 5rb\nKata lain:\nMENU = pilihan, BATAL = batalkan\nREKAP = hitungan upah\nBANDINGKAN = upah orang lain\nUBAH = betulkan catatan\nBPJS = jaminan sosial\nTANYA ... = kirim pertanyaan\nGABUNG kode = masuk kelompok\nSAMBUNG = pakai di nomor lain\nPENGINGAT = atur pengingat\nKECAMATAN, PEKERJAAN = data diri\nBAHASA = ganti bahasa\nDATAKU = lihat data saya\nBERHENTI / MULAI = stop / terima pesan\nHAPUS = hapus semua data saya',
    yesNo: '1 Ya\n2 Tidak',
    connected: 'Ya, sudah tersambung. Saya Upahku, pencatat kerja dan upah Anda.',
    howToRecord:
      'Ketik saja yang terjadi, seperti bercerita, contoh:\nambil 3 kodi sandal dari Bu Yati 4rb/kodi\nsetor 2 kodi ke Bu Yati\ndibayar Bu Yati 100rb\nkerja 5 jam\nbeli lem 15rb\nBoleh beberapa sekaligus. Atau ketik MENU untuk pilihan.',
    catchUp:
      'Silakan, tulis per hari, boleh sekaligus, contoh:\nsenin setor 2 kodi ke Bu Yati\nselasa kerja 5 jam, beli lem 15rb\nKalau hari lupa, tulis tanggalnya, contoh: tgl 3.',
    smallTalk: 'Sama-sama. Kalau mau mencatat, langsung ketik saja, atau MENU.',
    noted: 'Baik. Kalau mau mencatat, langsung ketik saja, atau MENU.',
    sentTwice:
      'Pesan ini sama dengan yang tadi dan sudah tersimpan, jadi tidak saya catat dua kali. Kalau memang terjadi dua kali, ketik lagi dengan kata "lagi".',
    sentTwiceCheck: 'Pesan yang sama terkirim dua kali: ini satu catatan saja.',
    twinUndone: 'Baik, catatan yang dobel sudah saya hapus. Yang tersimpan satu saja.',
    twinNone: 'Baik. Yang tersimpan satu saja.',
    whatCounts:
      'Ya. Di REKAP semua yang Anda catat dihitung: upah dari setoran yang diterima, dikurangi biaya, lalu dibagi jam kerja. Barang yang ditolak tidak ikut dibayar.',
    rateChanged:
      'Baik. Upah order yang sudah tercatat tidak saya ubah. Kalau upah order itu memang berubah semua, ketik UBAH lalu pilih ordernya.',
    onBehalf:
      'Baik. Catat saja pekerjaannya langsung, satu per pesan atau sekaligus, contoh: setor 2 kodi ke Bu Yati. Ketik MENU untuk pilihan.',
    alreadySaved: 'Sudah tersimpan. Kalau salah, ketik UBAH. Untuk mencatat yang lain, langsung ketik saja, atau MENU.',
    aboutBot:
      'Upahku membantu Anda mencatat order, setoran, bayaran, jam kerja dan biaya, lalu menghitung upah per jam dan uang yang belum dibayar. Ada juga panduan BPJS.\nCatat langsung, contoh: setor 2 kodi ke Bu Yati\nKetik BANTUAN untuk semua perintah, atau MENU.',
    dayNoted: (p: { day: string }) => `${p.day}: apa yang mau dicatat? Ketik saja, contoh: setor 2 kodi ke Bu Umi.`,
    complaintHeard:
      'Maaf, itu berat. Catatan Anda membantu: ketik REKAP untuk melihat upah yang belum dibayar. Untuk bertanya ke pendamping, ketik TANYA lalu pertanyaannya.',
    forgotOk: 'Tidak apa-apa. Kalau nanti ingat, ketik UBAH untuk melengkapi catatan.',
    dayOffNoted: 'Baik, tidak ada kerja hari itu. Tidak ada yang dicatat.',
    parkedWhat: (p: { kind: string; employer: string | null }) =>
      `${KIND_ID[p.kind] ?? p.kind}${p.employer ? ` dari ${p.employer}` : ''}`,
    parkedBatch: (p: { n: number }) => `${p.n} catatan`,
    parkedOffer: (p: { what: string }) => `${p.what} belum selesai:\n1 Lanjutkan\n2 Buang`,
    parkedDropped: 'Baik, catatan yang belum selesai itu dibuang.',
    pendingAsk: (p: { what: string }) =>
      `${p.what} tadi belum disimpan:\n1 Simpan dulu\n2 Buang\nLalu pesan Anda yang baru saya catat.`,
    pendingStale: (p: { what: string }) => `${p.what} dari kemarin belum disimpan:\n1 Simpan\n2 Buang`,
    pendingDropped: 'Catatan tadi dibuang.',
    pendingStaleDropped: 'Catatan lama yang belum disimpan sudah dibuang.',
    optContinue: 'Lanjutkan',
    optSaveIt: 'Simpan',
    optDrop: 'Buang',
    yes: 'Ya',
    no: 'Tidak',
    back: 'Kembali',
    entryRefused: (p: { limit: string; max: number | null }) =>
      `Maaf, catatan ini tidak bisa disimpan: ${
        p.max !== null && Object.hasOwn(LIMIT_ID, p.limit)
          ? `${LIMIT_ID[p.limit]!(grouped(p.max, '.'))}.`
          : 'ada angka atau isian yang tidak masuk akal.'
      }\nCatatan itu dibuang, tidak ada yang tersimpan. Silakan ketik ulang dengan angka yang benar.`,
  },
  {
    mainMenuTitle: 'Upahku menu:',
    menuFooter: 'Reply with a number.',
    notUnderstood: 'Sorry, I did not understand.',
    chooseNumber: (p: { max: number }) => `Reply with a number from 1 to ${p.max}.`,
    chooseNumberOrZero: (p: { max: number }) => `Reply with a number from 1 to ${p.max}, or 0 to go back.`,
    emptyInput: 'The message is empty. Type MENU to see the choices.',
    tooLong: 'That message is too long. Please send it short, at most 1000 letters.',
    mediaNotSupported: 'Sorry, for now I can only read text, not photos, voice notes or stickers.',
    cancelled: 'Cancelled. Nothing was saved.',
    nothingToCancel: 'Nothing is in progress.',
    continueEntry: 'Back to where you were: answer the last question above, or type CANCEL.',
    welcomeAside: 'You are welcome.',
    glossaryUnit: (p: { unit: string; n: number }) => `1 ${p.unit} = ${p.n} pieces.`,
    help: 'Help:\nRecord in one message (in Indonesian), e.g.:\norder 3 kodi sandal 2rb/pasang dari Bu Yati = new order\nsetor 58 retur 2 = handed in, 2 rejected\ndibayar 100rb = paid\nkasbon 50rb = advance\nkerja 5 jam = 5 hours worked\nbiaya lem 10rb / beli benang 5rb = costs\nOther words:\nMENU = choices, CANCEL = cancel\nSUMMARY = my pay so far\nCOMPARE = what others earn\nEDIT = fix a record\nBPJS = social protection\nASK ... = send a question\nJOIN code = join a group\nLINK = use on another number\nREMINDER = set reminders\nKECAMATAN, PEKERJAAN = your details\nLANGUAGE = change language\nMYDATA = see my data\nSTOP / RESUME = stop / get messages\nDELETE = delete all my data',
    yesNo: '1 Yes\n2 No',
    connected: 'Yes, it works. I am Upahku, I keep a record of your work and pay.',
    howToRecord:
      'Just type what happened, as you would tell it, e.g.:\ngot 3 kodi of sandals from Bu Yati, 4k a kodi\nhanded in 2 kodi to Bu Yati\nBu Yati paid me 100k\nworked 5 hours\nbought glue 15k\nSeveral at once is fine. Or type MENU for choices.',
    catchUp:
      'Go ahead, day by day, all at once is fine, e.g.:\nmonday handed in 2 kodi to Bu Yati\ntuesday worked 5 hours, bought glue 15k\nIf you forget the day, give the date, e.g. the 3rd.',
    smallTalk: 'You are welcome. To record something, just type it, or MENU.',
    noted: 'All right. To record something, just type it, or MENU.',
    sentTwice:
      'This message is the same as the one before and is already saved, so I have not saved it twice. If it really happened twice, send it again with the word "again".',
    sentTwiceCheck: 'The same message came twice: this is one entry only.',
    twinUndone: 'All right, I have removed the double entry. One is saved.',
    twinNone: 'All right. Only one is saved.',
    whatCounts:
      'Yes. REKAP counts everything you record: the pay for accepted hand-ins, less your costs, divided by your hours. Rejected pieces are not paid.',
    rateChanged:
      'All right. I have not changed the rate of the orders already recorded. If the whole order now has the new rate, type EDIT and choose the order.',
    onBehalf:
      'All right. Just record the work as it happens, one message or several, for example: setor 2 kodi ke Bu Yati. Type MENU for choices.',
    alreadySaved: 'Already saved. If it is wrong, type UBAH. To record something else, just type it, or MENU.',
    aboutBot:
      'Upahku helps you record orders, hand-ins, pay, hours and costs, then works out your pay per hour and the money still owed to you. There is a BPJS guide too.\nJust type it, for example: setor 2 kodi ke Bu Yati\nType HELP for all commands, or MENU.',
    dayNoted: (p: { day: string }) =>
      `${p.day}: what do you want to record? Just type it, for example: handed in 2 kodi to Bu Umi.`,
    complaintHeard:
      'Sorry, that is hard. Your records help: type REKAP to see pay still owed. To ask the staff, type TANYA and your question.',
    forgotOk: 'That is all right. When you remember, type EDIT to complete the entry.',
    dayOffNoted: 'All right, no work that day. Nothing is recorded.',
    parkedWhat: (p: { kind: string; employer: string | null }) =>
      `${KIND_EN[p.kind] ?? p.kind}${p.employer ? ` from ${p.employer}` : ''}`,
    parkedBatch: (p: { n: number }) => `${p.n} entries`,
    parkedOffer: (p: { what: string }) => `${p.what} is not finished:\n1 Continue\n2 Drop it`,
    parkedDropped: 'All right, the unfinished entry was dropped.',
    pendingAsk: (p: { what: string }) =>
      `${p.what} from before: not saved yet.\n1 Save it first\n2 Drop it\nThen I record your new message.`,
    pendingStale: (p: { what: string }) => `${p.what} from an earlier day is not saved yet:\n1 Save\n2 Drop it`,
    pendingDropped: 'The entry from before was dropped.',
    pendingStaleDropped: 'The old entry that was never saved has been dropped.',
    optContinue: 'Continue',
    optSaveIt: 'Save',
    optDrop: 'Drop it',
    yes: 'Yes',
    no: 'No',
    back: 'Back',
    entryRefused: (p: { limit: string; max: number | null }) =>
      `Sorry, this entry cannot be saved: ${
        p.max !== null && Object.hasOwn(LIMIT_EN, p.limit)
          ? `${LIMIT_EN[p.limit]!(grouped(p.max, ','))}.`
          : 'a number or answer in it does not make sense.'
      }\nThat entry was dropped; nothing was saved. Please type it again with the right number.`,
  },
);
