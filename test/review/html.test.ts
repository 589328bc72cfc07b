import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/review/escape.js';
import { describeRule } from '../../src/review/rule-catalogue.js';
import { fixedReport } from './report-data.js';

describe('HTML report', () => {
  const html = fixedReport(3);

  it('loads nothing from outside the file', () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//iu);
    expect(html).not.toMatch(/@import|url\(/iu);
    expect(html).toContain("default-src 'none'");
  });

  it('embeds scraped text so that it cannot close the data script', () => {
    const data = html.slice(html.indexOf('id="review-data">'), html.indexOf('</script>'));
    expect(data).toContain('Stray \\u003c/script>');
    expect(html.match(/<\/script>/gu)).toHaveLength(2);
    expect(JSON.parse(jsonForScript({ text: '</script><!--' }))).toEqual({ text: '</script><!--' });
  });

  it('offers a filter option per rule id and category that fired', () => {
    expect(html).toContain('<option value="embed-consent-block">embed-consent-block (1)</option>');
    expect(html).toContain('<option value="classifier">classifier (4)</option>');
    expect(html).toContain('<option value="newsletter">newsletter</option>');
  });

  it('describes catalogue rules and says so for ids that are not in the catalogue', () => {
    expect(html).toMatch(/id="rule-classifier"[^>]*>.*Not in the rule catalogue/su);
    expect(describeRule('classifier')).toBeNull();
    const known = describeRule('embed-consent');
    expect(known?.examples.length).toBeGreaterThan(0);
    expect(html).toContain('id="rule-embed-consent"');
  });

  it('draws the three charts as inline SVG', () => {
    for (const title of ['Lines removed per rule', 'Articles per file', 'Boundary scores']) {
      expect(html).toContain(`<svg class="chart" role="img" aria-label="${title}"`);
    }
  });

  it('is the same bytes for the same run', () => {
    expect(fixedReport(3)).toBe(html);
  });
});
