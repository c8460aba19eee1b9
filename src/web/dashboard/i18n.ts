// The dashboard in Bahasa Indonesia and English: one catalogue per language,
// the formats staff in Kediri expect (dates dd/mm/yyyy, WIB; rupiah Rp1.234),
// and the language chosen per login (stored per access token).
import type { Kysely } from 'kysely';
import { WIB_OFFSET_MS } from '../../core/time.ts';
import type { Database } from '../../db/schema.ts';

export type DashLang = 'id' | 'en';
export const DASH_LANGS: readonly DashLang[] = ['id', 'en'];
/** Staff of a Kediri NGO read Indonesian first. */
export const DEFAULT_LANG: DashLang = 'id';

export const isDashLang = (v: unknown): v is DashLang => v === 'id' || v === 'en';

const en = {
  'lang.name': 'English',
  'lang.switch': 'Bahasa Indonesia',
  'lang.label': 'Language',
  'nav.research': 'Research',
  'nav.ngo': 'Outreach',
  'nav.admin': 'Admin',
  'nav.soon': '(soon)',
  'nav.menu': 'Menu',
  logout: 'Log out',
  back: 'Back to the dashboard',
  'page.broadcasts': 'Broadcasts',
  'page.broadcast': 'Broadcast',
  'page.groups': 'Groups',
  'page.tanya': 'TANYA inbox',
  'page.templates': 'Templates',
  'status.draft': 'draft',
  'status.scheduled': 'scheduled',
  'status.sending': 'sending',
  'status.done': 'done',
  'status.cancelled': 'cancelled',
  'status.recurring': 'recurring',
  'bc.list': 'Sent and planned',
  'bc.none': 'No broadcasts yet.',
  'bc.col.title': 'Title',
  'bc.col.status': 'Status',
  'bc.col.made': 'Made',
  'bc.col.planned': 'Planned for',
  'bc.col.recipients': 'Recipients',
  'bc.col.sent': 'Sent',
  'bc.new': 'New broadcast',
  'bc.title': 'Title (for staff)',
  'bc.textId': 'Message in Bahasa Indonesia',
  'bc.textEn': 'Message in English (optional)',
  'bc.count': '{chars} characters · {segments} SMS segment(s) ({encoding})',
  'bc.fromTemplate': 'Start from a template',
  'bc.useTemplate': 'Use',
  'bc.noTemplate': '(none)',
  'bc.seg.kecamatan': 'Kecamatan (none = all)',
  'bc.seg.product': 'Kind of work (none = all)',
  'bc.seg.group': 'Groups (none = all)',
  'bc.seg.lang': 'Language (none = all)',
  'bc.seg.channel': 'Channel (none = all)',
  'bc.seg.campaign': 'Campaign codes, comma separated (optional)',
  'bc.seg.protection': 'BPJS status (none = all)',
  'bc.seg.active': 'Only workers who wrote to the bot within this many days (optional)',
  'bc.cron': 'Repeat on a schedule (optional, cron in WIB, e.g. "0 9 * * 1#1" = first Monday of the month 09:00)',
  'bc.preview': 'Preview',
  'bc.back': 'All broadcasts',
  'bc.texts': 'Texts',
  'bc.segment': 'Segment',
  'bc.schedule': 'Schedule',
  'bc.quiet': 'Quiet hours {hours} WIB: nothing is sent in them.',
  'bc.noQuiet': 'No quiet hours.',
  'bc.recurring': 'Repeats: {cron} (WIB). Next run: {next}.',
  'bc.runs': 'Runs',
  'bc.planFrom': 'A run of the recurring broadcast',
  'bc.notScheduled': 'Not scheduled.',
  'bc.scheduledFor': 'Will be sent at {at} WIB.',
  'bc.previewHead': 'Who gets it',
  'bc.reach': 'Recipients now:',
  'bc.reachFew': 'Goes to fewer than {k} workers now (small groups are not counted exactly when BPJS status is used).',
  'bc.left':
    'Left out: {optedOut} who said BERHENTI, {noConsent} without consent, {unreachable} who cannot be reached.',
  'bc.leftFew': 'Left out: counts hidden (fewer than {k} or could reveal a BPJS status).',
  'bc.byChannel': 'By channel',
  'bc.duration': 'At the channels\u2019 rates sending takes about {time}.',
  'bc.durationNone': 'Nothing to send.',
  'bc.figures': 'Figures',
  'bc.f.recipients': 'Recipients',
  'bc.f.queued': 'Queued',
  'bc.f.sent': 'Sent',
  'bc.f.delivered': 'Delivered',
  'bc.f.read': 'Read',
  'bc.f.failed': 'Failed',
  'bc.f.waitingWorker': 'Wait until she writes',
  'bc.f.optedOut': 'Opted out since',
  'bc.f.replied': 'Replied within 48 h',
  'bc.f.cancelled': 'Withdrawn',
  'bc.f.waitingMorning': '{n} wait for the end of quiet hours ({at} WIB).',
  'bc.receiptsNote':
    'Delivered and read come from WhatsApp receipts; Telegram has no read receipts, so its messages count only as sent.',
  'bc.waitingNote':
    'Terminal and web-chat workers receive only when they next write: their messages wait for that, they are not stuck.',
  'bc.failedBy': 'Failed by reason',
  'bc.reason.unreachable': 'cannot be reached (blocked or left)',
  'bc.reason.rejected': 'refused by the platform',
  'bc.reason.gave_up': 'gave up after retries',
  'bc.reason.cancelled': 'broadcast cancelled',
  'bc.reason.opted_out': 'said BERHENTI before it went',
  'bc.reason.other': 'other',
  'bc.replies': 'Replies within 48 h',
  'bc.noReplies': 'No replies yet.',
  'bc.sendNow': 'Send now',
  'bc.sendAt': 'Send at (WIB)',
  'bc.schedule.button': 'Schedule',
  'bc.reschedule': 'Change time',
  'bc.startRecurring': 'Start repeating',
  'bc.cancel': 'Cancel broadcast',
  'bc.discard': 'Discard',
  'bc.edit': 'Edit',
  'bc.save': 'Save changes',
  'bc.testSend': 'Test send to my own number',
  'bc.testAddress': 'My number or chat (e.g. 628123456789 on WhatsApp)',
  'bc.testChannel': 'Channel',
  'bc.saveTemplate': 'Save the texts as a template',
  'bc.templateName': 'Template name',
  'bc.autoRefresh': 'These figures update by themselves.',
  'tpl.none': 'No templates yet.',
  'tpl.new': 'New template',
  'tpl.name': 'Name',
  'tpl.save': 'Save template',
  'tpl.delete': 'Delete',
  'grp.intro':
    'Groups of workers an NGO works with. A worker joins by sending the join code to the bot (or by import with npx upahku group import); a broadcast can go to one or more groups.',
  'grp.col.group': 'Group',
  'grp.col.code': 'Join code',
  'grp.col.members': 'Members',
  'grp.none': 'No groups yet.',
  'grp.new': 'New group',
  'grp.name': 'Name',
  'grp.code': 'Join code (optional, 3 to 20 letters or digits)',
  'grp.make': 'Make group',
  'q.intro':
    'Questions workers sent, oldest first (times in WIB). An answer of at most {max} characters goes back to her in the chat.',
  'q.figures.open': 'Open',
  'q.figures.answered': 'Answered',
  'q.figures.median': 'Median time to answer',
  'q.filter': 'Show',
  'q.filter.open': 'Open',
  'q.filter.mine': 'Assigned to me',
  'q.filter.closed': 'Closed or answered',
  'q.filter.label': 'Label',
  'q.filter.go': 'Show',
  'q.none': 'No questions here.',
  'q.ctx.lang': 'Language',
  'q.ctx.kecamatan': 'Kecamatan',
  'q.ctx.product': 'Work',
  'q.ctx.bpjs': 'BPJS',
  'q.ctx.earlier': 'Her earlier questions',
  'q.ctx.noAnswer': '(no answer)',
  'q.answer': 'Answer',
  'q.answerTo': 'Answer to question {id}',
  'q.canned': 'Canned answer',
  'q.pick': 'Pick one to edit',
  'q.same': 'Also send this answer to the same question from: {refs}',
  'q.send': 'Send answer',
  'q.close': 'Close without answer',
  'q.assign': 'Assign to',
  'q.nobody': '(nobody)',
  'q.labels': 'Labels (comma separated)',
  'q.saveLabels': 'Save',
  'q.assigned': 'Assigned to {who}',
  'q.closed': 'Closed',
  'q.answeredBy': 'Answered by {who}',
  'q.cannedList': 'Canned answers',
  'q.cannedNew': 'New canned answer',
  'q.cannedTitle': 'Title',
  'q.cannedText': 'Text',
  'q.cannedSave': 'Save canned answer',
  'q.days': '{n} days',
  'q.hours': '{n} h',
  'q.minutes': '{n} min',
  'dur.hm': '{h} h {m} min',
  'dur.m': '{m} min',
  'dur.s': 'under a minute',
  'ok.created': 'Draft broadcast #{id} made. Check who gets it below, then send or schedule it.',
  'ok.sending': 'Broadcast #{id} is being sent to {n} workers.',
  'ok.scheduled': 'Broadcast #{id} will be sent at {at} WIB.',
  'ok.recurring': 'Broadcast #{id} repeats; next run {at} WIB.',
  'ok.cancelled': 'Broadcast #{id} cancelled.',
  'ok.edited': 'Broadcast #{id} changed.',
  'ok.testSent': 'Test message queued to your own number.',
  'ok.template': 'Template saved.',
  'ok.templateDeleted': 'Template deleted.',
  'ok.group': 'Group made.',
  'ok.answered': 'Answer sent to question {id}.',
  'ok.answeredMany': 'Answer sent to {n} questions.',
  'ok.stored': 'Answer to question {id} stored; no channel reaches her now.',
  'ok.closed': 'Question {id} closed.',
  'ok.assigned': 'Question {id} assigned.',
  'ok.labels': 'Labels of question {id} saved.',
  'ok.canned': 'Canned answer saved.',
  'err.generic': 'That did not work: {detail}',
  'err.choose': 'Choose a broadcast.',
  'err.future': 'Choose a time in the future (WIB), written dd/mm/yyyy hh:mm.',
  'err.noBroadcast': 'There is no such broadcast.',
  'err.notEditable': 'Only a draft or scheduled broadcast can be changed.',
  'err.question': 'Choose a question.',
  'err.testAddress': 'Give your own number or chat id for the test.',
  'err.templateName': 'A template needs a name of 1 to 80 characters.',
  'err.templateTaken': 'A template of that name exists already.',
  'err.cron': 'That repeat pattern is not a valid cron expression.',
  'err.labels': 'Labels are at most 5, each 1 to 30 letters, digits or -.',
  'err.canned': 'A canned answer needs a title and a text.',
  'seg.everyone': 'everyone',
  'seg.kecamatan': 'kecamatan {v}',
  'seg.product': 'work: {v}',
  'seg.lang': 'language: {v}',
  'seg.channel': 'on {v}',
  'seg.active': 'wrote in the last {n} days',
  'seg.campaign': 'campaign {v}',
  'seg.group': 'group {v}',
  'seg.protection': 'BPJS status {v}',
  'seg.or': ' or ',
  'bc.atHint': 'dd/mm/yyyy hh:mm',
  fewer: 'fewer than {k}',
} as const;

