import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  capPositions,
  compareWords,
  decodeCbor,
  encodeCbor,
  groupWords,
  thinCommonWords,
} from '../../../src/integrations/pagefind-chunks.mjs';

type Word = [string, [number, number[], never[]][], never[]];
type Chunk = [string, string, Word[]];

/** The chunk Pagefind 1.6 loads for a query word: the first whose bounds hold it (as its `request_indexes` does). */
function chunkFor(chunks: Chunk[], term: string): Chunk | undefined {
  return chunks.find(([from, to]) => compareWords(term, from) >= 0 && compareWords(term, to) <= 0);
}

// Letters from the scripts a page can hold: Chinese, Latin, digits, full-width forms and an emoji (beyond UTF-16's BMP).
const letter = fc.constantFrom(...'付款码支冻结到账ab0９＿', '😀');
const wordText = fc.array(letter, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
const wordList = fc
  .uniqueArray(wordText, { minLength: 1, maxLength: 60 })
  .map((ws) =>
    ws.sort(compareWords).map((w, i): Word => [w, [[i, Array.from({ length: (i % 7) + 1 }, (_, k) => k * 3), []]], []]),
  );

describe('re-splitting the Pagefind word index', () => {
  it('puts every word that starts with a query word into the one chunk Pagefind loads for it', () => {
    fc.assert(
      fc.property(wordList, fc.integer({ min: 1, max: 40 }), wordText, (words, target, term) => {
        const chunks = groupWords(words, target) as Chunk[];
        expect(chunks.flatMap(([, , ws]) => ws)).toEqual(words);
        for (const query of [term, ...words.map((w) => w[0])]) {
          const extensions = words.filter((w) => w[0].startsWith(query));
          const loaded = chunkFor(chunks, query)?.[2] ?? [];
          for (const w of extensions) expect(loaded).toContain(w);
        }
      }),
    );
  });

  it('keeps chunks near the target size unless one first character needs more', () => {
    const words: Word[] = ['付', '付款', '冻结', '到账', '码', '码牌'].map((w, i) => [w, [[i, [1, 2, 3, 4], []]], []]);
    const chunks = groupWords(words, 5) as Chunk[];
    expect(chunks.map(([from, , ws]) => [from, ws.map((w) => w[0])])).toEqual([
      ['付', ['付', '付款']],
      ['冻', ['冻结']],
      ['到', ['到账']],
      ['码', ['码', '码牌']],
    ]);
  });

  it('reads and writes Pagefind’s CBOR without changing a byte', () => {
    const value = [
      [
        '支付',
        [
          [3, [-25, 47, 1029], []],
          [70000, [5], []],
        ],
        [],
      ],
      'zh-cn_abc',
      new Uint8Array([1, 2]),
    ];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    expect(encodeCbor(decodeCbor(bytes)).equals(bytes)).toBe(true);
  });

  // A page's positions in Pagefind 1.6: a negative number starts a weight run, then the run's first position, then gaps.
  it('keeps the first positions of each weight run, so the kept ones are still exact', () => {
    expect(capPositions([-25, 179, 55, 55, 210, -73, 1004, 4, 9, -145, 19], 2)).toEqual([
      -25, 179, 55, -73, 1004, 4, -145, 19,
    ]);
    expect(capPositions([-25, 3], 2)).toEqual([-25, 3]);
  });

  it('thins only the words found on nearly every page, and every page keeps them', () => {
    const page = (delta: number, positions: number[]): [number, number[], never[]] => [delta, positions, []];
    const everywhere: Word = ['收款', [page(0, [-25, 1, 2, 3, 4]), page(1, [-25, 5, 6, 7]), page(1, [-25, 8])], []];
    const rare: Word = ['冻结', [page(0, [-25, 1, 2, 3, 4])], []];
    expect(thinCommonWords([everywhere, rare], 3, { share: 0.9, cap: 2 })).toEqual(['收款']);
    expect(everywhere[1]).toEqual([page(0, [-25, 1, 2]), page(1, [-25, 5, 6]), page(1, [-25, 8])]);
    expect(rare[1]).toEqual([page(0, [-25, 1, 2, 3, 4])]);
  });
});
