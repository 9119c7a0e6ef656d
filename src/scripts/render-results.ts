// Renders search hits with DOM text nodes only: an excerpt can never inject markup.
import { searchText, type SearchKey } from '../i18n/search';
import type { Hit } from './pagefind-client';

const TYPE_LABEL: Record<string, SearchKey> = {
  cause: 'typeCause',
  guide: 'typeGuide',
  case: 'typeCase',
  glossary: 'typeGlossary',
};

/** Builds the result list element for a set of hits. */
export function renderHits(hits: Hit[]): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'results';
  for (const hit of hits) {
    const item = document.createElement('li');
    const label = TYPE_LABEL[hit.type];
    if (label) {
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = `[${searchText(label)}]`;
      item.append(kind);
    }
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.title;
    const excerpt = document.createElement('p');
    for (const part of hit.excerpt) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    item.append(link, excerpt);
    list.append(item);
  }
  return list;
}

/** A paragraph of plain text. */
export function paragraph(text: string, className = ''): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}