export type MsgKey = keyof typeof en;

const id: Record<MsgKey, string> = {
  'lang.name': 'Bahasa Indonesia',
  'lang.switch': 'English',
  'lang.label': 'Bahasa',
  'nav.research': 'Riset',
  'nav.ngo': 'Penjangkauan',
  'nav.admin': 'Admin',
  'nav.soon': '(segera)',
  'nav.menu': 'Menu',
  logout: 'Keluar',
  back: 'Kembali ke dasbor',
  'page.broadcasts': 'Siaran',
  'page.broadcast': 'Siaran',
  'page.groups': 'Kelompok',
  'page.tanya': 'Kotak TANYA',
  'page.templates': 'Templat',
  'status.draft': 'draf',
  'status.scheduled': 'terjadwal',
  'status.sending': 'sedang dikirim',
  'status.done': 'selesai',
  'status.cancelled': 'dibatalkan',
  'status.recurring': 'berulang',
  'bc.list': 'Terkirim dan terencana',
  'bc.none': 'Belum ada siaran.',
  'bc.col.title': 'Judul',
  'bc.col.status': 'Status',
  'bc.col.made': 'Dibuat',
  'bc.col.planned': 'Jadwal',
  'bc.col.recipients': 'Penerima',
  'bc.col.sent': 'Terkirim',
  'bc.new': 'Siaran baru',
  'bc.title': 'Judul (untuk staf)',
  'bc.textId': 'Pesan dalam Bahasa Indonesia',
  'bc.textEn': 'Pesan dalam Bahasa Inggris (boleh kosong)',
  'bc.count': '{chars} karakter · {segments} segmen SMS ({encoding})',
  'bc.fromTemplate': 'Mulai dari templat',
  'bc.useTemplate': 'Pakai',
  'bc.noTemplate': '(tidak ada)',
  'bc.seg.kecamatan': 'Kecamatan (kosong = semua)',
  'bc.seg.product': 'Jenis pekerjaan (kosong = semua)',
  'bc.seg.group': 'Kelompok (kosong = semua)',
  'bc.seg.lang': 'Bahasa (kosong = semua)',
  'bc.seg.channel': 'Saluran (kosong = semua)',
  'bc.seg.campaign': 'Kode kampanye, dipisah koma (boleh kosong)',
  'bc.seg.protection': 'Status BPJS (kosong = semua)',
  'bc.seg.active': 'Hanya pekerja yang menulis ke bot dalam sekian hari terakhir (boleh kosong)',
  'bc.cron':
    'Ulangi menurut jadwal (boleh kosong, cron dalam WIB, mis. "0 9 * * 1#1" = Senin pertama tiap bulan pukul 09:00)',
  'bc.preview': 'Pratinjau',
  'bc.back': 'Semua siaran',
  'bc.texts': 'Teks',
  'bc.segment': 'Sasaran',
  'bc.schedule': 'Jadwal',
  'bc.quiet': 'Jam tenang {hours} WIB: tidak ada yang dikirim pada jam itu.',
  'bc.noQuiet': 'Tanpa jam tenang.',
  'bc.recurring': 'Berulang: {cron} (WIB). Berikutnya: {next}.',
  'bc.runs': 'Pengiriman',
  'bc.planFrom': 'Satu pengiriman dari siaran berulang',
  'bc.notScheduled': 'Belum dijadwalkan.',
  'bc.scheduledFor': 'Akan dikirim pada {at} WIB.',
  'bc.previewHead': 'Siapa yang menerima',
  'bc.reach': 'Penerima saat ini:',
  'bc.reachFew':
    'Sampai ke kurang dari {k} pekerja saat ini (kelompok kecil tidak dihitung persis bila status BPJS dipakai).',
  'bc.left':
    'Tidak termasuk: {optedOut} yang bilang BERHENTI, {noConsent} tanpa persetujuan, {unreachable} yang tidak bisa dihubungi.',
  'bc.leftFew': 'Tidak termasuk: jumlah disembunyikan (kurang dari {k} atau bisa membuka status BPJS).',
  'bc.byChannel': 'Per saluran',
  'bc.duration': 'Dengan kecepatan saluran, pengiriman makan waktu sekitar {time}.',
  'bc.durationNone': 'Tidak ada yang dikirim.',
  'bc.figures': 'Angka',
  'bc.f.recipients': 'Penerima',
  'bc.f.queued': 'Antre',
  'bc.f.sent': 'Terkirim',
  'bc.f.delivered': 'Sampai',
  'bc.f.read': 'Dibaca',
  'bc.f.failed': 'Gagal',
  'bc.f.waitingWorker': 'Menunggu ia menulis',
  'bc.f.optedOut': 'Berhenti sejak itu',
  'bc.f.replied': 'Membalas dalam 48 jam',
  'bc.f.cancelled': 'Ditarik',
  'bc.f.waitingMorning': '{n} menunggu jam tenang selesai ({at} WIB).',
  'bc.receiptsNote':
    'Sampai dan dibaca berasal dari tanda terima WhatsApp; Telegram tidak punya tanda dibaca, jadi pesannya hanya dihitung terkirim.',
  'bc.waitingNote':
    'Pekerja di terminal dan obrolan web baru menerima saat ia menulis lagi: pesannya menunggu itu, bukan macet.',
  'bc.failedBy': 'Gagal menurut alasan',
  'bc.reason.unreachable': 'tidak bisa dihubungi (memblokir atau keluar)',
  'bc.reason.rejected': 'ditolak platform',
  'bc.reason.gave_up': 'menyerah setelah dicoba ulang',
  'bc.reason.cancelled': 'siaran dibatalkan',
  'bc.reason.opted_out': 'bilang BERHENTI sebelum terkirim',
  'bc.reason.other': 'lainnya',
  'bc.replies': 'Balasan dalam 48 jam',
  'bc.noReplies': 'Belum ada balasan.',
  'bc.sendNow': 'Kirim sekarang',
  'bc.sendAt': 'Kirim pada (WIB)',
  'bc.schedule.button': 'Jadwalkan',
  'bc.reschedule': 'Ubah waktu',
  'bc.startRecurring': 'Mulai berulang',
  'bc.cancel': 'Batalkan siaran',
  'bc.discard': 'Buang',
  'bc.edit': 'Ubah',
  'bc.save': 'Simpan perubahan',
  'bc.testSend': 'Kirim uji ke nomor saya sendiri',
  'bc.testAddress': 'Nomor atau chat saya (mis. 628123456789 di WhatsApp)',
  'bc.testChannel': 'Saluran',
  'bc.saveTemplate': 'Simpan teks sebagai templat',
  'bc.templateName': 'Nama templat',
  'bc.autoRefresh': 'Angka ini diperbarui sendiri.',
  'tpl.none': 'Belum ada templat.',
  'tpl.new': 'Templat baru',
  'tpl.name': 'Nama',
  'tpl.save': 'Simpan templat',
  'tpl.delete': 'Hapus',
  'grp.intro':
    'Kelompok pekerja dampingan LSM. Pekerja bergabung dengan mengirim kode gabung ke bot (atau lewat impor dengan npx upahku group import); siaran bisa dikirim ke satu kelompok atau lebih.',
  'grp.col.group': 'Kelompok',
  'grp.col.code': 'Kode gabung',
  'grp.col.members': 'Anggota',
  'grp.none': 'Belum ada kelompok.',
  'grp.new': 'Kelompok baru',
  'grp.name': 'Nama',
  'grp.code': 'Kode gabung (boleh kosong, 3 sampai 20 huruf atau angka)',
  'grp.make': 'Buat kelompok',
  'q.intro':
    'Pertanyaan dari pekerja, yang terlama dulu (waktu WIB). Jawaban paling banyak {max} karakter dikirim kembali ke obrolannya.',
  'q.figures.open': 'Terbuka',
  'q.figures.answered': 'Terjawab',
  'q.figures.median': 'Median waktu menjawab',
  'q.filter': 'Tampilkan',
  'q.filter.open': 'Terbuka',
  'q.filter.mine': 'Ditugaskan ke saya',
  'q.filter.closed': 'Ditutup atau terjawab',
  'q.filter.label': 'Label',
  'q.filter.go': 'Tampilkan',
  'q.none': 'Tidak ada pertanyaan di sini.',
  'q.ctx.lang': 'Bahasa',
  'q.ctx.kecamatan': 'Kecamatan',
  'q.ctx.product': 'Pekerjaan',
  'q.ctx.bpjs': 'BPJS',
  'q.ctx.earlier': 'Pertanyaannya sebelumnya',
  'q.ctx.noAnswer': '(belum dijawab)',
  'q.answer': 'Jawaban',
  'q.answerTo': 'Jawaban untuk pertanyaan {id}',
  'q.canned': 'Jawaban siap pakai',
  'q.pick': 'Pilih untuk diubah',
  'q.same': 'Kirim jawaban ini juga ke pertanyaan yang sama dari: {refs}',
  'q.send': 'Kirim jawaban',
  'q.close': 'Tutup tanpa jawaban',
  'q.assign': 'Tugaskan ke',
  'q.nobody': '(tidak ada)',
  'q.labels': 'Label (dipisah koma)',
  'q.saveLabels': 'Simpan',
  'q.assigned': 'Ditugaskan ke {who}',
  'q.closed': 'Ditutup',
  'q.answeredBy': 'Dijawab oleh {who}',
  'q.cannedList': 'Jawaban siap pakai',
  'q.cannedNew': 'Jawaban siap pakai baru',
  'q.cannedTitle': 'Judul',
  'q.cannedText': 'Teks',
  'q.cannedSave': 'Simpan jawaban siap pakai',
  'q.days': '{n} hari',
  'q.hours': '{n} jam',
  'q.minutes': '{n} menit',
  'dur.hm': '{h} jam {m} menit',
  'dur.m': '{m} menit',
  'dur.s': 'kurang dari semenit',
  'ok.created': 'Draf siaran #{id} dibuat. Periksa penerimanya di bawah, lalu kirim atau jadwalkan.',
  'ok.sending': 'Siaran #{id} sedang dikirim ke {n} pekerja.',
  'ok.scheduled': 'Siaran #{id} akan dikirim pada {at} WIB.',
  'ok.recurring': 'Siaran #{id} berulang; berikutnya {at} WIB.',
  'ok.cancelled': 'Siaran #{id} dibatalkan.',
  'ok.edited': 'Siaran #{id} diubah.',
  'ok.testSent': 'Pesan uji diantrekan ke nomor Anda sendiri.',
  'ok.template': 'Templat disimpan.',
  'ok.templateDeleted': 'Templat dihapus.',
  'ok.group': 'Kelompok dibuat.',
  'ok.answered': 'Jawaban untuk pertanyaan {id} dikirim.',
  'ok.answeredMany': 'Jawaban dikirim ke {n} pertanyaan.',
  'ok.stored': 'Jawaban untuk pertanyaan {id} disimpan; saat ini tidak ada saluran yang menjangkaunya.',
  'ok.closed': 'Pertanyaan {id} ditutup.',
  'ok.assigned': 'Pertanyaan {id} ditugaskan.',
  'ok.labels': 'Label pertanyaan {id} disimpan.',
  'ok.canned': 'Jawaban siap pakai disimpan.',
  'err.generic': 'Tidak berhasil: {detail}',
  'err.choose': 'Pilih sebuah siaran.',
  'err.future': 'Pilih waktu yang akan datang (WIB), ditulis hh/bb/tttt jj:mm.',
  'err.noBroadcast': 'Siaran itu tidak ada.',
  'err.notEditable': 'Hanya siaran draf atau terjadwal yang bisa diubah.',
  'err.question': 'Pilih sebuah pertanyaan.',
  'err.testAddress': 'Isi nomor atau id chat Anda sendiri untuk uji kirim.',
  'err.templateName': 'Templat perlu nama 1 sampai 80 karakter.',
  'err.templateTaken': 'Templat dengan nama itu sudah ada.',
  'err.cron': 'Pola ulang itu bukan ekspresi cron yang sah.',
  'err.labels': 'Label paling banyak 5, masing-masing 1 sampai 30 huruf, angka atau -.',
  'err.canned': 'Jawaban siap pakai perlu judul dan teks.',
  'seg.everyone': 'semua pekerja',
  'seg.kecamatan': 'kecamatan {v}',
  'seg.product': 'pekerjaan: {v}',
  'seg.lang': 'bahasa: {v}',
  'seg.channel': 'lewat {v}',
  'seg.active': 'menulis dalam {n} hari terakhir',
  'seg.campaign': 'kampanye {v}',
  'seg.group': 'kelompok {v}',
  'seg.protection': 'status BPJS {v}',
  'seg.or': ' atau ',
  'bc.atHint': 'hh/bb/tttt jj:mm',
  fewer: 'kurang dari {k}',
};

