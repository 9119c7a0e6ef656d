// Re-splits Pagefind's word index into small chunks after `writeFiles`.
//
// Pagefind 1.6 cuts its word index into chunks of about 20,000 word positions (~31 KB gzip each; the size is fixed in
// its indexer). A query downloads the chunk of every word it contains, and a Chinese query has several words spread
// over the whole alphabet, so the first search fetched five such chunks (~150 KB) for a few kilobytes of postings.
// Here the same words are regrouped into chunks that never split the words sharing a first character (Pagefind matches
// a query word against every indexed word it starts, and only looks in the chunk the query word falls into), so
// results are unchanged while a query downloads little more than its own words' postings.
//
// The files are CBOR (the layout Pagefind 1.6 writes). Every chunk is decoded and encoded again and must come out
// byte for byte the same before anything is rewritten: another Pagefind version fails the build here, loudly.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** The Pagefind versions whose index layout this was written against. */
const KNOWN_VERSIONS = ['1.6.0'];
const SIGNATURE = Buffer.from('pagefind_dcd');
// Sorts after every character a page can contain: a chunk's upper bound is its last first character followed by this.
const LAST = '\u{10FFFF}';

/** Decodes the subset of CBOR Pagefind writes: unsigned and negative integers, text, bytes and definite arrays. */
export function decodeCbor(buf) {
  let at = 0;
  const text = new TextDecoder('utf-8', { fatal: true });
  const length = (info) => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4 }[info];
    if (!size) throw new Error(`unexpected CBOR length code ${info} at byte ${at}`);
    const value = buf.readUIntBE(at, size);
    at += size;
    return value;
  };
  const item = () => {
    const head = buf[at++];
    const major = head >> 5;
    const n = length(head & 31);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const bytes = buf.subarray(at, (at += n));
      return major === 3 ? text.decode(bytes) : Uint8Array.from(bytes);
    }
    if (major === 4) return Array.from({ length: n }, item);
    throw new Error(`unexpected CBOR major type ${major} at byte ${at - 1}`);
  };
  const value = item();
  if (at !== buf.length) throw new Error(`${buf.length - at} bytes left after the CBOR value`);
  return value;
}

/** Encodes what decodeCbor reads, with the shortest lengths (as Pagefind's encoder does). */
export function encodeCbor(value) {
  const out = [];
  const head = (major, n) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 255);
    else out.push((major << 5) | 26, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
  };
  const item = (v) => {
    if (typeof v === 'number') head(v < 0 ? 1 : 0, v < 0 ? -1 - v : v);
    else if (typeof v === 'string') {
      const bytes = Buffer.from(v, 'utf8');
      head(3, bytes.length);
      for (const b of bytes) out.push(b);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const b of v) out.push(b);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else throw new Error(`cannot encode ${typeof v} as CBOR`);
  };
  item(value);
  return Buffer.from(out);
}

