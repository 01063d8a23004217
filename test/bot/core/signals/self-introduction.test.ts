import { introducesSelf, withoutSelfIntroduction } from '../../../../bot/core/signals/self-introduction';

const clauses = (text: string): string[] => text.toLowerCase().split(',').map((c) => c.trim());

describe('the customer introducing themself by their job', () => {
  test.each([
    ['office manager here, ordering 10 chairs for the team', 0],
    ['hi, purchasing manager here, can we get an invoice', 1],
  ] as const)('%s → introduces', (text, at) => expect(introducesSelf(clauses(text), at)).toBe(true));
  test.each([
    ['office manager here', 0],
    ['need a manager here, now', 0],
    ['manager here, quick question', 0],
    ['the duty manager here please, this is a joke', 0],
    ['my order is late, store manager here', 1],
  ] as const)('%s → asks or tells something else', (text, at) => expect(introducesSelf(clauses(text), at)).toBe(false));

  test('the introduction is no part of the question', () => {
    expect(withoutSelfIntroduction('Office manager here, can we pay by bank transfer?')).toBe('can we pay by bank transfer?');
    expect(withoutSelfIntroduction('need a manager here, now')).toBe('need a manager here, now');
  });
});
