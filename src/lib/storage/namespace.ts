/**
 * Storage namespaces. The plain site keeps learner data under `tmc:<name>`. A course package
 * running inside an LMS sets a namespace per course and per LMS registration (learner + activity),
 * and then the same store lives under `tmc:<namespace>:<name>`, so two packages, or two learners on
 * one shared computer, on the same LMS origin never read each other's data.
 */

/** Namespaces are short ASCII tokens: lower-case letters, digits and hyphens. */
export const NAMESPACE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The key a store named `key` uses in `namespace` (unchanged without a namespace). */
export function namespacedKey(key: string, namespace: string | undefined): string {
  if (namespace === undefined || !key.startsWith('tmc:')) return key;
  return `tmc:${namespace}:${key.slice(4)}`;
}

/**
 * The store name behind a stored key, or `undefined` when the key belongs to another namespace
 * (or, with no namespace, to any namespace).
 */
export function storeKeyOf(stored: string, namespace: string | undefined): string | undefined {
  if (namespace === undefined) return stored;
  const prefix = `tmc:${namespace}:`;
  return stored.startsWith(prefix) ? `tmc:${stored.slice(prefix.length)}` : undefined;
}

/** A namespace from untrusted text (a data attribute): valid or `undefined`. */
export function parseNamespace(raw: string | null | undefined): string | undefined {
  return raw !== null && raw !== undefined && NAMESPACE.test(raw) ? raw : undefined;
}

/** FNV-1a 32-bit hash in base 36: short, stable, not a secret (only keeps namespaces apart). */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