/** A Pagefind file's CBOR payload (gzip, then the `pagefind_dcd` signature). */
function readPayload(path) {
  const raw = gunzipSync(readFileSync(path));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path} has no pagefind_dcd signature`);
  return raw.subarray(SIGNATURE.length);
}

/** Decodes a payload and checks that encoding it again gives the same bytes (else the layout is not the known one). */
function decodeExactly(payload, path) {
  const value = decodeCbor(payload);
  if (!encodeCbor(value).equals(payload)) throw new Error(`${path} does not round-trip`);
  return value;
}

/** Writes a payload the way Pagefind does and returns its name: `<lang>_<hash>` (hash length as Pagefind's). */
function writePayload(dir, lang, ext, payload, hashLength) {
  const body = gzipSync(Buffer.concat([SIGNATURE, payload]), { level: 9 });
  const name = `${lang}_${createHash('sha256').update(payload).digest('hex').slice(0, hashLength)}`;
  writeFileSync(join(dir, ext === 'pf_meta' ? `pagefind.${name}.pf_meta` : `index/${name}.${ext}`), body);
  return name;
}

/** Orders strings as Pagefind (Rust) does: by UTF-8 bytes, i.e. by code point, not by JavaScript's UTF-16 units. */
export const compareWords = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** How much a word weighs in Pagefind's own chunking: one per position plus one per page. */
const weight = (word) => word[1].reduce((sum, page) => sum + page[1].length + 1, 0);
const firstChar = (word) => String.fromCodePoint(word[0].codePointAt(0) ?? 0);

/**
 * Keeps at most `cap` positions in each weight run of a page's word positions. A page's positions come in runs, one per
 * weight: a negative number starts a run (its weight), then the run's first position, then the gaps to the next ones;
 * so a run's first few entries are still exact positions once the rest is cut.
 */
export function capPositions(positions, cap) {
  const kept = [];
  let inRun = 0;
  for (const value of positions) {
    if (value < 0) {
      kept.push(value);
      inRun = 0;
    } else if (inRun++ < cap) kept.push(value);
  }
  return kept;
}

/**
 * For a word on at least `share` of the pages (收款, 的, 商户 …): keeps `cap` positions per page and weight. Such a word
 * tells the pages apart hardly at all (Pagefind's idf is near zero), yet its positions on every page made up most of
 * the bytes a first search downloads. Pages keep the word and a weight run stays in place, so every page it matched
 * still matches, at the same weights.
 */
export function thinCommonWords(words, pageCount, { share, cap }) {
  const thinned = [];
  for (const word of words) {
    if (word[1].length < share * pageCount) continue;
    thinned.push(word[0]);
    for (const page of word[1]) page[1] = capPositions(page[1], cap);
  }
  return thinned;
}

/**
 * Groups sorted words into chunks of about `target` positions; words with the same first character stay together.
 * Returns `[from, to, words]` per chunk, where every word of the chunk sorts between `from` and `to`.
 */
export function groupWords(words, target) {
  const chunks = [];
  let current = [];
  let size = 0;
  words.forEach((word, i) => {
    current.push(word);
    size += weight(word);
    const next = words[i + 1];
    if (!next || (size >= target && firstChar(next) !== firstChar(word))) {
      chunks.push([firstChar(current[0]), firstChar(word) + LAST, current]);
      current = [];
      size = 0;
    }
  });
  return chunks;
}

/**
 * Rewrites the word index of every language in a Pagefind bundle (`dir` is dist/pagefind) into small chunks.
 * `target` is the chunk size in word positions; the chunk count is kept under `maxChunks` (each costs a line in the
 * metadata every first search downloads). On a site of at least `common.minPages` pages, the words on nearly every page
 * are thinned (thinCommonWords); below that their positions cost a few kilobytes and still order the pages a little.
 * Returns the chunk counts before and after, the thinned words (for the query side: see SearchData.everywhere) and every
 * word of the index.
 */
export function rechunkIndex(
  dir,
  { target = 1500, maxChunks = 600, common = { share: 0.9, cap: 2, minPages: 200 } } = {},
) {
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8'));
  if (!KNOWN_VERSIONS.includes(entry.version))
    throw new Error(
      `Pagefind ${entry.version} is not a version src/integrations/pagefind-chunks.mjs knows (${KNOWN_VERSIONS.join(', ')}): ` +
        'check that its index layout is unchanged, then add the version to KNOWN_VERSIONS.',
    );
  let before = 0;
  let after = 0;
  const everywhere = new Set();
  const vocabulary = new Set();
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaPath = join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = decodeExactly(readPayload(metaPath), metaPath);
    const oldChunks = meta[2];
    const words = oldChunks.flatMap(([, , hash]) => {
      const path = join(dir, `index/${hash}.pf_index`);
      return decodeExactly(readPayload(path), path)[0];
    });
    for (const word of words) vocabulary.add(word[0]);
    for (let i = 1; i < words.length; i++)
      if (compareWords(words[i - 1][0], words[i][0]) >= 0)
        throw new Error(`Pagefind index words out of order at ${words[i][0]}`);
    if (common && meta[1].length >= common.minPages)
      for (const word of thinCommonWords(words, meta[1].length, common)) everywhere.add(word);
    const total = words.reduce((sum, w) => sum + weight(w), 0);
    const grouped = groupWords(words, Math.max(target, Math.ceil(total / maxChunks)));
    // Old files go first: a new chunk could take an old one's name.
    for (const [, , hash] of oldChunks) rmSync(join(dir, `index/${hash}.pf_index`));
    rmSync(metaPath);
    meta[2] = grouped.map(([from, to, chunk]) => [
      from,
      to,
      writePayload(dir, lang, 'pf_index', encodeCbor([chunk]), 7),
    ]);
    info.hash = writePayload(dir, lang, 'pf_meta', encodeCbor(meta), info.hash.length - lang.length - 1);
    before += oldChunks.length;
    after += grouped.length;
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  return { before, after, everywhere: [...everywhere].sort(compareWords), vocabulary };
}
