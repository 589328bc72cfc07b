import { describe, expect, it } from 'vitest';
import { isDatedByline } from '../../src/classifier/dated-bylines.js';

describe('isDatedByline', () => {
  // Kept junk on aeb train pages 291a8bf3…, 9cb8224b…, ec3878db…, 7a664e40…, c50845a7…, 9e8c9f08…,
  // 076f4f33…, f8ff621a…, e7d77f18…, bc13ff87….
  it.each([
    'By Joseph Tsidulko November 19, 2019, 07:47 PM EST',
    '11/19/2019 by Lars Brandle',
    'February 1, 2019 Ilana Muhlstein, MS, RDN',
    'November 20, 2019 / 1:07 AM / CBS News',
    'By Tariq Malik, Mike Wall 2019-11-18T22:05:36Z Spaceflight',
    'By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.',
    'New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM',
    'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET',
    'November 19th, 2019 at 8:40 AM',
    'Nov.November 18, 2019 12:02 PM',
  ])('removes %s', (text) => {
    expect(isDatedByline(text)).toBe(true);
  });

  // Every short gold line with a date in the aeb train split, and a junk line that is no byline.
  it.each([
    '29 November 2018 | 20 January 2019',
    '— The Nigerian Senate (@NGRSenate) October 9, 2018',
    '(Published Monday, Nov. 18, 2019)',
    'Revenues from the Trump-imposed tariffs have totaled about $63 billion through June 30, 2019.',
    'Nov 18, 2019 at 9:24 pm ET • 2 min read',
    'By Joseph Tsidulko',
  ])('keeps %s', (text) => {
    expect(isDatedByline(text)).toBe(false);
  });
});
