import { describe, expect, it } from 'vitest';
import { isPageEndCopyright } from '../../src/rules/copyright-footer.js';

describe('isPageEndCopyright', () => {
  it('takes a copyright line with a year or a reservation of rights for a page’s end', () => {
    // aeb train pages' footers (Cleveland.com, CNN, pv magazine).
    expect(isPageEndCopyright('© 2019 Cleveland.com. All rights reserved (About Us).')).toBe(true);
    expect(isPageEndCopyright('Legal Notice Terms and Conditions Privacy Policy © pv magazine 2019')).toBe(true);
    expect(isPageEndCopyright('Alle Rechte vorbehalten')).toBe(true);
    // Condé Nast's, the terms of use after it (aeb train page, cut here).
    const terms = ' Use of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement and Your California Privacy Rights.';
    expect(isPageEndCopyright(`© 2019 Condé Nast. All rights reserved.${terms}${terms}`)).toBe(true);
  });

  it('leaves a picture credit and a story sentence alone', () => {
    expect(isPageEndCopyright('© Reuters')).toBe(false);
    expect(isPageEndCopyright('The court said in 2019 that the song’s copyright had lapsed, and the heirs appealed.')).toBe(false);
  });
});
