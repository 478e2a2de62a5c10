/** One field that an audited write changed. */
export interface Change {
  /** The field's name; empty when the record is not an object (a list, a single value). */
  key: string;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameValue(item, b[index]))
    );
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

/**
 * The fields that differ between the record before and after a write. A created record (nothing
 * before) shows every field as new; a removed one every field as gone. A person's account id
 * (`ownerSubject`) is left out where the record also names them (`ownerName`).
 */
export function diff(before: unknown, after: unknown): Change[] {
  const absent = (value: unknown) => value === null || value === undefined;
  if ((isRecord(before) || absent(before)) && (isRecord(after) || absent(after))) {
    const old = isRecord(before) ? before : {};
    const now = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(now), ...Object.keys(old)])];
    const named = (key: string) =>
      key.endsWith("Subject") && keys.includes(`${key.slice(0, -"Subject".length)}Name`);
    return keys
      .filter((key) => !named(key) && !sameValue(old[key], now[key]))
      .map((key) => ({ key, before: old[key], after: now[key] }));
  }
  return sameValue(before, after) ? [] : [{ key: "", before, after }];
}

/** A field name no label covers, as words: `lastRestoreOn` → "last restore on". */
export function humanize(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
}
