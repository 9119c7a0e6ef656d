import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** Checks that YAML text is a list whose items all have a unique string `id`; throws naming the file and item. */
export function parseYamlList(text: string, fileName: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${fileName}: YAML 格式错误：${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${fileName}: 文件顶层必须是一个列表（每项以 “- id:” 开头）`);
  const seen = new Set<string>();
  data.forEach((item: unknown, index) => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '') throw new Error(`${fileName}: 第 ${index + 1} 项缺少字段 id`);
    if (seen.has(id)) throw new Error(`${fileName}: 字段 id 重复：“${id}”（第 ${index + 1} 项）`);
    seen.add(id);
  });
  return data as Record<string, unknown>[];
}

/**
 * Content loader for a YAML list file. Unlike Astro's `file()` loader, which logs a broken file and carries on with
 * an empty collection, this one stops the build and names the file, the item and the field.
 */
export function yamlListLoader(path: string): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const absolute = resolve(root, path);
      const fileName = relative(root, absolute);
      const items = parseYamlList(await readFile(absolute, 'utf8'), fileName);
      store.clear();
      for (const item of items) {
        const id = item['id'] as string;
        const data = await parseData({ id, data: item, filePath: absolute });
        store.set({ id, data, filePath: fileName, digest: generateDigest(item) });
      }
    },
  };
}
