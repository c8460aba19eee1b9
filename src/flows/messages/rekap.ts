// REKAP (summary) and the monthly statement per employer.
import { defineMessages } from './define.ts';
import { MONTHS_EN, MONTHS_ID } from './months.ts';

const PERIOD_ID: Record<string, string> = {
  thisWeek: 'minggu ini',
  lastWeek: 'minggu lalu',
  thisMonth: 'bulan ini',
  lastMonth: 'bulan lalu',
};
const PERIOD_EN: Record<string, string> = {
  thisWeek: 'this week',
  lastWeek: 'last week',
  thisMonth: 'this month',
  lastMonth: 'last month',
};

type Totals = {
  opening: number;
  openingText: string;
  earned: string;
  paid: string;
  kasbon: string | null;
  cut: string | null;
  closing: number;
  closingText: string;
  /** Work waiting for its rate ("3 kodi sandal"): what is left cannot be said in full. */
  waiting: string | null;
};
type EmployerLine = {
  name: string;
  earned: string;
  paid: string;
  kasbon: string | null;
  cut: string | null;
  owed: string;
};
type StmtPayment = { day: string; amount: string; kasbon: boolean; deduction: string | null; repaid: string | null };

export const rekap = defineMessages(
  {
    menuRekap: 'REKAP: upah, bayaran, per jam',
    rekapMenu:
      'REKAP untuk kapan?\n1 Minggu ini\n2 Minggu lalu\n3 Bulan ini\n4 Bulan lalu\n5 Laporan bulanan untuk pemberi kerja\n0 Kembali\nAtau tulis bulannya, contoh: oktober',
    periodName: (p: { kind: string }) => PERIOD_ID[p.kind] ?? p.kind,
    rekapHead: (p: { period: string; from: string; to: string }) => `REKAP ${p.period} (${p.from} - ${p.to})`,
    rekapEmpty: 'Belum ada catatan di waktu ini.',
    rekapPieces: (p: { accepted: number; rejected: number }) =>
      `Setor: ${p.accepted} diterima${p.rejected ? `, ${p.rejected} retur` : ''}`,
    rekapEarned: (p: { amount: string }) => `Upah dari setoran: ${p.amount}`,
    rekapPaid: (p: { amount: string }) => `Bayaran diterima: ${p.amount}`,
    rekapKasbon: (p: { amount: string }) => `Kasbon diterima: ${p.amount} (pinjaman, bukan upah)`,
    rekapKasbonRepaid: (p: { amount: string }) => `Dipotong untuk kasbon: ${p.amount}`,
    rekapDeductions: (p: { amount: string }) => `Potongan pemberi kerja (bahan, retur, denda): ${p.amount}`,
    rekapCosts: (p: { amount: string }) => `Biaya Anda: ${p.amount}`,
    rekapHours: (p: { hours: string }) => `Jam kerja: ${p.hours}`,
    notRecorded: 'belum dicatat',
    rekapHelpers: (p: { days: number; child: number }) =>
      `Dibantu keluarga: ${p.days} hari${p.child ? ` (anak di bawah 15 th: ${p.child} hari)` : ''}`,
    rekapNoHours: 'Catat jam kerja supaya hasil per jam bisa dihitung. Contoh: kerja 5 jam',
    rekapHourly: (p: { amount: string }) =>
      `Hasil bersih per jam: ${p.amount}\n(upah dari setoran dikurangi biaya, dibagi jam kerja; kasbon tidak dihitung)`,
    rekapUmk: (p: { region: string; year: number; amount: string; about: boolean; pct: number }) =>
      `Sebagai pembanding saja: UMK ${p.region} ${p.year} sama dengan ${p.about ? 'sekitar ' : ''}${p.amount} per jam (UMK sebulan dibagi 173 jam).${p.pct > 0 ? ` Hasil Anda ${p.pct}% dari angka itu.` : ''}`,
    rekapEmployersHead: (p: { period: string }) =>
      `Per pemberi kerja (upah dan bayaran ${p.period}; sisa sampai hari ini):`,
    rekapEmployerLine: (p: EmployerLine) =>
      `${p.name}: upah ${p.earned}, dibayar ${p.paid}${p.kasbon ? `, kasbon ${p.kasbon}` : ''}${p.cut ? `, potongan ${p.cut}` : ''}; ${p.owed}`,
    owesYou: (p: { amount: string }) => `belum dibayar ${p.amount}`,
    paidAhead: (p: { amount: string }) => `dibayar di muka ${p.amount}`,
    kasbonOpen: (p: { amount: string; ahead: string | null }) =>
      `kasbon belum dipotong ${p.amount}${p.ahead ? `, dibayar di muka ${p.ahead}` : ''}`,
    settled: 'lunas',
    // Work handed in on an order whose rate she was not told yet: its value is not known.
    waitingItem: (p: { pieces: string; product: string; employer: string }) => `${p.pieces} ${p.product} ${p.employer}`,
    rekapWaiting: (p: { what: string }) => `${p.what}: upah belum diketahui`,
    rekapHourlyLeftOut: 'Setoran yang upahnya belum diketahui tidak dihitung di sini.',
    rekapHourlyWaiting: 'Hasil per jam belum bisa dihitung: upah setoran Anda belum diketahui.',
    owesYouWaiting: (p: { amount: string; what: string }) =>
      `belum dibayar ${p.amount}, ditambah ${p.what} (upah belum diketahui)`,
    owedWaiting: (p: { what: string }) => `${p.what}: upah belum diketahui`,
    stmtValueUnknown: 'upah belum diketahui',
    flagShort: (p: { amount: string; day: string }) => `! Bayaran ${p.day} kurang ${p.amount} dari hitungan setoran.`,
    flagOverdue: (p: { amount: string; since: string; days: number }) =>
      `! ${p.amount} belum dibayar sejak setoran ${p.since} (${p.days} hari).`,
    rekapFooter: 'Waktu lain: ketik REKAP BULAN INI, REKAP MINGGU LALU, atau MENU lalu 6. Ketik MENU untuk mencatat.',
    noEmployersYet: 'Belum ada pemberi kerja yang tercatat.',
    askStatementEmployer: (p: { list: string }) => `Laporan untuk siapa?\n${p.list}`,
    askStatementMonth: 'Bulan apa?\n1 Bulan ini\n2 Bulan lalu\nAtau tulis bulannya, contoh: oktober',
    monthFuture: (p: { month: string }) =>
      `${p.month} belum tiba, jadi belum ada catatan. Ketik REKAP untuk waktu lain.`,
    monthEmpty: (p: { month: string }) => `Tidak ada catatan di ${p.month}. Ketik REKAP untuk waktu lain.`,
    stmtEmpty: (p: { employer: string; month: string }) =>
      `Tidak ada catatan dengan ${p.employer} di ${p.month}, dan tidak ada sisa sebelumnya.`,
    stmtIntro: (p: { employer: string }) => `Laporan bulanan untuk ${p.employer}. Teruskan pesan berikut bila perlu.`,
    monthName: (p: { m: number; y: string }) => `${MONTHS_ID[p.m - 1] ?? p.m} ${p.y}`,
    stmtHead: (p: { month: string; employer: string }) => `CATATAN KERJA ${p.month}\nUntuk: ${p.employer}`,
    stmtOrdersHead: 'Order diterima:',
    stmtOrder: (p: { day: string; product: string; pieces: number }) => `- ${p.day} ${p.product}: ${p.pieces}`,
    stmtHandinsHead: 'Setoran:',
    stmtHandin: (p: { day: string; product: string; accepted: number; rejected: number; value: string }) =>
      `- ${p.day} ${p.product}: ${p.accepted} diterima${p.rejected ? `, ${p.rejected} retur` : ''} = ${p.value}`,
    stmtPaymentsHead: 'Bayaran:',
    stmtPayment: (p: StmtPayment) =>
      `- ${p.day} ${p.amount}${p.kasbon ? ' (kasbon)' : ''}${p.deduction ? `, potongan ${p.deduction}` : ''}${p.repaid ? `, potong kasbon ${p.repaid}` : ''}`,
    stmtNone: '- tidak ada',
    stmtMore: (p: { n: number }) => `- dan ${p.n} lainnya`,
    stmtTotals: (p: Totals) =>
      `${p.opening < 0 ? `Dibayar di muka sebelumnya: ${p.openingText}` : `Sisa sebelumnya: ${p.openingText}`}\nUpah bulan ini: ${p.earned}\nDibayar bulan ini: ${p.paid}${p.kasbon ? `\nKasbon bulan ini: ${p.kasbon}` : ''}${p.cut ? `\nPotongan bulan ini: ${p.cut}` : ''}\n${
        p.waiting
          ? p.closing > 0
            ? `Belum dibayar: ${p.closingText}, ditambah ${p.waiting} (upah belum diketahui)`
            : `${p.waiting}: upah belum diketahui, sisanya belum bisa dihitung`
          : p.closing > 0
            ? `Belum dibayar: ${p.closingText}`
            : p.closing < 0
              ? `Dibayar di muka: ${p.closingText}`
              : 'Lunas'
      }`,
    stmtFooter: 'Dicatat dengan Upahku.',
  },
  {
    menuRekap: 'REKAP: earnings, pay, per hour',
    rekapMenu:
      'REKAP for when?\n1 This week\n2 Last week\n3 This month\n4 Last month\n5 Monthly statement for an employer\n0 Back\nOr write the month, for example: october',
    periodName: (p: { kind: string }) => PERIOD_EN[p.kind] ?? p.kind,
    rekapHead: (p: { period: string; from: string; to: string }) => `REKAP ${p.period} (${p.from} - ${p.to})`,
    rekapEmpty: 'No entries in this period yet.',
    rekapPieces: (p: { accepted: number; rejected: number }) =>
      `Handed in: ${p.accepted} accepted${p.rejected ? `, ${p.rejected} rejected` : ''}`,
    rekapEarned: (p: { amount: string }) => `Earned from hand-ins: ${p.amount}`,
    rekapPaid: (p: { amount: string }) => `Pay received: ${p.amount}`,
    rekapKasbon: (p: { amount: string }) => `Advances received: ${p.amount} (a loan, not earnings)`,
    rekapKasbonRepaid: (p: { amount: string }) => `Kept back for advances: ${p.amount}`,
    rekapDeductions: (p: { amount: string }) => `Employer deductions (materials, rejects, fines): ${p.amount}`,
    rekapCosts: (p: { amount: string }) => `Your costs: ${p.amount}`,
    rekapHours: (p: { hours: string }) => `Hours worked: ${p.hours}`,
    notRecorded: 'not recorded',
    rekapHelpers: (p: { days: number; child: number }) =>
      `Family helped: ${p.days} day(s)${p.child ? ` (a child under 15: ${p.child} day(s))` : ''}`,
    rekapNoHours: 'Record your hours so that your earnings per hour can be worked out. For example: kerja 5 jam',
    rekapHourly: (p: { amount: string }) =>
      `Net earnings per hour: ${p.amount}\n(earned from hand-ins minus costs, divided by hours worked; advances not counted)`,
    rekapUmk: (p: { region: string; year: number; amount: string; about: boolean; pct: number }) =>
      `Only for comparison: the ${p.region} minimum wage (UMK) ${p.year} is ${p.about ? 'about ' : ''}${p.amount} per hour (monthly UMK divided by 173 hours).${p.pct > 0 ? ` You earned ${p.pct}% of that.` : ''}`,
    rekapEmployersHead: (p: { period: string }) => `Per employer (earned and paid ${p.period}; unpaid up to today):`,
    rekapEmployerLine: (p: EmployerLine) =>
      `${p.name}: earned ${p.earned}, paid ${p.paid}${p.kasbon ? `, advances ${p.kasbon}` : ''}${p.cut ? `, deductions ${p.cut}` : ''}; ${p.owed}`,
    owesYou: (p: { amount: string }) => `unpaid ${p.amount}`,
    paidAhead: (p: { amount: string }) => `paid in advance ${p.amount}`,
    kasbonOpen: (p: { amount: string; ahead: string | null }) =>
      `advance not yet set off ${p.amount}${p.ahead ? `, paid in advance ${p.ahead}` : ''}`,
    settled: 'fully paid',
    waitingItem: (p: { pieces: string; product: string; employer: string }) =>
      `${p.pieces} ${p.product} from ${p.employer}`,
    rekapWaiting: (p: { what: string }) => `${p.what}: rate not known yet`,
    rekapHourlyLeftOut: 'Hand-ins whose rate is not known yet are left out of this.',
    rekapHourlyWaiting: 'Earnings per hour cannot be worked out yet: the rate of your hand-ins is not known.',
    owesYouWaiting: (p: { amount: string; what: string }) => `unpaid ${p.amount}, plus ${p.what} (rate not known yet)`,
    owedWaiting: (p: { what: string }) => `${p.what}: rate not known yet`,
    stmtValueUnknown: 'rate not known yet',
    flagShort: (p: { amount: string; day: string }) =>
      `! The payment of ${p.day} was ${p.amount} less than your hand-ins are worth.`,
    flagOverdue: (p: { amount: string; since: string; days: number }) =>
      `! ${p.amount} unpaid since the hand-in of ${p.since} (${p.days} days).`,
    rekapFooter: 'Another period: type REKAP THIS MONTH, REKAP LAST WEEK, or MENU then 6. Type MENU to record.',
    noEmployersYet: 'No employer recorded yet.',
    askStatementEmployer: (p: { list: string }) => `Statement for whom?\n${p.list}`,
    askStatementMonth: 'Which month?\n1 This month\n2 Last month\nOr write the month, for example: october',
    monthFuture: (p: { month: string }) =>
      `${p.month} has not come yet, so there are no entries. Type REKAP for another period.`,
    monthEmpty: (p: { month: string }) => `No entries in ${p.month}. Type REKAP for another period.`,
    stmtEmpty: (p: { employer: string; month: string }) =>
      `No entries with ${p.employer} in ${p.month}, and nothing carried over.`,
    stmtIntro: (p: { employer: string }) =>
      `Monthly statement for ${p.employer}, in Indonesian. Forward the next message if you need to.`,
    monthName: (p: { m: number; y: string }) => `${MONTHS_EN[p.m - 1] ?? p.m} ${p.y}`,
    stmtHead: (p: { month: string; employer: string }) => `WORK RECORD ${p.month}\nFor: ${p.employer}`,
    stmtOrdersHead: 'Orders received:',
    stmtOrder: (p: { day: string; product: string; pieces: number }) => `- ${p.day} ${p.product}: ${p.pieces}`,
    stmtHandinsHead: 'Hand-ins:',
    stmtHandin: (p: { day: string; product: string; accepted: number; rejected: number; value: string }) =>
      `- ${p.day} ${p.product}: ${p.accepted} accepted${p.rejected ? `, ${p.rejected} rejected` : ''} = ${p.value}`,
    stmtPaymentsHead: 'Payments:',
    stmtPayment: (p: StmtPayment) =>
      `- ${p.day} ${p.amount}${p.kasbon ? ' (advance)' : ''}${p.deduction ? `, deduction ${p.deduction}` : ''}${p.repaid ? `, kept for advance ${p.repaid}` : ''}`,
    stmtNone: '- none',
    stmtMore: (p: { n: number }) => `- and ${p.n} more`,
    stmtTotals: (p: Totals) =>
      `${p.opening < 0 ? `Paid in advance before: ${p.openingText}` : `Carried over: ${p.openingText}`}\nEarned this month: ${p.earned}\nPaid this month: ${p.paid}${p.kasbon ? `\nAdvances this month: ${p.kasbon}` : ''}${p.cut ? `\nDeductions this month: ${p.cut}` : ''}\n${
        p.waiting
          ? p.closing > 0
            ? `Unpaid: ${p.closingText}, plus ${p.waiting} (rate not known yet)`
            : `${p.waiting}: rate not known yet, so what is left cannot be worked out`
          : p.closing > 0
            ? `Unpaid: ${p.closingText}`
            : p.closing < 0
              ? `Paid in advance: ${p.closingText}`
              : 'Fully paid'
      }`,
    stmtFooter: 'Recorded with Upahku.',
  },
);
