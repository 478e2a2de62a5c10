import { ApiError, type FieldError } from "./api-client";

export type FormPath = (string | number)[];

/**
 * Where a server field path such as "title", "tags[0]" or "steps[2].title" belongs in a form
 * (["steps", 2, "title"]); undefined when the form has no such top-level field.
 */
export function formPathOf(serverField: string, fields: readonly string[]): FormPath | undefined {
  const path: FormPath = [];
  for (const segment of serverField.split(".")) {
    const match = /^(\w+)((?:\[\d+\])*)$/.exec(segment);
    if (!match) return undefined;
    path.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return fields.includes(String(path[0])) ? path : undefined;
}

/** A failed save's field errors: those a form can show on a field, and the rest. */
export function splitFieldErrors(error: unknown, fields: readonly string[]) {
  const all: FieldError[] = error instanceof ApiError ? error.fieldErrors : [];
  const placed: { name: FormPath; errors: string[] }[] = [];
  const unplaced: FieldError[] = [];
  for (const fieldError of all) {
    const name = formPathOf(fieldError.field, fields);
    if (name) placed.push({ name, errors: [fieldError.message] });
    else unplaced.push(fieldError);
  }
  return { placed, unplaced };
}

/** The server refused because the version the user read is no longer the latest. */
export const isStale = (error: unknown) => error instanceof ApiError && error.status === 412;
