/**
 * Electrical faults told in two parts, which neither part says alone: a burning smell with a scorched or blackened
 * appliance (一插电底座就一股糊味 还黑了一圈, "the lamp base smells burnt and has gone brown"), a limb tingling or
 * gone numb after touching something electrical ("brushed the plug and my fingers were tingling", 摸了一下插座 手到现在还麻),
 * an arcing sound from something on the mains ("the heater started making a popping noise"), or it melting ("the plug
 * is kind of melted at the prongs").
 * The safety rule (complaint.ts) reads the single words that say it outright (烧焦, 火花, "sparking", "electric shock");
 * these readings join the two halves within one sentence, so that a burnt smell in food (米饭有糊味, 咖啡有焦味), a numb leg
 * after sitting (腿坐麻了) or tingling from a cream ("my face tingles a bit") stays no incident.
 */

import { inboxFlooded } from './flooded-inbox';

// --- Chinese -------------------------------------------------------------------------------------------------------

/**
 * A burning smell: 糊味, 焦味, 烧焦的味道, 烧胶味, 焦臭. Not 胶味 alone, nor 塑胶味, 橡胶味 (a new product's smell), 浆糊味 (paste).
 */
const ZH_BURNT_SMELL = /(?:烧焦|烧糊|烧胶|焦糊|焦|(?<!浆)糊)(?:的)?(?:味|臭)/g;
/** A burning smell denied: "没有焦味", "无糊味". */
const ZH_DENIED = /(?:没有|没|无|不是|并无|并没有)(?:什么|任何|一股|股)?$/;
/** Something electrical: the appliance or its parts. */
const ZH_ELECTRICAL =
  /插头|插座|插排|排插|拖板|电线|线路|电源|充电器|适配器|底座|开关|电机|马达|电路|主板|电器|机身|电水壶|热水壶|水壶|电热|电暖|取暖器|暖风机|暖风|吹风机|风筒|风扇|电扇|台灯|灯泡|灯座|灯头|电脑|主机|显卡|笔记本|电池|充电宝|电磁炉|微波炉|烤箱|空调|热水器|电视|路由器|变压器|充电|通电|插电|用电/;
/** Heat damage or smoke seen: 黑了一圈, 发黑, 烧黑, 熏黑, 冒烟, 火花, 融化, 烫手. */
const ZH_HEAT_DAMAGE = /黑了|发黑|变黑|烧黑|熏黑|焦黑|一圈黑|黑一圈|焦了|冒烟|冒火|火花|火星|融化|熔化|融了|熔了|化了|烫手|发烫|变形/;
/**
 * The smell is of food being cooked or eaten (电饭煲's 饭 read apart): "米饭有糊味", "咖啡豆焦味重". A colour named after a
 * food is no food: "电热毯有焦味，中间一块变咖啡色".
 */
const ZH_FOOD = /米饭|煮饭|做饭|饭[^煲]|粥|锅巴|咖啡(?!色)|茶(?!色)|烘焙|烤肉|烤的|面包|饼|坚果|瓜子|花生|吃起来|喝起来|吃着|喝着|口感|口味/;

/**
 * A part of the wiring that must never get hot, blackened or melted (not a heater or kettle, which are meant to be hot):
 * 插头, 插座, 电线, 充电器, Cantonese 插苏 (socket) and 火牛 (adapter).
 */
const ZH_WIRING = /插头|插座|插排|排插|拖板|电线|充电器|适配器|插苏|插蘇|火牛|插孔|电源线/;
/** Heat seen on the wiring: blackened, burnt (Cantonese 燶, folded to 㶶), melted, too hot to touch (烫烫的, 热辣辣). */
const ZH_WIRING_HEAT = /烧黑|发黑|变黑|熏黑|焦黑|黑了|烧焦|燶|㶶|融化|熔化|融了|熔了|发烫|烫手|很烫|好烫|烫烫|热辣辣|滚烫|冒烟|烧坏了/;

