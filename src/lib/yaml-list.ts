import { parse } from 'yaml';

/**
 * Parser for `file()` loaders: the file must be a YAML list whose items all have a unique `id`.
 * Astro only logs a missing id and skips the item; a content mistake should stop the build instead.
 */
export function yamlListParser(fileName: string) {
  return (text: string): Record<string, unknown>[] => {
    const data: unknown = parse(text);
    if (!Array.isArray(data)) throw new Error(`${fileName}: 文件顶层必须是一个列表（每项以 “- id:” 开头）`);
    const seen = new Set<string>();
    data.forEach((item: unknown, index) => {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      if (typeof id !== 'string' || id === '') throw new Error(`${fileName}: 第 ${index + 1} 项缺少字段 id`);
      if (seen.has(id)) throw new Error(`${fileName}: 字段 id 重复：“${id}”（第 ${index + 1} 项）`);
      seen.add(id);
    });
    return data as Record<string, unknown>[];
  };
}
