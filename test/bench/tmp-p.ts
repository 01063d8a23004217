import { inScopeFeatures, logistic, DEFAULT_CALIBRATION } from '../../knowledge/search/calibrate';
import { decide } from '../../knowledge/search';
import { demoKnowledge } from '../support/demo-knowledge';
import { refitQuestions } from './decisions-refit';
import { scopeInputs } from './decisions-tuning';
(async () => {
  const k = await demoKnowledge();
  const { fit, check } = await refitQuestions(k);
  const rows: [string, number, string][] = [];
  for (const q of [...fit, ...check]) {
    const d = decide(q.hits);
    if (d.kind !== 'answer') continue;
    const p = logistic(DEFAULT_CALIBRATION.inScope, inScopeFeatures(scopeInputs(q.hits)));
    const src = q.source.replace(/\/.*/, '');
    const cls = q.expected.length === 0 ? 'oos' : q.expected.includes('*') ? 'in' : q.expected.includes(d.hit.articleId) ? 'right' : 'wrong';
    rows.push([src, p, cls]);
  }
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    const by: Record<string, [number, number]> = {};
    for (const [src, p, cls] of rows) { const key = `${src}/${cls}`; by[key] ??= [0, 0]; by[key][1]++; if (p < t) by[key][0]++; }
    console.log(t, Object.entries(by).sort().map(([k, [a, n]]) => `${k} ${a}/${n}`).join('  '));
  }
})();