const CATALOGUES: Record<DashLang, Record<MsgKey, string>> = { en, id };

/**
 * Indonesian titles of pages registered elsewhere with an English title only
 * (research and admin pages): the menu and the heading use them.
 */
export const PAGE_TITLES_ID: Readonly<Record<string, string>> = {
  '/research/overview': 'Ringkasan',
  '/research/earnings': 'Pendapatan dan UMK',
  '/research/payments': 'Upah telat dan kurang',
  '/research/piece-rates': 'Tarif borongan per produk',
  '/research/protection': 'Perlindungan sosial',
  '/research/quality': 'Mutu data',
  '/research/exports': 'Unduh data',
  '/admin/audit': 'Catatan audit',
  '/admin/tokens': 'Token',
  '/admin/health': 'Kesehatan layanan',
};

export type Params = Record<string, string | number>;
export type T = (key: MsgKey, params?: Params) => string;

/** The message in `lang`, with {name} filled in (numbers in that language's grouping). */
export function translator(lang: DashLang): T {
  const cat = CATALOGUES[lang];
  return (key, params) =>
    cat[key].replace(/\{(\w+)\}/g, (m, name: string) => {
      const v = params && Object.hasOwn(params, name) ? params[name] : undefined;
      if (v === undefined) return m;
      return typeof v === 'number' ? formatNumber(lang, v) : v;
    });
}

