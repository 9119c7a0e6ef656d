// Reads the real content/ folder with the same zod schemas the build uses, for tests that run without Astro.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { CauseSchema } from '../../src/schemas/cause';
import { CaseSchema } from '../../src/schemas/case';
import { GuideSchema } from '../../src/schemas/guide';
import { TermSchema } from '../../src/schemas/glossary';
import { ContactSchema, EmergencyStepSchema, EvidenceSchema, StageSchema } from '../../src/schemas/reference';
import { CauseRulesSchema, QuestionSchema } from '../../src/schemas/diagnosis';

export const CONTENT = join(import.meta.dirname, '../../content');

/** An entry as the tests see it: where it came from, its validated data and its MDX body. */
export interface Loaded<T> {
  id: string;
  filePath: string;
  body: string;
  data: T;
}

function validate<S extends z.ZodType>(schema: S, raw: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const fields = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${where}: ${fields}`);
  }
  return result.data;
}

/** Loads every MDX file of a folder, validating its frontmatter. */
export function loadMdx<S extends z.ZodType>(dir: string, schema: S): Loaded<z.infer<S>>[] {
  return readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const filePath = `content/${dir}/${file}`;
      const text = readFileSync(join(CONTENT, dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${filePath}: 没有 frontmatter（文件应以 --- 开头）`);
      return { id: file.replace(/\.mdx$/, ''), filePath, body: match[2] ?? '', data: validate(schema, parse(match[1] ?? ''), filePath) };
    });
}

/** Loads a YAML list file, validating every item. */
export function loadYamlList<S extends z.ZodType>(file: string, schema: S): Loaded<z.infer<S>>[] {
  const filePath = `content/${file}`;
  const items = parse(readFileSync(join(CONTENT, file), 'utf8')) as { id: string }[];
  return items.map((item, i) => ({ id: item.id, filePath, body: '', data: validate(schema, item, `${filePath} 第 ${i + 1} 项`) }));
}

/** Loads the whole content folder. */
export function loadAll() {
  return {
    causes: loadMdx('causes', CauseSchema),
    guides: loadMdx('guides', GuideSchema),
    cases: loadMdx('cases', CaseSchema),
    glossary: loadYamlList('glossary/terms.yaml', TermSchema),
    contacts: loadYamlList('data/contacts.yaml', ContactSchema),
    evidence: loadYamlList('data/evidence.yaml', EvidenceSchema),
    stages: loadYamlList('data/stages.yaml', StageSchema),
    emergency: loadYamlList('data/emergency.yaml', EmergencyStepSchema),
  };
}

/** Loads the diagnosis questions and rules (validated), and the holiday calendar. */
export function loadDiagnosis() {
  return {
    questions: loadYamlList('diagnosis/questions.yaml', QuestionSchema),
    rules: loadYamlList('diagnosis/rules.yaml', CauseRulesSchema),
  };
}
