import { calibrate, calibrationFeatures, inScopeFeatures, inScopeProbability } from '../../../knowledge/search/calibrate';

describe('calibrate', () => {
  const candidates = [
    { relevance: 0.9, nearest: 0.8, centroid: 0.7, coverage: 1 },
    { relevance: 0.5, nearest: 0.4, centroid: 0.3, coverage: 0.5 },
    { relevance: 0.2, nearest: 0.1, centroid: 0.1, coverage: 0.2 },
  ];

  it('computes the lead over the best other candidate', () => {
    expect(calibrationFeatures(candidates, 0)[1]).toBeCloseTo(0.4);
    expect(calibrationFeatures(candidates, 1)[1]).toBeCloseTo(-0.4);
    expect(calibrationFeatures([candidates[0]], 0)[1]).toBeCloseTo(0.9);
  });

  it('gives confidences in 0..1 that follow relevance', () => {
    const confidences = calibrate(candidates);
    for (const c of confidences) expect(c).toBeGreaterThan(0);
    for (const c of confidences) expect(c).toBeLessThan(1);
    expect(confidences[0]).toBeGreaterThan(confidences[1]);
    expect(confidences[1]).toBeGreaterThan(confidences[2]);
  });

  it('is less confident when the runner-up is close', () => {
    const clear = calibrate([candidates[0], { relevance: 0.3, nearest: 0.3, centroid: 0.3, coverage: 0.5 }])[0];
    const close = calibrate([candidates[0], { relevance: 0.85, nearest: 0.3, centroid: 0.3, coverage: 0.5 }])[0];
    expect(close).toBeLessThan(clear);
  });

  it('is less confident when the question is far from every variant', () => {
    const near = calibrate([candidates[0]])[0];
    const far = calibrate([{ ...candidates[0], nearest: 0.1, centroid: 0.1 }])[0];
    expect(far).toBeLessThan(near);
  });

  it('is less confident when the article covers less of the message', () => {
    const covered = calibrate([candidates[0]])[0];
    const partly = calibrate([{ ...candidates[0], coverage: 0.3 }])[0];
    expect(partly).toBeLessThan(covered);
  });
});

describe('inScopeProbability', () => {
  const hit = (confidence: number, coverage: number, nearest: number, centroid: number) => ({ confidence, coverage, nearest, centroid });

  it('reads the best hit and the highest similarities and coverage of the best three', () => {
    expect(inScopeFeatures([hit(0.6, 0.4, 0.5, 0.3), hit(0.2, 0.9, 0.2, 0.4), hit(0.1, 0.1, 0.7, 0.1), hit(0.05, 1, 1, 1)])).toEqual([0.6, 0.9, 0.7, 0.4, 0.4, 0.9]);
  });

  it('reads the domain coverage the search reports, and counts the highest coverage when there is none', () => {
    expect(inScopeFeatures([{ ...hit(0.6, 0.4, 0.5, 0.3), domainCoverage: 0.8 }, hit(0.2, 0.5, 0.2, 0.4)])[5]).toBe(0.8);
    expect(inScopeFeatures([hit(0.6, 0.4, 0.5, 0.3), hit(0.2, 0.5, 0.2, 0.4)])[5]).toBe(0.5);
  });

  it('is higher for a message in the store vocabulary than for one mostly outside it', () => {
    const inDomain = inScopeProbability([{ ...hit(0.4, 0.3, 0.3, 0.2), domainCoverage: 1 }]);
    const outside = inScopeProbability([{ ...hit(0.4, 0.3, 0.3, 0.2), domainCoverage: 0.3 }]);
    expect(inDomain).toBeGreaterThan(outside);
  });

  it('is higher for a message an article covers than for one it does not', () => {
    const covered = inScopeProbability([hit(0.5, 0.9, 0.5, 0.4)]);
    const uncovered = inScopeProbability([hit(0.5, 0.2, 0.5, 0.4)]);
    expect(covered).toBeGreaterThan(uncovered);
    expect(inScopeProbability([])).toBe(0);
  });
});
