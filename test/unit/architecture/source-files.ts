import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, for paths in failure messages. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every file below `dir` (relative to the repository root) whose name ends in one of `endings`, sorted. */
export function filesUnder(dir: string, endings: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (endings.some((e) => entry.name.endsWith(e))) out.push(relative(ROOT, path).replaceAll('\\', '/'));
    }
  };
  walk(join(ROOT, dir));
  return out.sort();
}

/** The text of a file given relative to the repository root. */
export function readSource(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
