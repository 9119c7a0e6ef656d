// Ships to the browser: the transaction details form and the message to the acquirer, bank or platform. It holds no
// words of its own: validation returns codes, wording goes through `say`, which the UI passes in (its `t()`), so the
// message is in the reader's language. Answers and reasons are worded in src/i18n/diagnosis-words.ts.

/** What the cashier typed about the transaction; every field is optional. */
export interface TxnDetails {
  time: string;
  amount: string;
  orderNo: string;
  terminalNo: string;
  shopName: string;
  phone: string;
}

/** Details with nothing typed yet. */
export const EMPTY_DETAILS: TxnDetails = { time: '', amount: '', orderNo: '', terminalNo: '', shopName: '', phone: '' };

/** The code of a field that is filled in but not valid; the UI words it with `t(code)`. */
export type DetailsProblem = `details_${keyof TxnDetails}`;

/** The dictionary keys this module words with. */
export type MessageKey =
  | 'messageTime'
  | 'messageWhoShop'
  | 'messageWhoMerchant'
  | 'messageTxnTime'
  | 'messageTxnAmount'
  | 'messageTxnOrder'
  | 'messageTxnTerminal'
  | 'messageGreeting'
  | 'messageTxn'
  | 'messageTxnMissing'
  | 'messageTxnJoin'
  | 'messageSeen'
  | 'messageCause'
  | 'messageAsk'
  | 'messageEvidence'
  | 'messageEvidenceJoin'
  | 'messagePhone'
  | 'messageThanks';

/** Words a key in the reader's language, filling `{name}` placeholders (the UI's `t`). */
export type Say = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Checks the details: the code of each field that is filled in but not valid. Empty is always fine. */
export function validateDetails(d: TxnDetails): Partial<Record<keyof TxnDetails, DetailsProblem>> {
  const bad: Record<keyof TxnDetails, boolean> = {
    time: !!d.time && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(d.time),
    amount: !!d.amount && !/^\d{1,9}(\.\d{1,2})?$/.test(d.amount.trim()),
    orderNo: !!d.orderNo && !/^[A-Za-z0-9_-]{4,64}$/.test(d.orderNo.trim()),
    terminalNo: !!d.terminalNo && !/^[A-Za-z0-9-]{4,32}$/.test(d.terminalNo.trim()),
    shopName: d.shopName.length > 40,
    phone: !!d.phone && !/^[0-9-]{5,20}$/.test(d.phone.trim()),
  };
  const fields = Object.keys(bad) as (keyof TxnDetails)[];
  return Object.fromEntries(fields.filter((f) => bad[f]).map((f) => [f, `details_${f}`]));
}

/** A 'YYYY-MM-DDTHH:MM' time as the reader writes a date and time. */
const formatTime = (t: string, say: Say) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(t);
  return m ? say('messageTime', { y: m[1]!, m: Number(m[2]), d: Number(m[3]), h: m[4]!, min: m[5]! }) : t;
};

/** The transaction's known facts, as phrases for the message. */
function txnFacts(d: TxnDetails, say: Say): string[] {
  const facts: [string, MessageKey, string][] = [
    [d.time, 'messageTxnTime', d.time && formatTime(d.time, say)],
    [d.amount.trim(), 'messageTxnAmount', d.amount.trim()],
    [d.orderNo.trim(), 'messageTxnOrder', d.orderNo.trim()],
    [d.terminalNo.trim(), 'messageTxnTerminal', d.terminalNo.trim()],
  ];
  return facts.filter(([given]) => given).map(([, key, value]) => say(key, { value }));
}

/**
 * The message to send to the acquirer, bank or platform, filled from the details and what was seen (the answers as
 * worded lines, from `answerLines` in src/i18n/diagnosis-words.ts).
 */
export function composeMessage(seen: string[], causeName: string, evidence: string[], d: TxnDetails, say: Say): string {
  const shop = d.shopName.trim();
  const who = shop ? say('messageWhoShop', { shop }) : say('messageWhoMerchant');
  const txn = txnFacts(d, say);
  const phone = d.phone.trim();
  const lines = [
    say('messageGreeting', { who }),
    txn.length ? say('messageTxn', { txn: txn.join(say('messageTxnJoin')) }) : say('messageTxnMissing'),
    say('messageSeen'),
    ...seen.map((l) => `- ${l}`),
    say('messageCause', { cause: causeName }),
    say('messageAsk'),
    evidence.length ? say('messageEvidence', { evidence: evidence.join(say('messageEvidenceJoin')) }) : '',
    phone ? say('messagePhone', { phone }) : say('messageThanks'),
  ];
  return lines.filter(Boolean).join('\n');
}
