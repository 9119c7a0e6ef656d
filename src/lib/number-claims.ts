// Finds numbers in content that a shop could act on (rates, days, hours, limits, counts, phone numbers) and that have
// neither a source on the same page nor a hedge in the same sentence. Used by the content tests over content/.

/** One piece of text to check: where it is, and the `supports` lines of the sources on the same page. */
export interface ClaimText {
  /** File path shown in the report (content/…). */
  file: string;
  /** Field or part of the file (正文, summary, firstSteps.2, qa-x.explanation…). */
  field: string;
  /** The text itself (Markdown allowed). */
  text: string;
  /** `supports` of every source of the page; a number found in one of them counts as sourced. */
  supports: readonly string[];
}

/** A number that needs a source or a hedge. */
export interface UnbackedNumber {
  file: string;
  field: string;
  /** The number with its unit, as written (0.6%, 24 小时, 95017). */
  number: string;
  /** The sentence it stands in. */
  sentence: string;
}

/** How a sentence is sorted: numbers that back a claim either way are counted for the report. */
export interface NumberReport {
  unbacked: UnbackedNumber[];
  sourced: number;
  hedged: number;
}

/**
 * Words that defer to the acquirer's or platform's current rules, or mark a number as approximate, reported, an example
 * or unverified. A number in the same sentence counts as hedged.
 */
export const HEDGES: readonly RegExp[] = [
  /以[^。！？\n]{0,30}为准/,
  /合同(里|上)?(写|约定|签)/,
  /未经[^。！？\n]{0,6}(确认|核实|证实)/,
  /没有(查到|核实|官方)/,
  /(常见|网上|有人|有的|有一种)[^。！？\n]{0,6}(说法|说|报价|例子|见过)/,
  /各家|不一定|因[^。！？\n]{0,6}而异|可能|大约|约 ?\d|左右|一般|通常|比如|例如|举例|示例|假设/,
];

// Things that contain digits but are not claims: dates, years, settlement-mode names, Markdown link targets, URLs.
const NOT_CLAIMS: readonly RegExp[] = [
  /\]\([^)]*\)/g,
  /https?:\/\/\S+/g,
  /\d{4}-\d{2}-\d{2}/g,
  /\d{4} ?年(\d{1,2} ?月(\d{1,2} ?日)?)?/g,
  /\d{1,2} ?月 ?\d{1,2} ?日/g,
  /\b[TD] ?\+ ?[0-9N]\b|\b[TD][01]\b/g,
  /第 ?\d+ ?(步|项|种|条|个|天)/g,
];

// A number followed by a unit that makes it a rule or a limit, or a phone-like run of digits.
// 110 and the other three-digit emergency numbers are not matched: everyone knows them.
// An amount of money (元) is a claim only next to a limit or fee word; elsewhere it is the amount of a story's sale.
const CLAIM =
  /(\d+(?:\.\d+)?) ?(%|％|‰|个工作日|工作日|天|日|小时|分钟|秒|次|个月|年|位|倍)|\b(95\d{3}|12\d{3}|400-?\d{3}-?\d{4})\b|(?<=(?:限额|以内|不超过|超过|最多|最少|最高|最低|封顶|单笔|单日|每天|每日|每笔|每月|每年|费)[^，。；\n]{0,6})(\d+(?:\.\d+)?) ?(万元|万|元)|(\d+(?:\.\d+)?) ?(万元|万|元)(?=[^，。；\n]{0,4}(?:以内|以下|以上|封顶|起|的限额|的上限))/g;

/** Splits text into sentences (。！？ and line breaks end a sentence). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every claim number of the texts, sorted into sourced, hedged and neither. */
export function reportNumbers(texts: readonly ClaimText[]): NumberReport {
  const report: NumberReport = { unbacked: [], sourced: 0, hedged: 0 };
  for (const { file, field, text, supports } of texts) {
    for (const sentence of sentences(text)) {
      const plain = NOT_CLAIMS.reduce((s, re) => s.replace(re, ' '), sentence);
      const hedged = HEDGES.some((re) => re.test(plain));
      for (const match of plain.matchAll(CLAIM)) {
        const digits = match[1] ?? match[3] ?? match[4] ?? match[6] ?? '';
        if (supports.some((s) => containsNumber(s, digits))) report.sourced += 1;
        else if (hedged) report.hedged += 1;
        else report.unbacked.push({ file, field, number: match[0].trim(), sentence });
      }
    }
  }
  return report;
}

/** True when `text` has `digits` as a whole number (so 5 is not found inside 50 or 0.5). */
function containsNumber(text: string, digits: string): boolean {
  const escaped = digits.replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d.]|\\.\\d)`).test(text);
}
