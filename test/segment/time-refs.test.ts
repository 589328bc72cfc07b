import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../src/segment/time-refs.js';

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
