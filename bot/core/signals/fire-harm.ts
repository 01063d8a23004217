/**
 * Fire told by what it did rather than named: a product that spat flame (吹风机喷火, 插座窜出火苗, "the grill flared up"),
 * a hole burned through something (电热毯烧出一个洞, 烧穿了个洞), hair or eyebrows burned or gone in the flare ("my
 * eyebrows are gone", 头发都烧到了, 眉毛烧焦了). The safety rule (complaint.ts) names fire outright (着火, 起火, "caught
 * fire", "flames"); these read the verb of fire with its result, so the same characters in food and idioms stay no
 * incident: 火锅, 火车, 上火 (internal heat), 发火 and 冒火 as anger (气得我冒火 is anger; 冒火 is in the rule's list only
 * of things), "my eczema flared up", "hair gone frizzy".
 */

// --- Chinese (simplified, no spaces) --------------------------------------------------------------------------------

/** Flame coming out of something: 喷火, 窜出火苗, 蹿火, 冒火苗, 迸出火焰. Not 火锅, 火车, 火腿, 火箭, 喷火龙 (a toy), 喷火器, 爆火 (a hit). */
const ZH_FLAME_OUT = /(?:喷|窜|蹿|冒|迸|噴)(?:出|了|咗|出了)?(?:一团|一股|一些|好多|好大的?)?(?:火苗|火舌|明火|火焰|火(?![锅车腿鸡柴候气箭龙山灾险热力速辣星光机爆器]))/;
/** Things made to burn: a lighter or a gas hob that 喷火 may be working as made. */
const ZH_MADE_TO_BURN = /打火机|火机|点火器|点火枪|喷枪|燃气灶|煤气灶|炉头|蜡烛|烧烤炉|火锅|酒精炉/;
/** Anger told as fire: 气得冒火, 心里冒火, 火大, 发火, 上火, 恼火. */
const ZH_ANGER = /气得|气到|心里|心头|怒|恼火|发火|上火|火大|肝火/;
/** A hole burned: 烧出一个洞, 烧穿, 烧了个大洞, 烫出一个洞. */
const ZH_HOLE_BURNED = /(?:烧|烫|燒)(?:出|穿|破|了)(?:了)?(?:一个|个|一|几个|好几个|两个)?(?:大|小)?(?:洞|窟窿|孔)/;
/** Hair, brows or skin reached by the fire: 头发都烧到了, 眉毛烧焦, 手被烧到, 烧到手. Not a perm (烫头发, 头发烫卷). */
const ZH_BODY = '(?:头发|眉毛|睫毛|刘海|手指|手臂|手|脚|腿|脸|皮肤|胳膊)';
const ZH_BODY_BURNED = new RegExp(`${ZH_BODY}(?:都|也|全|被|给|差点|差啲)?(?:火)?(?:烧|燒)(?:到|焦|伤|着|亲|没了|掉了|光了)|(?:烧|燒)(?:到|伤|焦)(?:了)?(?:我的?|他的?|她的?|孩子的?|小孩的?)?${ZH_BODY}`);
/** Said as something that did not happen: 没有烧到, 幸好没烧到手. */
const ZH_DENIED = /(?:没有|没|未|不会|差点没)$/;

// --- English -------------------------------------------------------------------------------------------------------

/** Something that burns: an appliance or a gas fitting. A rash or a condition flares too ("my eczema flared up"). */
const EN_BURNER =
  /\b(?:grill|bbq|barbecue|stove|hob|burner|gas|oven|fryer|air ?fryer|heater|candle|lamp|charger|battery|power ?bank|cooker|fire ?pit|torch|lighter|toaster|microwave)\b/;
const EN_FLARED = /\b(?:flared up|flare-?up|(?:a |big |huge )?fireball|went whoosh|whooshed up)\b/;
/** Hair burned off or gone: "my eyebrows are gone", "singed my fringe off", "burned the hair off my arm". */
const EN_HAIR_GONE =
  /\b(?:my|his|her|their) (?:eyebrows?|eyelashes|lashes|fringe|bangs|hair|beard|arm hair) (?:is |are |were |was |got |have |has )?(?:all )?(?:gone|burnt|burned|singed|melted|frazzled|burnt off|burned off)\b/;
const EN_DENIED = /\b(?:not|no|never|nothing|didn't|wasn't|weren't)\b[^.!?]{0,12}$/;

export function fireHarm(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (chinese) {
    for (const clause of chinese.split(/[，,。！？!?；;\n]/)) {
      const flame = ZH_FLAME_OUT.exec(clause);
      if (flame && !ZH_ANGER.test(clause) && !ZH_MADE_TO_BURN.test(clause) && !ZH_DENIED.test(clause.slice(0, flame.index))) found.push(flame[0]);
      for (const pattern of [ZH_HOLE_BURNED, ZH_BODY_BURNED]) {
        const hit = pattern.exec(clause);
        if (hit && !ZH_DENIED.test(clause.slice(Math.max(0, hit.index - 4), hit.index)) && !/没|未/.test(hit[0])) found.push(hit[0]);
      }
    }
  }
  if (english) {
    for (const clause of english.split(/[.!?;]+/)) {
      const flared = EN_FLARED.exec(clause);
      if (flared && EN_BURNER.test(clause) && !EN_DENIED.test(clause.slice(0, flared.index))) found.push(flared[0]);
      // Hair gone counts with a fire told in the same message: "my eyebrows are gone" alone may be a joke about a haircut.
      const hair = EN_HAIR_GONE.exec(clause);
      if (hair && (EN_FLARED.test(english) || /\b(?:flames?|fire|burn\w*|singed|scorch\w*|blew up|exploded)\b/.test(english))) found.push(hair[0]);
    }
  }
  return found;
}
