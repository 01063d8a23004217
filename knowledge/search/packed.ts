/**
 * Typed arrays travel in the JSON snapshot as base64 strings: a fraction of the size of number arrays, and loading is
 * a copy instead of parsing millions of numbers. Copies keep the result aligned whatever Buffer pooling did.
 */
export function packFloat32(values: Float32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function packUint32(values: Uint32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function unpackBytes(packed: string, bytesPerElement: number): ArrayBuffer {
  const bytes = Buffer.from(packed, 'base64');
  if (bytes.byteLength % bytesPerElement !== 0) throw new Error('packed array has a truncated element');
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

export function unpackFloat32(packed: string): Float32Array {
  return new Float32Array(unpackBytes(packed, 4));
}

export function unpackUint32(packed: string): Uint32Array {
  return new Uint32Array(unpackBytes(packed, 4));
}

export function packFloat64(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function unpackFloat64(packed: string): Float64Array {
  return new Float64Array(unpackBytes(packed, 8));
}

/**
 * Unpacking as one step of a load (steps.ts): each packed array can be ten megabytes at 10k articles, so a load gives
 * the event loop a chance before each one.
 */
export function* unpackStep<T>(unpack: (packed: string) => T, packed: string): Generator<void, T, void> {
  yield;
  return unpack(packed);
}
