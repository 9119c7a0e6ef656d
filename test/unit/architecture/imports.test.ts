// The floors of the house (README, "Folder map"): schemas ← rules ← lib ← components/layouts/pages, and rules ← islands;
// src/i18n (schemas, rules ← i18n) words the rules' codes for both sides.
// The compiler cannot forbid an import that resolves, so this test reads every import and names the one that points the
// wrong way.
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, readSource } from './source-files';

/** One import or re-export: the file it is in, the line, what it names, and whether only types come through. */
export interface ImportRef {
  file: string;
  line: number;
  specifier: string;
  /** The path inside the repository for a relative import ('src/rules/days'); undefined for a package. */
  target: string | undefined;
  typeOnly: boolean;
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every import, re-export and dynamic import of a source text. */
export function importsOf(file: string, text: string): ImportRef[] {
  return [...text.matchAll(IMPORT)].map((m) => {
    const specifier = m[3] ?? m[4] ?? '';
    const target = specifier.startsWith('.') ? posix.join(posix.dirname(file), specifier) : undefined;
    const line = text.slice(0, m.index).split('\n').length + (m[0].match(/^\n*/)?.[0].length ?? 0);
    return { file, line, specifier, target, typeOnly: m[2] !== undefined };
  });
}

/** A rule of direction: which files it covers, and why an import breaks it (undefined when it does not). */
interface Floor {
  folder: string;
  why: (ref: ImportRef) => string | undefined;
}

const inside = (ref: ImportRef, folder: string) => ref.target?.startsWith(`${folder}/`) === true;

/** The rules of direction; each message says what to do instead. */
export const FLOORS: Floor[] = [
  {
    folder: 'src/rules',
    why: (ref) => {
      if (inside(ref, 'src/rules')) return undefined;
      if (inside(ref, 'src/schemas') && ref.typeOnly) return undefined;
      if (inside(ref, 'src/schemas'))
        return 'imports a value from src/schemas: use `import type` so zod never ships with the rules';
      return 'src/rules ships to the browser and to build-time code alike: it may import only src/rules and `import type` from src/schemas (no packages, no i18n, no lib, no islands)';
    },
  },
  {
    folder: 'src/schemas',
    why: (ref) =>
      ref.target === undefined || inside(ref, 'src/schemas')
        ? undefined
        : 'src/schemas is the ground floor: it may import only packages (zod) and other schemas',
  },
  {
    folder: 'src/lib',
    why: (ref) =>
      ['src/islands', 'src/pages', 'src/components', 'src/layouts', 'src/scripts'].some((f) => inside(ref, f))
        ? 'src/lib builds view models for pages and islands and must not depend on them: move the shared type to src/schemas/island-props.ts (or src/lib)'
        : undefined,
  },
  {
    folder: 'src/i18n',
    why: (ref) =>
      ['src/lib', 'src/islands', 'src/pages', 'src/components', 'src/layouts', 'src/scripts'].some((f) =>
        inside(ref, f),
      )
        ? 'src/i18n words what rules return for pages and islands alike: it may import schemas and rules, not the UI'
        : undefined,
  },
  {
    folder: 'src/islands',
    why: (ref) =>
      ['src/lib', 'src/pages', 'src/components', 'src/layouts'].some((f) => inside(ref, f))
        ? 'islands run in the browser: take logic from src/rules and data as props, never from src/lib or the pages'
        : undefined,
  },
];

/** Every import under `folder` that breaks its floor, as 'file:line imports specifier — why'. */
export function violations(floor: Floor, files: { file: string; text: string }[]): string[] {
  return files.flatMap(({ file, text }) =>
    importsOf(file, text).flatMap((ref) => {
      const why = floor.why(ref);
      return why ? [`${ref.file}:${ref.line} imports '${ref.specifier}' — ${why}`] : [];
    }),
  );
}

const sources = (folder: string) =>
  filesUnder(folder, ['.ts', '.tsx', '.mjs']).map((file) => ({ file, text: readSource(file) }));

describe('import direction', () => {
  it.each(FLOORS.map((f) => [f.folder, f] as const))('%s imports only what its floor allows', (_, floor) => {
    expect(violations(floor, sources(floor.folder))).toEqual([]);
  });

  it.each([
    ['src/rules/x.ts', "import { h } from 'preact';", /no packages/],
    ['src/rules/x.ts', "import { t } from '../i18n';", /no packages, no i18n/],
    ['src/rules/x.ts', "import { CauseSchema } from '../schemas/cause';", /use `import type`/],
    ['src/rules/x.ts', "export { x } from '../lib/site';", /may import only src\/rules/],
    ['src/rules/x.ts', "const m = await import('../islands/diagnose/Wizard');", /no islands/],
    ['src/lib/x.ts', "import type { TrainingData } from '../islands/training/types';", /must not depend/],
    ['src/islands/q/A.tsx', "import { loadSite } from '../../lib/site';", /never from src\/lib/],
    ['src/schemas/x.ts', "import type { Rng } from '../rules/random';", /ground floor/],
    ['src/i18n/x.ts', "import type { Site } from '../lib/site';", /not the UI/],
  ])('catches %s: %s', (file, text, message) => {
    const floor = FLOORS.find((f) => file.startsWith(`${f.folder}/`))!;
    const found = violations(floor, [{ file, text }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it.each([
    ['src/rules/x.ts', "import type { Cause } from '../schemas/cause';"],
    ['src/rules/x.ts', "import { addDays, type Day } from './days';"],
    ['src/lib/x.ts', "import type { TrainingData } from '../schemas/island-props';"],
    ['src/islands/q/A.tsx', "import { answer } from '../../rules/diagnosis';"],
  ])('allows %s: %s', (file, text) => {
    const floor = FLOORS.find((f) => file.startsWith(`${f.folder}/`))!;
    expect(violations(floor, [{ file, text }])).toEqual([]);
  });
});
