import { describe, expect, it } from 'vitest';
import { calendarDay, timeReferences } from '../../src/segment/time-refs.js';

describe('calendarDay', () => {
  // Byline and date lines as news sites print them (probes r24, made-up pages; aeb page bylines).
  it.each([
    ['August 12, 2025', '8-12'],
    ['Published On 25 Mar 2024', '3-25'],
    ['Fri 24 Jan 2025 18.02 GMT', '1-24'],
    ['By Joseph Tsidulko November 19, 2019, 07:47 PM EST', '11-19'],
    ['Sept. 3, 2024 at 9:15 a.m.', '9-3'],
    ['Stand: 05.02.2025 09:47 Uhr', '5.2.2025'],
    ['11/19/2019 by Lars Brandle', '11.19.2019'],
    ['2019-11-18T22:05:36Z', '2019.11.18'],
  ])('%s names the day %s', (text, day) => {
    expect(calendarDay(text)).toBe(day);
  });

  it('is null for a line naming no day: a clock, a month, a year', () => {
    expect(calendarDay('17.41 GMT')).toBeNull();
    expect(calendarDay('Updated March 2024')).toBeNull();
    expect(calendarDay('By Carla Mendes | Capitol Bureau')).toBeNull();
  });
});

describe('timeReferences', () => {
  // Leads as wire stories write them, one per language (made up in the shape of the seg28 probe's leads).
  it.each([
    ['en', 'Treasury yields edged higher on Thursday after the May 5 auction.', ['d4', 'm5']],
    ['es', 'El Congreso de los Diputados rechazó este jueves la ley, tras el debate del lunes.', ['d4', 'd1']],
    ['de', 'Am Donnerstag, 5. Mai, sagte Merz im März, der Haushalt stehe.', ['d4', 'm5', 'm3']],
    ['fr', 'Le ministre a parlé mardi 3 mars devant les députés.', ['d2', 'm3']],
    ['it', 'Il governo ha deciso lunedì 3 marzo di rinviare il voto.', ['d1', 'm3']],
    ['pt', 'Na quarta-feira, 5 de março, o governo anunciou o plano.', ['d3', 'm3']],
    ['nl', 'Het kabinet besloot op woensdag 3 mei tot de maatregel.', ['d3', 'm5']],
    ['sv', 'Regeringen meddelade i torsdags att beslutet kommer den 5 maj.', ['d4', 'm5']],
    ['ru', 'В среду, 5 декабря, правительство объявило о решении.', ['d3', 'm12']],
    ['uk', 'У четвер, 5 грудня, уряд оголосив про рішення.', ['d4', 'm12']],
    ['pl', 'We wtorek 7 grudnia rząd ogłosił decyzję, a w piątek ją podpisał.', ['d2', 'm12', 'd5']],
  ])('reads the days and months of a %s lead', (language, text, keys) => {
    expect([...timeReferences(text, language)].sort()).toEqual([...keys].sort());
  });

  it('leaves names and ordinary words that spell a day or month alone', () => {
    // A singer named Domingo, the planet Mars, "mei" and "mai" without a day number, "среда" as "the environment".
    expect(timeReferences('Plácido Domingo cantó en Madrid.', 'es').size).toBe(0);
    expect(timeReferences('La sonde a atteint Mars en mai dernier.', 'fr').size).toBe(0);
    expect(timeReferences('Окружающая среда страдает от выбросов.', 'ru').size).toBe(0);
    expect(timeReferences('Ze gingen in mei op vakantie.', 'nl').size).toBe(0);
    // "Середа" as "the environment", Środa Wielkopolska (a town), Maja as a name.
    expect(timeReferences('Середа міста змінилася за рік.', 'uk').size).toBe(0);
    expect(timeReferences('Maja Nowak mieszka w Środzie, a Środa Wielkopolska rośnie.', 'pl').size).toBe(0);
  });

  it('reads the years of any language', () => {
    expect([...timeReferences('Der Haushalt 2026 wurde beschlossen.', 'de')]).toEqual(['y2026']);
  });
});