/** A limb numb or tingling, a few characters apart (手到现在还麻, Cantonese 手指即刻痹咗); not 手机, 手续 (麻烦). */
const ZH_LIMB_NUMB =
  /(?:手指|手臂|胳膊|手心|手掌|手腕|整只手|半边身|全身|手(?![机续表工动柄提套链写法艺环术]))[^，。！？,!?]{0,4}?(?:发麻|酸麻|麻痹|麻木|痹|麻(?![烦辣将花油酱婆雀绳布袋醉药面]))/;
/** Touching something electrical. */
const ZH_TOUCHED_ELECTRICAL = /摸|碰|触|按|插|拔|开关|插头|插座|电线|外壳|金属|灯|水壶|电器|漏电|通电|充电/;

// --- English -------------------------------------------------------------------------------------------------------

const EN_LIMB = String.raw`(?:arms?|hands?|fingers?|fingertips|thumbs?|palms?|wrists?|whole arm|whole hand|body)`;
/** A limb tingling: "my thumb's still tingling", "fingers were tingly", "pins and needles in my arm". */
const EN_TINGLING = new RegExp(
  String.raw`\b${EN_LIMB}(?:'s|'re| is| are| was| were| has been| have been| kept| keeps| started| felt| feels| went| still| all)?` +
    String.raw`(?: still| all| really| a bit| kind of)? (?:tingling|tingly|tingled|tingles|buzzing)\b|\bpins and needles in (?:my|his|her) ${EN_LIMB}`,
);
/** Touching something electrical, or the zap itself. */
const EN_TOUCHED_ELECTRICAL =
  /\b(?:touch(?:ed|ing)?|switch(?:ed)?|plug(?:ged)?|unplug(?:ged)?|socket|outlet|wire|wiring|cable|cord|lamp|kettle|toaster|charger|appliance|metal|casing|zap(?:ped)?|shock|jolt|current|electric(?:al)?|live)\b/;
/** A sound of arcing: "a popping noise", "crackling sounds", "fizzing". */
const EN_ARCING_SOUND = /\b(?:popping|crackling|fizzing|sparking|buzzing) (?:noise|sound)s?\b/;
/** Something on the mains (not a speaker or headphones, which crackle as an audio fault). */
const EN_MAINS =
  /\b(?:heater|socket|plug|outlet|charger|adapter|cable|wiring|lamp|kettle|toaster|microwave|power ?bank|battery|fuse ?box|extension lead|power strip|air ?fryer|fryer|blender|hair ?dryer|straighteners|iron|prongs?)s?\b/;
/**
 * A bang or a flash from something on the mains: "leaked into the socket and there was a loud bang and a flash", "the
 * charger went pop". Not a flash sale, a flash drive, a torch's flash.
 */
const EN_BANG = /\b(?:bang|flash(?! (?:sale|drive|card|memory|deal|light|mode|photo|storage|stick))|(?:went|goes|made a|a loud|a big) pop)\b/;
/** A bang from the wiring (Chinese): 砰的一声, 啪一声, 嘭咁一声 (folded 嘭这么一声). */
const ZH_BANG = /(?:砰|嘭|啪|轰|噼啪|噼里啪啦)(?:的|地|咁|这么)?(?:一)?声/;
/** Water reaching the wiring: "leaks onto the plug", "water got into the socket" (not a vase's base). */
const EN_WET_WIRING =
  /\b(?:leak(?:s|ed|ing)?|drip(?:s|ped|ping)?|water|liquid|condensation)\b[^.!?]{0,30}?\b(?:onto|into|on|in|over|inside) (?:the |my |our )?(?:plug|plugs|socket|sockets|outlet|outlets|wiring|wires|cable|power strip|extension lead|electrics|fuse ?box|adapter|charger|power supply)\b/;
