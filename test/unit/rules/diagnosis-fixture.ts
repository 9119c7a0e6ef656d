import type { DiagnosisModel } from '../../../src/rules/diagnosis';

/** Yes, no and 不知道: the options of most test questions. */
export const yesNo = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
  { value: 'unknown', label: '不知道' },
];

/** A small model: a sticker that looks altered points to tampering; a pending POS points to an unknown result. */
export const model: DiagnosisModel = {
  version: 'test',
  questions: [
    {
      id: 'pos_pending',
      locale: 'zh-CN',
      code: 'pp',
      cost: 'till',
      text: '收银机还在转圈吗？',
      help: '看收银机屏幕',
      kind: 'choice',
      options: yesNo,
    },
    {
      id: 'sticker_altered',
      locale: 'zh-CN',
      code: 'sa',
      cost: 'till',
      text: '收款码像被贴过吗？',
      help: '摸一摸边缘',
      kind: 'choice',
      options: yesNo,
    },
    {
      id: 'hours',
      locale: 'zh-CN',
      code: 'hs',
      cost: 'till',
      text: '付款后过了多久？',
      help: '看小票时间',
      kind: 'hours',
      options: [
        { value: 'short', label: '不到 1 小时', hours: 0.5 },
        { value: 'long', label: '超过 2 天', hours: 60 },
        { value: 'unknown', label: '不知道' },
      ],
    },
    {
      id: 'useless',
      locale: 'zh-CN',
      code: 'us',
      cost: 'till',
      text: '今天下雨吗？',
      help: '看窗外',
      kind: 'choice',
      options: yesNo,
    },
  ],
  causes: [
    {
      id: 'pending',
      name: '结果未知',
      prior: 0,
      evidence: [
        { when: { pos_pending: 'yes' }, weight: 3 },
        { when: { hours: { gte: 24 } }, weight: -2 },
      ],
      ruleOut: [],
    },
    {
      id: 'tampered',
      name: '码被调包',
      prior: -1,
      evidence: [
        { when: { sticker_altered: 'yes' }, weight: 4 },
        { when: { pos_pending: 'yes' }, weight: -2 },
      ],
      ruleOut: [],
    },
    {
      id: 'late',
      name: '还没结算',
      prior: 0,
      evidence: [
        { when: { hours: { lt: 24 } }, weight: 1 },
        { when: { pos_pending: 'no', sticker_altered: 'no' }, weight: 2 },
      ],
      ruleOut: [],
    },
  ],
};

/** A yes/no question whose text and help are its id. */
export const question = (
  id: string,
  code: string,
  cost: 'till' | 'app' | 'bank' | 'history',
  extra: Partial<DiagnosisModel['questions'][number]> = {},
) => ({
  id,
  locale: 'zh-CN' as const,
  code,
  cost,
  text: id,
  help: id,
  kind: 'choice' as const,
  options: yesNo,
  ...extra,
});
