// Builds a copy of the real content/ with one mistake in it: the build must fail and name the file and field.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT } from './load-content';

const scratchDirs: string[] = [];
afterAll(() => scratchDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Copies content/, applies `mutate`, runs `astro <command>` on the copy and returns its exit code and output. */
function runOnBrokenCopy(command: 'sync' | 'build', mutate: (dir: string) => void) {
  const scratch = mkdtempSync(join(tmpdir(), 'broken-content-'));
  scratchDirs.push(scratch);
  const dir = join(scratch, 'content');
  cpSync(CONTENT, dir, { recursive: true });
  mutate(dir);
  const run = spawnSync('npx', ['astro', command], {
    cwd: join(CONTENT, '..'),
    env: { ...process.env, CONTENT_DIR: dir, SCRATCH_DIR: scratch, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const edit = (file: string, from: RegExp | string, to: string) => (dir: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture did not change ${file}`);
  writeFileSync(path, next);
};

describe('a content mistake stops the build', () => {
  it('names the file and field of an unknown stage', () => {
    const { code, output } = runOnBrokenCopy('sync', edit('causes/fee_deduction.mdx', /^stage: .*$/m, 'stage: somewhere'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/causes/fee_deduction.mdx');
    expect(output).toMatch(/stage: Invalid option/);
  });

  it('names the file and field of a missing field', () => {
    const { code, output } = runOnBrokenCopy('sync', edit('causes/refund_issued.mdx', /^summary: .*\n/m, ''));
    expect(code).not.toBe(0);
    expect(output).toContain('content/causes/refund_issued.mdx');
    expect(output).toMatch(/summary: /);
  });

  it('names the file of a duplicate id in a YAML list', () => {
    const dup = (dir: string) => {
      const path = join(dir, 'data/contacts.yaml');
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n- id: acquirer\n  name: 重复\n  when: 测试\n`);
    };
    const { code, output } = runOnBrokenCopy('sync', dup);
    expect(code).not.toBe(0);
    expect(output).toContain('content/data/contacts.yaml: 字段 id 重复：“acquirer”');
  });

  it('names the file and field of a bad item in a YAML list', () => {
    const { code, output } = runOnBrokenCopy('sync', edit('glossary/terms.yaml', /^(\s+)causes: \[/m, '$1causes: [no_such_cause, '));
    expect(code).not.toBe(0);
    expect(output).toContain('content/glossary/terms.yaml');
    expect(output).toMatch(/causes\.0: Invalid option/);
  });

  it('names the file and field of a diagnosis rule or rule-out on a question or cause that does not exist', () => {
    // One build for three mistakes: a rule on an unknown question, a rule-out naming an unknown question, and one
    // naming an unknown cause.
    const broken = (dir: string) => {
      edit('diagnosis/rules.yaml', /when: \{ /, 'when: { no_such_question: x, ')(dir);
      edit('diagnosis/rules.yaml', /- \{ question: \w+, look_alike: /, '- { question: no_such_check, look_alike: ')(dir);
      edit('diagnosis/rules.yaml', /(- \{ question: \w+, look_alike: )(?!.*no_such)\w+/, '$1no_such_cause')(dir);
    };
    const { code, output } = runOnBrokenCopy('build', broken);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/diagnosis\/rules\.yaml: \w+\.evidence\[0\]\.when\.no_such_question: 没有这个问题/);
    expect(output).toMatch(/content\/diagnosis\/rules\.yaml: \w+\.rule_out\[0\]\.question: 没有问题 “no_such_check”/);
    expect(output).toMatch(/content\/diagnosis\/rules\.yaml: \w+\.rule_out\[\d\]\.look_alike: 没有原因 “no_such_cause”/);
  });

  it('names the file and field of a training question with no correct choice', () => {
    const { code, output } = runOnBrokenCopy('sync', edit('training/questions/causes-a.yaml', /correct: true/, 'correct: false'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/training/questions/causes-a.yaml');
    expect(output).toMatch(/choices: (单选题必须正好有一个正确选项|多选题至少要有两个正确选项)/);
  });

  it('names the file and field of a reference to a contact that does not exist', () => {
    const { code, output } = runOnBrokenCopy('build', edit('causes/judicial_freeze.mdx', /^contacts: \[/m, 'contacts: [nobody_at_all, '));
    expect(code).not.toBe(0);
    expect(output).toContain('content/causes/judicial_freeze.mdx: contacts: 找不到联系人 “nobody_at_all”');
  });

  it('names the file and field of a source whose url is not a web address', () => {
    const { code, output } = runOnBrokenCopy('sync', edit('guides/refund-procedure.mdx', /url: https:\/\/pay\.weixin\.qq\.com\S*/, 'url: 微信支付文档'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/guides/refund-procedure.mdx');
    expect(output).toMatch(/sources\.0\.url: url 要写完整的网址/);
  });

  it('names the file and field of a phone number with neither a source nor verify', () => {
    const { code, output } = runOnBrokenCopy('sync', edit('data/contacts.yaml', "phone: '95516'\n  verify: true", "phone: '95516'"));
    expect(code).not.toBe(0);
    expect(output).toContain('content/data/contacts.yaml');
    expect(output).toMatch(/source: 写了 phone 就要写 source/);
  });
});