/** The customer's own spill: "I spilled water on the charger, is it covered". */
const EN_OWN_SPILL = /\b(?:i|we|my [a-z]{2,12}|the (?:kids?|dog|cat)) (?:accidentally |just )?(?:spilled|spilt|spill|dropped|knocked|poured|tipped)\b|\baccident(?:ally)?\b|\bmy (?:own )?fault\b/;
/**
 * Something electrical gone off with a bang: 蓝牙耳机在耳朵里爆了, 充电宝在包里炸了. Not a screen, a glass or a face cracked
 * (屏幕爆了, 屏爆, 錶面爆咗, 镜面爆了), a tyre burst, or sales that boomed (爆单).
 */
const ZH_DEVICE = /耳机|手机|手表|平板|电子烟|音箱|充电宝|充电器|移动电源|行动电源|电池|插头|插座|插排|吹风机|风筒|电暖器|取暖器|热水壶|水壶|电饭煲|电磁炉|微波炉|台灯|灯泡|电源|适配器/;
const ZH_WENT_OFF = /(?<![屏幕玻璃胎轮车卖笑气抢轰油面镜])(?:爆了|爆咗|炸了|炸咗|爆开|爆炸了|炸开)/;
/** Water reaching the wiring (Chinese): 漏水到插座, 水渗进插头. */
const ZH_WET_WIRING = /(?:漏水|渗水|漏|渗|滴|水)(?:流|滴|漏|渗|溅)?(?:到|进|在|入)(?:了)?(?:插座|插头|插排|排插|电线|电源|开关|插苏|充电器)/;
/** Melting: "the plug is kind of melted at the prongs", "air fryer is melting from the inside". */
const EN_MELTING = /\bmelt(?:ed|ing|s)?\b/;
/** Wiring that must never get hot: "the wall socket is warm", "the plug has gone black round the pins". */
const EN_WIRING = /\b(?:plugs?|sockets?|outlets?|pins|prongs|cables?|cords?|wires?|wiring|adapters?|chargers?|extension leads?|power strips?|switch(?:es)?|fuse ?box)\b/;
const EN_WIRING_HEAT =
  /\b(?:(?:gone|turned|went|going|turning) (?:black|brown)|blackened|discolou?red|charred|scorched|(?:is|was|are|were|feels|felt|gets|got|getting|goes|went|running|too|very|really|super) (?:really |very |quite |a bit |slightly |super |too )?(?:warm|hot)(?! (?:water|tap|drink|food|meal|weather|day|pink|red|orange|colou?r))|hot to (?:the )?touch|too hot to touch)\b/;

/**
 * Smoke from something on the mains, the verb told of it ("your charger fried my phone and it smoked", "the plug smoked
 * when I turned it on"). Not smoked food or a smoke-grey colour, and not a person smoking ("i smoked a cigarette while
 * waiting for the courier").
 */
const EN_SMOKED = /\b(?:smoked|smoking|smokes|began to smoke|started to smoke|(?:is|was) smoking)\b(?! (?:salmon|fish|ham|meat|cheese|bacon|glass|grey|gray|paprika|turkey|chicken|duck|sausages?|brisket|tea|wood|quartz|oak|finish|lenses?|a |cigarettes?|cigars?|weed|pot|area|room|ban|section|break|jacket)\b)/;
const EN_PERSON_SMOKING = /\b(?:i|we|he|she|they|you|i'm|im|we're|my (?:husband|wife|dad|mum|mom|partner|friend|brother|sister|son|daughter|neighbou?r))(?: was| were| am| are| had| have| just| also| still){0,2} (?:smoked|smoking|smokes)\b|\b(?:no|non|non-|quit|stop|stopped|quitting) ?smoking\b/;

/** Food or a cream: a tingle that is a taste or a feel ("the lip balm tingles", "minty"). */
const EN_NOT_ELECTRICAL = /\b(?:cream|balm|lotion|serum|mint|minty|menthol|spicy|peppermint|gloss|oil|scrub|mask)\b/;

