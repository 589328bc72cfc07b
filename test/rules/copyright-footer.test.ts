import { describe, expect, it } from 'vitest';
import { isPageEndCopyright } from '../../src/rules/copyright-footer.js';

describe('isPageEndCopyright', () => {
  it('takes a line that opens with its copyright, names it or reserves the rights for a page’s end', () => {
    // aeb train pages' footers (Cleveland.com, National Review).
    expect(isPageEndCopyright('© 2019 Cleveland.com. All rights reserved (About Us).')).toBe(true);
    expect(isPageEndCopyright('© 2019 National Review')).toBe(true);
    expect(isPageEndCopyright('Alle Rechte vorbehalten')).toBe(true);
    // Condé Nast's, the terms of use after it (aeb train page, cut here).
    const terms = ' Use of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement and Your California Privacy Rights.';
    expect(isPageEndCopyright(`© 2019 Condé Nast. All rights reserved.${terms}${terms}`)).toBe(true);
  });

  it('leaves a picture credit and a story sentence alone', () => {
    expect(isPageEndCopyright('Jewels after Jewels after Jewels, installation views, photos © Inexhibit, 2018')).toBe(false);
    expect(isPageEndCopyright('The court said in 2019 that the song’s copyright had lapsed, and the heirs appealed.')).toBe(false);
  });
});
