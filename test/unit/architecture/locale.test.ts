// Every reader-facing string goes through the locale (src/i18n): rules return codes, the UI words them with t().
// This test reads src/ outside src/i18n (the dictionaries), src/schemas (content-format messages for editors) and
// src/lib (build-time messages for editors) and fails on any CJK character in code. Comments are left out: they are
// written in English but name the domain's Chinese terms (调休, 补假, 不知道), which no reader of the site sees.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, readSource } from './source-files';

/** CJK ideographs and CJK / full-width punctuation (（）：、。“ are the locale's too). */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/** Folders whose Chinese is expected: the dictionaries, and messages for content editors. */
const EXEMPT = ['src/i18n/', 'src/schemas/', 'src/lib/'];

const withoutComments = (code: string, jsx: boolean) =>
  ts.transpileModule(code, {
    compilerOptions: { removeComments: true, target: ts.ScriptTarget.ESNext, jsx: ts.JsxEmit.Preserve },
    fileName: jsx ? 'x.tsx' : 'x.ts',
  }).outputText;

/** The code of a source file with its comments left out (TypeScript's own printer, so strings are never cut). */
export function codeOf(file: string, text: string): string {
  if (file.endsWith('.css')) return text.replace(/\/\*[\s\S]*?\*\//g, '');
  if (!file.endsWith('.astro')) return withoutComments(text, file.endsWith('.tsx'));
  const [, frontmatter = '', template = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [, '', text];
  return `${withoutComments(frontmatter, false)}\n${template.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '')}`;
}

/** The lines of `text` that hold CJK code (not only a comment), as 'file:line: text'. */
export function cjkLines(file: string, text: string): string[] {
  const runs = new Set(codeOf(file, text).match(CJK) ?? []);
  return text.split('\n').flatMap((line, i) => {
    const found = (line.match(CJK) ?? []).some((run) => [...runs].some((r) => r.includes(run) || run.includes(r)));
    const onlyComment = /^\s*(\/\/|\*|\/\*)/.test(line);
    return found && !onlyComment ? [`${file}:${i + 1}: ${line.trim()}`] : [];
  });
}

const SOURCES = filesUnder('src', ['.ts', '.tsx', '.astro', '.mjs', '.css']).filter(
  (f) => !EXEMPT.some((dir) => f.startsWith(dir)),
);

describe('UI text behind the locale', () => {
  it('leaves no CJK text in src/ outside src/i18n, src/schemas and src/lib', () => {
    const found = SOURCES.flatMap((f) => cjkLines(f, readSource(f)));
    expect(found, 'put these strings in src/i18n/zh-CN*.ts and look them up with t()').toEqual([]);
  });

  it.each([
    ['src/x.ts', "const a = '收款'; // 调休", ["src/x.ts:1: const a = '收款'; // 调休"]],
    ['src/x.ts', '// 调休 and 补假\nconst a = 1; /* 不知道 */', []],
    ['src/x.tsx', 'const b = <p>上一步</p>;', ['src/x.tsx:1: const b = <p>上一步</p>;']],
    ['src/x.astro', '---\n// 首页\nconst a = 1;\n---\n<p>{a}：</p>', ['src/x.astro:5: <p>{a}：</p>']],
    ['src/x.astro', '---\n---\n<!-- 说明 -->\n{/* 说明 */}', []],
    ['src/x.css', "/* 速查 */\na::after { content: '、'; }", ["src/x.css:2: a::after { content: '、'; }"]],
  ])('reads %s and finds the CJK code in %j', (file, text, lines) => {
    expect(cjkLines(file, text)).toEqual(lines);
  });
});
