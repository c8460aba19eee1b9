// Which rows of the linked account's key store are about one contact, in the
// id formats of Baileys 7.0.0-rc14 (lib/Signal/libsignal.js, lid-mapping.js,
// Socket/messages-send.js, Utils/tc-token-utils.js):
// - session, identity-key: the Signal address "<user>.<device>", or
//   "<user>_<domainType>.<device>" for a LID or hosted id ("123_1.0");
// - device-list: "<user>";
// - lid-mapping: "<phone user>" (value: LID user) and "<lid user>_reverse";
// - tctoken: her normalised id ("123@lid", "628...@s.whatsapp.net"), and one
//   "__index" row listing every such id, as JSON inside a Buffer;
// - sender-key: "<group>::<address user>::<device>"; sender-key-memory: one row
//   per group, its value a map of device ids (groups are never ours, but
//   both are handled);
// pre-key, app-state-sync-key and app-state-sync-version belong to the account.

/** The user part of a WhatsApp id: "6281234567890:3@s.whatsapp.net" -> "6281234567890". */
export const waUser = (jid: string): string => jid.split('@')[0]!.split(':')[0]!;

/** Baileys' TC_TOKEN_INDEX_KEY: the tctoken row that lists the ids holding a token. */
export const TC_TOKEN_INDEX = '__index';

/** "123_1.0" or "628123.0" -> the user ("123", "628123"). */
function addressUser(address: string): string {
  const dot = address.lastIndexOf('.');
  return (dot < 0 ? address : address.slice(0, dot)).split('_')[0]!;
}

/** The row (type, id) is about one of these users (LID or phone users, digits). Ids are compared whole: one number may begin another. */
export function keyBelongsTo(type: string, id: string, users: ReadonlySet<string>): boolean {
  switch (type) {
    case 'session':
    case 'identity-key':
      return users.has(addressUser(id));
    case 'device-list':
      return users.has(id);
    case 'lid-mapping':
      return users.has(id.endsWith('_reverse') ? id.slice(0, -'_reverse'.length) : id);
    case 'tctoken':
      return id !== TC_TOKEN_INDEX && users.has(waUser(id));
    case 'sender-key': {
      const parts = id.split('::');
      return parts.length >= 3 && users.has(addressUser(`${parts[parts.length - 2]}.0`));
    }
    default:
      return false;
  }
}

/** The tctoken index without these users' ids; the same object when none was listed or it cannot be read. */
export function indexWithout<T extends { token?: Uint8Array | null }>(entry: T, users: ReadonlySet<string>): T {
  if (!entry?.token?.length) return entry;
  let listed: unknown;
  try {
    listed = JSON.parse(Buffer.from(entry.token).toString());
  } catch {
    return entry;
  }
  if (!Array.isArray(listed)) return entry;
  const kept = listed.filter((j) => typeof j !== 'string' || !users.has(waUser(j)));
  return kept.length === listed.length ? entry : { ...entry, token: Buffer.from(JSON.stringify(kept)) };
}
