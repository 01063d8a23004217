/**
 * Names written in capitals mid-sentence (title-case.ts): their words name goods, whatever they mean in lower case. A
 * place, a body or a law named in capitals keeps its words, and so does a message that capitalises everything.
 */
import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { namesInCapitals } from '../../../../bot/core/signals/title-case';

const kinds = (text: string) => detectComplaintLevel(text, 'en').complaints.map((c) => c.kind);

describe('a name in capitals is no incident or threat', () => {
  test.each([
    ['Do you sell the Exploding Kittens card game?', 'safety'],
    ['Is the Toxic perfume by Britney still available?', 'safety'],
    ['Do you have the Bleeding Hearts vinyl by the Cure?', 'safety'],
    ['Have you got the Toxic perfume in 50ml?', 'safety'],
  ])('%s → no %s', (text, kind) => expect(kinds(text)).not.toContain(kind));

  test.each([
    ["My son is in St Mary's Hospital after your heater burned him", 'safety'],
    ["I'm reporting you to Trading Standards.", 'legal'],
    ['The Charger Caught Fire Last Night', 'safety'],
    ['My charger EXPLODED. Help', 'safety'],
    ['the exploding charger you sold me burned my desk', 'safety'],
  ])('%s → still %s', (text, kind) => expect(kinds(text)).toContain(kind));

  test('a name ends at punctuation and never starts a sentence', () => {
    expect(namesInCapitals('Do you sell the Rage Against the Machine vinyl?')).toEqual(['rage against the machine vinyl']);
    expect(namesInCapitals('Exploding batteries, Fire everywhere. Help')).toEqual([]);
  });
});
