// Type guards for untrusted input (storage, links, dropped files), shared by every layer.

/** A plain object (not null, not an array): the first check on anything parsed from outside. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
