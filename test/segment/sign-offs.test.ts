import { describe, expect, it } from 'vitest';
import { SIGN_OFF_CUES, signOffCue } from '../../src/segment/sign-offs.js';

/** The example's text without its source note ("[833caf3b]"). */
function exampleText(example: string): string {
  return example.replace(/\s*\[[0-9a-f]{8}\]$/u, '');
}

describe('sign-off cues', () => {
  it.each(SIGN_OFF_CUES.map((cue) => [cue.id, cue] as const))('%s matches its real example', (id, cue) => {
    expect(signOffCue(exampleText(cue.example))?.id).toBe(id);
  });

  it('has unique ids and names its source article', () => {
    expect(new Set(SIGN_OFF_CUES.map((cue) => cue.id)).size).toBe(SIGN_OFF_CUES.length);
    for (const cue of SIGN_OFF_CUES) expect(cue.example).toMatch(/\[[0-9a-f]{8}\]$/u);
  });

  // Closing lines of other aeb train articles, and story lines that mention the same words.
  it.each([
    ['This article was reprinted on Wired.com.', 'republished'],
    ['© Reuters', 'copyright'],
    ['Image Source: Neil Godwin / Future Publishing/Shutterstock', 'credit-line'],
    ['Provided by European Space Agency', 'credit-line'],
    ['— The Nigerian Senate (@NGRSenate) October 9, 2018', 'post-attribution'],
    ['A rep for Braun did not immediately respond to Fox News’ request for comment.', 'no-comment'],
    ['Catch up on the 2020 election campaign with AP experts on our weekly politics podcast, “Ground Game.”', 'follow-us'],
    ['You can also subscribe to this newsletter here — just tick "10 Things in Tech You Need to Know."...', 'follow-us'],
  ])('%s → %s', (text, id) => {
    expect(signOffCue(text)?.id).toBe(id);
  });

  it.each([
    'The findings were published today in the journal BMJ Case Reports, the researchers said.',
    'The company said its copyright claims against the streaming service would go to trial next year, after talks with the studios, the labels and the publishers of the songs broke down over the summer.',
    'Follow-up tests showed no sign of the virus.',
    'You can follow the hearings on our live page, where the newsletter team will post the testimony as it comes in, minute by minute, with analysis from our reporters.',
    'Reporting from the border, our correspondent found families waiting.',
    'The device was fitted with copper wires and a timer, police said.',
  ])('story line: %s', (text) => {
    expect(signOffCue(text)).toBeNull();
  });
});
