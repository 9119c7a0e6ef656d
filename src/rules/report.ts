// Ships to the browser: wording of reasons, the transaction details form and the message to the acquirer or bank.
import type { DiagnosisModel, Observations, Reason } from './diagnosis';

/** What the cashier typed about the transaction; every field is optional. */
export interface TxnDetails {
  time: string;
  amount: string;
  orderNo: string;
  terminalNo: string;
  shopName: string;
  phone: string;
}

export const EMPTY_DETAILS: TxnDetails = { time: '', amount: '', orderNo: '', terminalNo: '', shopName: '', phone: '' };

/** Checks the details; returns a Chinese message per field that is filled in but not valid. Empty is always fine. */
export function validateDetails(d: TxnDetails): Partial<Record<keyof TxnDetails, string>> {
  const errors: Partial<Record<keyof TxnDetails, string>> = {};
  if (d.time && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(d.time)) errors.time = '请选择日期和时间';
  if (d.amount && !/^\d{1,9}(\.\d{1,2})?$/.test(d.amount.trim()))
    errors.amount = '金额只写数字，最多两位小数，例如 128.50';
  if (d.orderNo && !/^[A-Za-z0-9_-]{4,64}$/.test(d.orderNo.trim())) errors.orderNo = '单号只含字母、数字，4 到 64 位';
  if (d.terminalNo && !/^[A-Za-z0-9-]{4,32}$/.test(d.terminalNo.trim()))
    errors.terminalNo = '终端号只含字母、数字，4 到 32 位';
  if (d.shopName.length > 40) errors.shopName = '店名最多 40 个字';
  if (d.phone && !/^[0-9-]{5,20}$/.test(d.phone.trim())) errors.phone = '电话只写数字和 -';
  return errors;
}

/** The label of the answer given to a question, or the raw value. */
export function answerLabel(model: DiagnosisModel, questionId: string, value: string | number): string {
  const q = model.questions.find((x) => x.id === questionId);
  if (!q) return String(value);
  if (q.kind === 'hours' && typeof value === 'number') {
    // A choice covers its `hours` up to the next choice's; links from the first version carry other numbers.
    return q.options.filter((o) => o.hours !== undefined && o.hours <= value).at(-1)?.label ?? `约 ${value} 小时`;
  }
  return q.options.find((o) => o.value === value)?.label ?? String(value);
}

/** “因为你选了…” wording for one reason. */
export function reasonText(model: DiagnosisModel, reason: Reason): string {
  const parts = reason.answers.map((a) => {
    const q = model.questions.find((x) => x.id === a.question);
    return `“${q?.text ?? a.question}”选了“${answerLabel(model, a.question, a.value)}”`;
  });
  return `${reason.weight > 0 ? '因为' : '不太像，因为'}你${parts.join('，并且')}`;
}

/** The answers as readable lines for the message (不知道 left out). */
export function answerLines(model: DiagnosisModel, observations: Observations): string[] {
  return Object.entries(observations)
    .filter(([, v]) => v !== 'unknown')
    .map(([id, v]) => {
      const q = model.questions.find((x) => x.id === id);
      return `${q?.text ?? id} ${answerLabel(model, id, v)}`;
    });
}

const formatTime = (t: string) =>
  t.replace(
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/,
    (_, y, m, d, h, min) => `${y}年${Number(m)}月${Number(d)}日 ${h}:${min}`,
  );

/** The message to send to the acquirer, bank or platform, filled from the details and the answers. */
export function composeMessage(
  model: DiagnosisModel,
  observations: Observations,
  causeName: string,
  evidence: string[],
  d: TxnDetails,
): string {
  const who = d.shopName.trim() ? `我是“${d.shopName.trim()}”的工作人员` : '我是商户的工作人员';
  const txn = [
    d.time ? `时间 ${formatTime(d.time)}` : '',
    d.amount.trim() ? `金额 ${d.amount.trim()} 元` : '',
    d.orderNo.trim() ? `订单号 ${d.orderNo.trim()}` : '',
    d.terminalNo.trim() ? `终端号 ${d.terminalNo.trim()}` : '',
  ].filter(Boolean);
  const lines = [
    `您好，${who}，有一笔扫码收款需要协助核实。`,
    txn.length ? `交易信息：${txn.join('，')}。` : '交易信息：（时间、金额、订单号、终端号待补充）',
    '目前看到的情况：',
    ...answerLines(model, observations).map((l) => `- ${l}`),
    `我们初步判断可能是：${causeName}。`,
    '请帮忙核实这笔交易的状态、资金去向和预计到账时间，并告知需要我们提供哪些材料。',
    evidence.length ? `我们已保留：${evidence.join('；')}。` : '',
    d.phone.trim() ? `联系电话：${d.phone.trim()}。谢谢！` : '谢谢！',
  ];
  return lines.filter(Boolean).join('\n');
}
