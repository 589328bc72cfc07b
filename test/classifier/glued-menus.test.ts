import { describe, expect, it } from 'vitest';
import { isGluedMenu } from '../../src/classifier/glued-menus.js';

describe('isGluedMenu', () => {
  // Kept junk on aeb train pages 291a8bf3…, bc13ff87…, d1c57d78….
  it.each([
    'Share to LinkedInLinkedInShare to FacebookFacebookShare to TwitterTwitterShare to EmailEmailShare to MoreMore',
    'Share on FacebookShare on TwitterShare on LinkedinShare via Email Share via Shortlink',
    'Commercial Blue OriginCeres RoboticsCLPSlunar landerSierra Nevada Corp.SpaceXTyvak',
  ])('removes %s', (text) => {
    expect(isGluedMenu(text)).toBe(true);
  });

  // Gold lines of the aeb train split whose brand names are glued by their own spelling.
  it.each([
    'Apple released the 11-inch iPad Pro and redesigned 12.9-inch iPad Pro before the end of last year. Keyboard case maker Brydge had to go back to the drawing board.',
    'Depending on how much you spend, you\'ll generally aim for one of three categories of early retirement: FIRE, leanFIRE, and fatFIRE. LeanFIRE means a frugal life.',
    'Apple Watch Series 4 (GPS) requires an iPhone 5s or later with iOS 12 or later',
    'Apple AirPods Pro',
    'WeWork declined to comment.',
    // aeb gold 20b2b649…: a gift list's shop links, here three on one line.
    'http://amzn.to/2iJFhRj http://amzn.to/2hZfWFJ http://amzn.to/2hWw372',
  ])('keeps %s', (text) => {
    expect(isGluedMenu(text)).toBe(false);
  });
});
