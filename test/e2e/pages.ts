import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = join(import.meta.dirname, '../../dist');

/** Every page of the built site as a URL path (`/causes/x/`), found by walking dist/ for index.html files. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'pagefind' || name === '_astro') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative(DIST, dir)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(DIST);
  pages.push('/404.html');
  return pages.sort();
}
