import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/name-byline.js';
import type { RuleContext } from '../../src/rules/types.js';

const spanish: RuleContext = { language: 'es' };

describe('name-byline outside English', () => {
  // La Vanguardia's header (probe r30, a made-up page): standfirst, the reporter's name, the city, the stamp.
  const header = [
    'Barcelona limitará los pisos turísticos en el Eixample a partir de marzo',
    'El Ayuntamiento no renovará 1.200 licencias que caducan el próximo año y destinará los inmuebles al alquiler residencial',
    'Lluís Sierra',
    'Barcelona',
    '07/12/2026 10:15',
  ];

  it('takes a bare name and the city under it over the stamp on a Spanish page', () => {
    expect(rule.englishOnly).toBe(false);
    expect(rule.match(header, 2, spanish)).toEqual({ reason: "a bare name and its city over the byline's stamp", length: 2 });
  });

  it('takes a bare name right over its stamp on a Spanish page', () => {
    expect(rule.match(['Lluís Sierra', '07/12/2026 10:15'], 0, spanish)?.length).toBe(1);
  });

  it('leaves the "By" of other languages to byline-timestamp', () => {
    const texts = ['Bahn will Sanierung der Strecke Hamburg-Berlin vorziehen', 'Von Anna Schmidt', 'Stand: 07.12.2026 14:32 Uhr'];
    expect(rule.match(texts, 1, { language: 'de' })).toBeNull();
  });

  it('reads the byline with its paper on a page in any language: a glued file of English pages may read as another', () => {
    const texts = ['Thousands of teachers pack Indiana Statehouse for protest', 'Tom Davies Associated Press'];
    expect(rule.match(texts, 1, { language: 'en' })?.length).toBe(1);
    expect(rule.match(texts, 1, { language: 'id' })?.length).toBe(1);
  });
});
