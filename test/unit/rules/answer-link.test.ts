import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../../src/rules/answer-link';
import { model } from './diagnosis-fixture';

describe('answers in the URL', () => {
  it('round-trips answers, hours and 不知道', () => {
    const state = { pos_pending: 'yes', hours: 60, sticker_altered: 'unknown' };
    const url = encodeAnswers(model, state);
    expect(url).toBe('?pp=yes&hs=60&sa=unknown');
    expect(decodeAnswers(model, url)).toEqual({ ok: true, observations: state });
  });

  it('reads an empty query as a fresh start', () => {
    expect(decodeAnswers(model, '')).toEqual({ ok: true, observations: {} });
  });

  it.each([
    ['?pp=maybe', { code: 'unknown_answer', question: 'pos_pending' }],
    ['?zz=yes', { code: 'unknown_question', question: 'zz' }],
    ['?pp=yes&pp=no', { code: 'repeated_question' }],
    ['?hs=-5', { code: 'bad_hours' }],
    ['?hs=1e9', { code: 'bad_hours' }],
    ['?pp=%E4%B8', { code: 'truncated' }],
    ['?pp=<script>alert(1)</script>', { code: 'unknown_answer', question: 'pos_pending' }],
    [`?${'pp=yes&'.repeat(400)}`, { code: 'too_long' }],
  ])('rejects the hostile or truncated link %s with a reason', (search, error) => {
    expect(decodeAnswers(model, search)).toEqual({ ok: false, error });
  });
});
