import { CAUSE_IDS } from '../schemas/common';

/** The minimal shape of an entry the cross-checks need (what `getCollection` returns). */
export interface CheckedEntry<T> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: T;
}

/** Plain content, as loaded from every collection, for the cross-entry checks. */
export interface ContentForCheck {
  causes: CheckedEntry<{ id: string; contacts: string[]; evidence: string[]; related: string[] }>[];
  guides: CheckedEntry<{ id: string; contacts: string[] }>[];
  cases: CheckedEntry<{ id: string }>[];
  glossary: CheckedEntry<{ see: string[] }>[];
  contacts: CheckedEntry<unknown>[];
  evidence: CheckedEntry<unknown>[];
}

/** The H2 headings every cause body has, in this order; the page adds the rest of the skeleton. */
export const CAUSE_BODY_HEADINGS = ['怎么认出来', '现在就做'] as const;

const fileOf = (entry: CheckedEntry<unknown>, fallback: string) => entry.filePath ?? fallback;

/** Returns every cross-entry mistake as "file: field: problem"; an empty list means the content is consistent. */
export function checkContent(content: ContentForCheck): string[] {
  const problems: string[] = [];
  const contactIds = new Set(content.contacts.map((c) => c.id));
  const evidenceIds = new Set(content.evidence.map((e) => e.id));
  const termIds = new Set(content.glossary.map((g) => g.id));

  const refs = (file: string, field: string, ids: string[], known: Set<string>, what: string) => {
    for (const id of ids) if (!known.has(id)) problems.push(`${file}: ${field}: 找不到${what} “${id}”`);
  };
  const fileNameMatches = (entry: CheckedEntry<{ id: string }>, dir: string) => {
    const file = fileOf(entry, `content/${dir}/${entry.id}.mdx`);
    const base = file
      .split('/')
      .pop()
      ?.replace(/\.mdx$/, '');
    if (base !== entry.data.id)
      problems.push(`${file}: id: 必须和文件名一致（文件名是 “${base}”，id 是 “${entry.data.id}”）`);
    return file;
  };

  for (const cause of content.causes) {
    const file = fileNameMatches(cause, 'causes');
    refs(file, 'contacts', cause.data.contacts, contactIds, '联系人');
    refs(file, 'evidence', cause.data.evidence, evidenceIds, '证据项');
    if (cause.data.related.includes(cause.data.id)) problems.push(`${file}: related: 不能把自己列为相关原因`);
    const headings = [...(cause.body ?? '').matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1]);
    if (headings.join('|') !== CAUSE_BODY_HEADINGS.join('|')) {
      problems.push(
        `${file}: 正文: 二级标题必须依次是 ${CAUSE_BODY_HEADINGS.join('、')}（现在是 ${headings.join('、') || '没有'}）`,
      );
    }
  }
  const covered = new Set(content.causes.map((c) => c.data.id));
  for (const id of CAUSE_IDS) if (!covered.has(id)) problems.push(`content/causes/${id}.mdx: 缺少原因文章 “${id}”`);

  for (const guide of content.guides)
    refs(fileNameMatches(guide, 'guides'), 'contacts', guide.data.contacts, contactIds, '联系人');
  for (const c of content.cases) fileNameMatches(c, 'cases');
  for (const term of content.glossary) {
    refs(fileOf(term, 'content/glossary/terms.yaml'), `${term.id}.see`, term.data.see, termIds, '术语');
  }
  return problems;
}
