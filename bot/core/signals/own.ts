/**
 * Word tables looked up with a customer's words. An object literal also answers for what every object inherits:
 * "constructor" found a function and threw in the middle of a turn, "toString" and "valueOf" turned a sentiment score
 * into NaN. Tables written here are made with `wordTable` (no prototype); tables parsed from JSON are read with `own`.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** A table's own entry for a key, or undefined: never an inherited member. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
