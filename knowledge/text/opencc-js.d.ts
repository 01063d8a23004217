/**
 * opencc-js's subpath builds (`opencc-js/t2cn`, about 110 KB: traditional → simplified; `opencc-js/cn2t`, about
 * 1.1 MB: simplified → traditional). The package declares them through `exports`, which TypeScript's `node` module
 * resolution does not read; these are the parts Baton uses, as the package's own types/full.d.ts declares them.
 */
declare module 'opencc-js/t2cn' {
  export type DictLike = string | ReadonlyArray<readonly [string, string]>;
  export type DictGroup = readonly DictLike[];
  export type ConverterFunction = (text: string) => string;
  export function ConverterFactory(...dictGroups: Array<DictGroup | readonly DictGroup[]>): ConverterFunction;
  export function Converter(options: { from: string; to: string }): ConverterFunction;
  export const Locale: { from: Record<string, readonly DictGroup[]>; to: Record<string, readonly DictGroup[]> };
}

declare module 'opencc-js/cn2t' {
  export { ConverterFactory, Converter, Locale, type ConverterFunction, type DictGroup, type DictLike } from 'opencc-js/t2cn';
}
