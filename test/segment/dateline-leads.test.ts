import { describe, expect, it } from 'vitest';
import { datelineLeadGaps } from '../../src/segment/dateline-leads.js';
import { contentTermsOf } from '../../src/segment/gap-features.js';
import { gapInputFor } from '../../src/segment/segment-paragraphs.js';

// Two made-up Reuters-style reports on one subject, as the probes of round 23 joined them.
const tuesday = [
  'NEW YORK, March 11 (Reuters) - Oil prices rose on Tuesday as traders weighed the prospect of tighter supply from the Middle East against signs of weaker demand in China.',
  'Brent crude futures gained 1.2% to $83.40 a barrel by midday, while U.S. West Texas Intermediate crude climbed 1.1% to $79.10.',
  'The American Petroleum Institute industry group is due to release its weekly inventory figures later on Tuesday.',
];
const wednesday = [
  'NEW YORK, March 12 (Reuters) - Oil prices slipped on Wednesday after U.S. government data showed a surprise build in crude inventories, outweighing supply worries.',
  'Brent crude futures fell 64 cents to $82.76 a barrel, and U.S. West Texas Intermediate crude lost 58 cents.',
];

function gaps(paragraphs: string[]): number[] {
  const input = gapInputFor(paragraphs, [], 'en', new Map());
  return [...datelineLeadGaps(input, contentTermsOf(input))];
}

describe('datelineLeadGaps', () => {
  it('finds a second dateline lead, whatever the two reports share', () => {
    expect(gaps([...tuesday, ...wednesday])).toEqual([3]);
  });

  it('places the start on the lead’s headline, over a kept byline', () => {
    expect(gaps([...tuesday, 'Oil slips after surprise build in U.S. crude inventories', ...wednesday])).toEqual([3]);
    expect(gaps([...tuesday, 'Oil slips after surprise build in U.S. crude inventories', 'Author: Energy Desk Staff', ...wednesday])).toEqual([3]);
  });

  it('leaves a line that does not announce the lead with the story before', () => {
    expect(gaps([...tuesday, 'Why OPEC+ keeps delaying its output increase [ Bloomberg ]', ...wednesday])).toEqual([4]);
  });

  it('leaves the first story’s own dateline alone, with only a headline and a byline above it', () => {
    expect(gaps(['Oil climbs on Middle East supply worries', 'By Laura Sanchez', ...tuesday])).toEqual([]);
  });

  it('does not take a lead that restates the summary printed above it', () => {
    // aeb page 374ac9a5… (train): CNBC's "Key Points" over the story's dateline lead.
    const keyPoints = [
      "Dubai's flagship carrier Emirates Airline has finalized a deal to purchase 30 of Boeing's 787-9 Dreamliner jets, executives of both companies announced Wednesday at the Dubai Air Show.",
      'The deal comes in addition to five 787 Dreamliner sales earlier this week and sets up for a reduction to a prior order of delayed 777x jets.',
    ];
    const lead =
      "DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing's 787-9 Dreamliner jets, executives of both companies announced Wednesday at the Dubai Air Show.";
    expect(gaps([...keyPoints, lead])).toEqual([]);
  });

  it('needs the dateline to open a lead, not a short line', () => {
    expect(gaps([...tuesday, 'LONDON (Reuters) - Markets closed.'])).toEqual([]);
  });
});