/** Whether a string names a message (for codes that arrive in a URL). */
export function isMsgKey(s: string): s is MsgKey {
  return Object.hasOwn(en, s);
}

/** 1.234 in Indonesian, 1,234 in English. */
export function formatNumber(lang: DashLang, n: number): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
}

/** Rupiah as Kediri staff write it, in either language: Rp1.234 (no decimals). */
export function rupiah(n: number): string {
  const sign = n < 0 ? '-' : '';
  return `${sign}Rp${Math.round(Math.abs(n))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** dd/mm/yyyy of an instant, in WIB. */
export function formatDate(d: Date | string): string {
  const w = new Date(new Date(d).getTime() + WIB_OFFSET_MS).toISOString();
  return `${w.slice(8, 10)}/${w.slice(5, 7)}/${w.slice(0, 4)}`;
}

/** dd/mm/yyyy HH:mm of an instant, in WIB. */
export function formatDateTime(d: Date | string): string {
  const w = new Date(new Date(d).getTime() + WIB_OFFSET_MS).toISOString();
  return `${formatDate(d)} ${w.slice(11, 16)}`;
}

/** A length of time for people: "1 h 23 min" / "1 jam 23 menit". */
export function formatDuration(t: T, ms: number): string {
  if (ms < 60_000) return t('dur.s');
  const totalMin = Math.round(ms / 60_000);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  return h ? t('dur.hm', { h, m }) : t('dur.m', { m });
}

/** The language saved for a login (its access token), or the default. */
export async function loginLang(db: Kysely<Database>, tokenId: number | null | undefined): Promise<DashLang> {
  if (tokenId === null || tokenId === undefined) return DEFAULT_LANG;
  const row = await db.selectFrom('dashboard_prefs').select('lang').where('token_id', '=', tokenId).executeTakeFirst();
  return isDashLang(row?.lang) ? row.lang : DEFAULT_LANG;
}

export async function setLoginLang(db: Kysely<Database>, tokenId: number, lang: DashLang, now: Date): Promise<void> {
  await db
    .insertInto('dashboard_prefs')
    .values({ token_id: tokenId, lang, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('token_id').doUpdateSet({ lang, updated_at: now.toISOString() }))
    .execute();
}
