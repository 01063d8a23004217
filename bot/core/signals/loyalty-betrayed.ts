/**
 * A long-standing customer's trust let down, told as a deep disappointment: 做了你们十年的老客户，从来没有这么寒心过,
 * 幫襯咗你哋十年，從來未試過咁心淡 (folded 帮衬了你们十年…心淡), "i trusted you with my wedding order and it's a mess and
 * i don't know what to do anymore", "loyal customer for 8 years and i've never felt so let down". No word of it is
 * a complaint phrase, yet the customer tells the store it is losing them, as "never ordering again" does (read with the threat kind), for a person to hear.
 *
 * The loyalty or trust alone is no complaint (做了你们十年的老客户了 有没有老客户优惠, "i trusted you with my wedding order
 * and it came out perfect"): the feeling of being let down must be told beside it.
 *
 * English arrives lower-cased (normalizeEnglish), Chinese folded to simplified Mandarin. Each pattern is bounded.
 */

/** Years of custom or trust placed in the store. */
const ZH_LOYAL =
  /(?:做|当|帮衬|帮襯|幫襯|光顾|支持|买)(?:了|咗)?(?:你们|你哋|你家|贵店)?(?:[一二两三四五六七八九十几\d]{1,3}|好几|好多|多)年(?:的)?|老客户|老顾客|老主顾|忠实(?:客户|顾客|粉丝)|(?:这么|咁)(?:信任|相信)你们|(?:一直|那么|这么)(?:信任|相信|支持)你们/;
/** Let down to the core: 寒心, 心淡, 心凉, 失望透顶, 从来没有这么失望过. */
const ZH_LET_DOWN =
  /寒心|心寒|心淡|心冷|心凉|凉透|伤透|失望透顶|太失望|好失望|很失望|非常失望|彻底失望|伤心|(?:从来|从未|从来未)(?:没有?|未)?(?:试过|有过)?(?:这么|咁|如此)(?:失望|难受|生气|寒心|心淡|伤心)/;

const EN_TRUSTED =
  /\b(?:i|we) (?:trusted|relied on|counted on|believed in) (?:you|u|your (?:store|shop|company|brand|team))\b|\b(?:loyal|long[- ]?time|long[- ]standing|regular) customer\b|\b(?:(?:been )?(?:a )?customer|shopp(?:ed|ing) (?:here|with you)) (?:for|since) (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|many|so many) (?:years|yrs)\b/;
/**
 * Let down to the core. Upset, disappointed and gutted say it only with their measure ("so disappointed", "really
 * upset"): "regular customer here, bit disappointed the blue sold out" asks when it is back.
 */
const EN_LET_DOWN =
  /\b(?:a (?:complete |total )?mess|ruined|disaster|let (?:me|us) down|(?:so|really|deeply|very|extremely|incredibly|truly|utterly) (?:upset|disappointed|gutted)|heartbroken|devastated|betrayed|crushed|(?:don'?t|do not) know what to do|never (?:felt|been) (?:so|this|more) (?:let down|disappointed|upset))\b/;

/** The evidence of a loyal customer's trust let down, or nothing. */
export function loyaltyBetrayed(english: string, chinese: string): string[] {
  if (chinese) {
    const loyal = ZH_LOYAL.exec(chinese);
    const down = ZH_LET_DOWN.exec(chinese);
    if (loyal && down) return [loyal[0], down[0]];
  }
  if (english) {
    const trusted = EN_TRUSTED.exec(english);
    const down = EN_LET_DOWN.exec(english);
    if (trusted && down) return [trusted[0], down[0]];
  }
  return [];
}
