import { describe, expect, it } from 'vitest';
import { startTyping, typed, type Typing, type TypingStep } from '../../../src/rules/typing';

const PAUSE = 180;

/** Feeds `[text, ms]` changes to a box that starts empty and returns the step each one gets. */
function steps(changes: [string, number][]): TypingStep[] {
  let state: Typing = startTyping('');
  return changes.map(([value, at]) => {
    const next = typed(state, value, at, PAUSE);
    state = next.state;
    return next.step;
  });
}

describe('typed', () => {
  it.each<[string, [string, number][], TypingStep[]]>([
    ['the first word searches at once', [['冻结', 1000]], ['now']],
    [
      'letters typed quickly wait for the pause',
      [
        ['t', 1000],
        ['t+', 1050],
        ['t+1', 1100],
      ],
      ['now', 'after-pause', 'after-pause'],
    ],
    [
      'a change after a pause searches at once',
      [
        ['冻结', 1000],
        ['冻结 解冻', 1500],
      ],
      ['now', 'now'],
    ],
    [
      'a box emptied is a fresh start',
      [
        ['冻结', 1000],
        ['', 1050],
        ['跳码', 1100],
      ],
      ['now', 'after-pause', 'now'],
    ],
    [
      'the same word twice is searched once',
      [
        ['冻结', 1000],
        ['冻结', 1010],
      ],
      ['now', 'none'],
    ],
  ])('%s', (_, changes, expected) => {
    expect(steps(changes)).toEqual(expected);
  });
});
