import { checkSync } from 'recheck';
const variants: Record<string, string> = {
  full: String.raw`(?:(?<!(?!\p{Script=Han})[\p{L}\p{N}._%+-])(?:(?!\p{Script=Han})[\p{L}\p{N}._%+-]){1,64}|\p{Script=Han}{1,4})@(?:[\p{L}\p{N}-]{1,63}[.。]){1,8}(?:(?:(?!\p{Script=Han})\p{L}){2,24}|\p{Script=Han}{2,3}|xn--[a-z0-9-]{1,59})`,
  domainOnly: String.raw`@(?:[\p{L}\p{N}-]{1,63}[.。]){1,8}(?:(?:(?!\p{Script=Han})\p{L}){2,24}|\p{Script=Han}{2,3}|xn--[a-z0-9-]{1,59})`,
  localOnly: String.raw`(?:(?<!(?!\p{Script=Han})[\p{L}\p{N}._%+-])(?:(?!\p{Script=Han})[\p{L}\p{N}._%+-]){1,64}|\p{Script=Han}{1,4})@`,
  hanOnly: String.raw`\p{Script=Han}{1,4}@(?:[\p{L}\p{N}-]{1,63}[.。]){1,8}\p{L}{2,24}`,
  asciiLocal: String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}[.。]){1,8}\p{L}{2,24}`,
};
for (const [name, src] of Object.entries(variants)) {
  for (let k = 0; k < 3; k++) {
    const r = checkSync(src, 'giu', { timeout: 20000 });
    console.log(name, r.status, (r as any).complexity?.type ?? '', (r as any).complexity?.degree ?? '', (r as any).checker ?? '');
  }
}
