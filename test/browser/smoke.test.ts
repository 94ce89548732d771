import { expect } from '@open-wc/testing';
import { validateKpiDocument } from '../../src/core/validate.js';

describe('browser harness', () => {
  it('loads TypeScript sources through esbuild', () => {
    const result = validateKpiDocument({ id: 'a', label: 'A', value: 1 });
    expect(result.ok).to.equal(true);
  });
});
