import { it } from 'vitest';
import { processText } from '../../src/pipeline/process.js';
import { checkAccounting } from '../../src/pipeline/accounting.js';
import { loadRealDocuments } from '../../test/hardening/shared-data.js';
it('probe', () => {
  const docs = loadRealDocuments()!;
  let bad = 0;
  for (const doc of docs) {
    const result = processText(doc.text, { explain: true, segmentation: { enabled: process.env.SEG === '1' } });
    const report = checkAccounting(doc.text, result);
    if (report.violations.length > 0) { bad++; if (bad < 8) console.log(doc.name, JSON.stringify(report.violations.slice(0, 3))); }
  }
  console.log('docs', docs.length, 'bad', bad);
}, 300000);