/** The two-part electrical faults in a message (English and Chinese read apart), as their evidence. */
export function electricalHazards(english: string, chinese: string): string[] {
  const found: string[] = [];
  for (const sentence of chinese.split(/[。！？!?]/)) {
    for (const smell of sentence.matchAll(ZH_BURNT_SMELL)) {
      const at = smell.index ?? 0;
      if (ZH_DENIED.test(sentence.slice(Math.max(0, at - 6), at)) || ZH_FOOD.test(sentence)) continue;
      if (ZH_ELECTRICAL.test(sentence) || ZH_HEAT_DAMAGE.test(sentence)) {
        found.push(smell[0]);
        break;
      }
    }
    const wiring = ZH_WIRING.exec(sentence);
    const heat = wiring ? ZH_WIRING_HEAT.exec(sentence) : null;
    if (wiring && heat && !ZH_DENIED.test(sentence.slice(Math.max(0, heat.index - 6), heat.index))) found.push(`${wiring[0]}…${heat[0]}`);
    const device = ZH_DEVICE.exec(sentence);
    const off = device ? ZH_WENT_OFF.exec(sentence.slice(device.index)) : null;
    const blastAt = device && off ? device.index + off.index : 0;
    if (device && off && !/爆单|爆款|爆满|爆红|爆卖/.test(sentence) && !inboxFlooded(sentence.slice(0, blastAt), chinese)) found.push(`${device[0]}…${off[0]}`);
    const wet = ZH_WET_WIRING.exec(sentence);
    if (wet && !/不小心|我(?:把|打翻|弄洒)|自己/.test(sentence)) found.push(wet[0]);
    const bang = wiring ? ZH_BANG.exec(sentence) : null;
    if (bang) found.push(`${wiring![0]}…${bang[0]}`);
    const numb = ZH_LIMB_NUMB.exec(sentence);
    if (numb && ZH_TOUCHED_ELECTRICAL.test(sentence)) found.push(numb[0]);
  }
  for (const sentence of english.split(/[.!?;]/)) {
    const tingling = EN_TINGLING.exec(sentence);
    if (tingling && EN_TOUCHED_ELECTRICAL.test(sentence) && !EN_NOT_ELECTRICAL.test(sentence)) found.push(tingling[0].trim());
    const smoked = EN_SMOKED.exec(sentence);
    if (smoked && EN_MAINS.test(sentence) && !EN_PERSON_SMOKING.test(sentence)) found.push(smoked[0]);
    // "the heater started making a popping noise": an arcing sound from something on the mains.
    const sound = EN_ARCING_SOUND.exec(sentence);
    if (sound && EN_MAINS.test(sentence)) found.push(sound[0]);
    const wiring = EN_WIRING.exec(sentence);
    const heat = wiring ? EN_WIRING_HEAT.exec(sentence) : null;
    // A charger or an adapter turns power into heat as it works: "gets a bit warm when charging" is how it runs; hot is not.
    const mildConverterWarmth = !!wiring && /^(?:chargers?|adapters?)$/.test(wiring[0]) && !!heat && /\bwarm$/.test(heat[0]) && !/\b(?:very|really|super|too) warm$/.test(heat[0]);
    if (wiring && heat && !mildConverterWarmth && !/\b(?:not|never|isn't|wasn't|aren't|doesn't|didn't|no)\s(?:[a-z]+\s)?$/.test(sentence.slice(Math.max(0, heat.index - 14), heat.index + 1))) {
      found.push(`${wiring[0]} … ${heat[0]}`);
    }
    // Water on the wiring: "the kettle leaks onto the plug", "water dripping into the socket".
    const wet = EN_WET_WIRING.exec(sentence);
    if (wet && !EN_OWN_SPILL.test(sentence)) found.push(wet[0]);
    const bang = EN_BANG.exec(sentence);
    if (bang && EN_WIRING.test(sentence)) found.push(bang[0]);
    const melting = EN_MELTING.exec(sentence);
    if (melting && EN_MAINS.test(sentence)) found.push(melting[0]);
  }
  return [...new Set(found)];
}
