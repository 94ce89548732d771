import fc from 'fast-check';

/** Every container JSON can't express, too: Maps, typed arrays, sparse arrays, null prototypes, bigints. */
export const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
});
