import { describe, expect, it } from 'vitest';
import { checkContent, type ContentForCheck } from '../../../src/lib/content-check';
import { CAUSE_IDS } from '../../../src/schemas/common';

const BODY = '## 怎么认出来\n\n文字\n\n## 现在就做\n\n文字\n';

/** A consistent content set: every cause present, all references resolvable. */
function validContent(): ContentForCheck {
  return {
    causes: CAUSE_IDS.map((id) => ({
      id,
      filePath: `content/causes/${id}.mdx`,
      body: BODY,
      data: {
        id,
        contacts: ['acquirer'],
        evidence: ['txn_time_amount'],
        related: [id === 'duplicate_charge' ? 'refund_issued' : 'duplicate_charge'],
      },
    })),
    guides: [
      {
        id: 'emergency-steps',
        filePath: 'content/guides/emergency-steps.mdx',
        data: { id: 'emergency-steps', contacts: ['acquirer'] },
      },
    ],
    cases: [{ id: 'a-case', filePath: 'content/cases/a-case.mdx', data: { id: 'a-case' } }],
    glossary: [
      { id: 't-plus-1', filePath: 'content/glossary/terms.yaml', data: { see: ['d-plus-1'] } },
      { id: 'd-plus-1', filePath: 'content/glossary/terms.yaml', data: { see: [] } },
    ],
    contacts: [{ id: 'acquirer', data: {} }],
    evidence: [{ id: 'txn_time_amount', data: {} }],
  };
}

describe('checkContent', () => {
  it('accepts a consistent content set', () => {
    expect(checkContent(validContent())).toEqual([]);
  });

  it('names the file and field of every broken reference', () => {
    const content = validContent();
    const first = content.causes[0]!;
    first.data.contacts = ['acquirer', 'nobody'];
    first.data.evidence = ['lost_receipt'];
    content.glossary[0]!.data.see = ['no-such-term'];
    content.guides[0]!.data.contacts = ['ghost'];
    expect(checkContent(content)).toMatchInlineSnapshot(`
      [
        "content/causes/txn_pending_unknown.mdx: contacts: 找不到联系人 “nobody”",
        "content/causes/txn_pending_unknown.mdx: evidence: 找不到证据项 “lost_receipt”",
        "content/guides/emergency-steps.mdx: contacts: 找不到联系人 “ghost”",
        "content/glossary/terms.yaml: t-plus-1.see: 找不到术语 “no-such-term”",
      ]
    `);
  });

  it('reports a cause of the taxonomy that has no article', () => {
    const content = validContent();
    content.causes = content.causes.filter((c) => c.id !== 'judicial_freeze');
    expect(checkContent(content)).toEqual(['content/causes/judicial_freeze.mdx: 缺少原因文章 “judicial_freeze”']);
  });

  it('reports an id that differs from its file name', () => {
    const content = validContent();
    content.cases[0]!.filePath = 'content/cases/other-name.mdx';
    expect(checkContent(content)).toEqual([
      'content/cases/other-name.mdx: id: 必须和文件名一致（文件名是 “other-name”，id 是 “a-case”）',
    ]);
  });

  it('reports a cause body that leaves the skeleton', () => {
    const content = validContent();
    content.causes[1]!.body = '## 现在就做\n\n## 怎么认出来\n';
    expect(checkContent(content)).toEqual([
      'content/causes/txn_failed_or_reversed.mdx: 正文: 二级标题必须依次是 怎么认出来、现在就做（现在是 现在就做、怎么认出来）',
    ]);
  });

  it('reports a cause listed as related to itself', () => {
    const content = validContent();
    content.causes[2]!.data.related = ['duplicate_charge'];
    expect(checkContent(content)).toEqual(['content/causes/duplicate_charge.mdx: related: 不能把自己列为相关原因']);
  });
});
