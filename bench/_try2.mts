import { openAndMigrate } from '../src/db/connect.ts';
import { Phone } from '../tests/helpers/conversation.ts';
import { workload } from './workload.ts';

const db = await openAndMigrate(':memory:');
const msgs = workload({ workers: 200, duplicates: 0 });
const phones = new Map<string, Phone>();
let bad = 0;
const examples: string[] = [];
for (const m of msgs) {
  let p = phones.get(m.user);
  if (!p) phones.set(m.user, (p = new Phone(db, m.user)));
  const out = await p.send(m.text, m.id);
  if (
    m.text !== 'apa ini?' &&
    /Balas dengan angka 1|Balas 1|Balas angka|belum paham|Reply with a number from|did not understand/.test(out)
  ) {
    bad++;
    if (examples.length < 12) examples.push(`${m.user} >> ${m.text}\n${out.slice(0, 200)}`);
  }
}
console.log('messages', msgs.length, 'confused replies', bad);
console.log(examples.join('\n---\n'));
for (const t of ['orders', 'handins', 'payments', 'work_hours', 'costs'])
  console.log(
    t,
    (
      await db
        .selectFrom(t as any)
        .selectAll()
        .execute()
    ).length,
  );
