import { useRef } from "react";

/**
 * A new Idempotency-Key (a random UUID v4). Built from getRandomValues, which browsers offer on
 * plain http too (randomUUID needs a secure context).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface IdempotencyKey {
  /** The key of the thing this form is creating now. */
  current: () => string;
  /** Passes a created record through and starts a new key for the next creation. */
  renewed: <T>(created: T) => T;
}

/**
 * One Idempotency-Key per form instance, not per click: a double click or a retry after a lost
 * answer sends the same key, so the server creates the record once and answers both alike. Once a
 * creation succeeds, the next one gets a new key.
 */
export function useIdempotencyKey(): IdempotencyKey {
  const key = useRef<string | null>(null);
  return {
    current: () => (key.current ??= newIdempotencyKey()),
    renewed: <T>(created: T) => {
      key.current = null;
      return created;
    },
  };
}
