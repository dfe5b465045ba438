import { expect, test } from 'vitest';
import { namespacedKey, parseNamespace, storeKeyOf } from '../../../../src/lib/storage/namespace';

test('without a namespace keys stay as the plain site has always stored them', () => {
  expect(namespacedKey('tmc:reading', undefined)).toBe('tmc:reading');
  expect(storeKeyOf('tmc:reading', undefined)).toBe('tmc:reading');
});

test('a namespace moves tmc: keys under tmc:<ns>: and maps storage events back', () => {
  expect(namespacedKey('tmc:quiz-attempts', 'lms-abc')).toBe('tmc:lms-abc:quiz-attempts');
  expect(namespacedKey('tmc:reading:backup', 'lms-abc')).toBe('tmc:lms-abc:reading:backup');
  expect(storeKeyOf('tmc:lms-abc:reading', 'lms-abc')).toBe('tmc:reading');
  expect(storeKeyOf('tmc:reading', 'lms-abc')).toBeUndefined();
  expect(storeKeyOf('tmc:lms-xyz:reading', 'lms-abc')).toBeUndefined();
});

test('only short lower-case ASCII namespaces are accepted', () => {
  expect(parseNamespace('lms-1a2b')).toBe('lms-1a2b');
  expect(parseNamespace(undefined)).toBeUndefined();
  expect(parseNamespace('')).toBeUndefined();
  expect(parseNamespace('LMS:x')).toBeUndefined();
});
