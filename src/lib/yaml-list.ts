import { readFile, readdir } from 'node:fs/promises';
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

/** Resolves a content path against the project root: the absolute path, and the path to show in messages. */
function locate(rootUrl: URL, path: string): { absolute: string; fileName: string } {
  const root = fileURLToPath(rootUrl);
  const absolute = resolve(root, path);
  return { absolute, fileName: relative(root, absolute) };
}

/**
 * Content loader for a YAML list file. Unlike Astro's `file()` loader, which logs a broken file and carries on with
 * an empty collection, this one stops the build and names the file, the item and the field.
 */
export function yamlListLoader(path: string): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config, generateDigest }) => {
      const { absolute, fileName } = locate(config.root, path);
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

/** Content loader for a YAML file holding one object: stored as a single entry with the given id. */
export function yamlObjectLoader(path: string, id: string): Loader {
  return {
    name: 'yaml-object',
    load: async ({ store, parseData, config, generateDigest }) => {
      const { absolute, fileName } = locate(config.root, path);
      let data: unknown;
      try {
        data = parse(await readFile(absolute, 'utf8'));
      } catch (error) {
        throw new Error(`${fileName}: YAML 格式错误：${(error as Error).message}`);
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new Error(`${fileName}: 文件顶层必须是一个对象`);
      store.clear();
      const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath: absolute });
      store.set({ id, data: parsed, filePath: fileName, digest: generateDigest(data as Record<string, unknown>) });
    },
  };
}

/** Content loader for every `*.yaml` list in a folder: ids must be unique across all the files. */
export function yamlFolderLoader(dir: string): Loader {
  return {
    name: 'yaml-folder',
    load: async ({ store, parseData, config, generateDigest }) => {
      const { absolute: folder } = locate(config.root, dir);
      const files = (await readdir(folder)).filter((f) => f.endsWith('.yaml')).sort();
      const owner = new Map<string, string>();
      store.clear();
      for (const file of files) {
        const { absolute, fileName } = locate(config.root, resolve(folder, file));
        for (const item of parseYamlList(await readFile(absolute, 'utf8'), fileName)) {
          const id = item['id'] as string;
          const other = owner.get(id);
          if (other) throw new Error(`${fileName}: 字段 id 重复：“${id}” 已在 ${other} 中使用`);
          owner.set(id, fileName);
          const data = await parseData({ id, data: item, filePath: absolute });
          store.set({ id, data, filePath: fileName, digest: generateDigest(item) });
        }
      }
    },
  };
}
