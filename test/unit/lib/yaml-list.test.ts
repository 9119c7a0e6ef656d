import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../../src/lib/yaml-list';

describe('parseYamlList', () => {
  it('returns the items of a well-formed list', () => {
    expect(parseYamlList('- id: a\n  name: 甲\n- id: b\n', 'x.yaml')).toEqual([{ id: 'a', name: '甲' }, { id: 'b' }]);
  });

  it.each([
    ['id: a\n', 'x.yaml: 文件顶层必须是一个列表（每项以 “- id:” 开头）'],
    ['- name: 无名\n', 'x.yaml: 第 1 项缺少字段 id'],
    ['- id: a\n- id: a\n', 'x.yaml: 字段 id 重复：“a”（第 2 项）'],
  ])('rejects %j naming the file and item', (text, message) => {
    expect(() => parseYamlList(text, 'x.yaml')).toThrow(message);
  });

  it('reports a YAML syntax error with the file name', () => {
    expect(() => parseYamlList('- id: [a\n', 'x.yaml')).toThrow(/^x\.yaml: YAML 格式错误/);
  });
});
