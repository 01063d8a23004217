/**
 * How to work a device, asked of the shop (路由器怎么设置, 电饭煲怎么用, 蓝牙耳机如何配对): the maker's manual, not the
 * store's service. The store's own articles set things up too (到货提醒怎么设置, 优惠码怎么用), so the shared verb (设置, 用)
 * draws the search to them; what makes the question a device's is its subject, a thing named by its form (a word ending
 * in 器, 机, 灯, 锅, 煲, 壶, 柜: the endings term-classes.ts reads as things shops sell), right before the question of how.
 *
 * Only the question alone: a problem told with the device (买的路由器坏了, 耳机没声音) or a store verb (洗衣机怎么退货) is the
 * store's, and the how must be the device's operation (设置, 安装, 连接, 配对, 使用 …), not the store's (退, 换, 寄).
 *
 * Text arrives folded (traditional and Cantonese to simplified Mandarin).
 */

/**
 * A device by its form, then how to operate it. The device: two to six Han characters ending in a thing's ending, at
 * the start of the message or after a possessive or a demonstrative (我的, 这个, 新买的); the how: a question word, an
 * optional modal, an operating verb, and at most a particle after it (the whole message: nothing else is told).
 */
const DEVICE_HOW_TO_ZH =
  /^(?:请问|想问下?|问一下|问下)?(?:我的|我家的?|这个|这台|那个|那台|新买的)?\p{Script=Han}{1,5}[器机灯锅煲壶柜](?:要|该|应该)?(?:怎么|怎样|如何|咋|怎么样)(?:才能|才可以|去|来)?(?:设置|设定|安装|装|连接|连|配对|配置|调|调试|使用|用|操作|开机|重置|组装|联网|连网|接线)(?:啊|呀|呢|吗|啦|哦|的)?[?？。!！]?$/u;

/** Whether a message (folded) asks only how to set up, install or use a device. */
export function asksDeviceHowTo(matching: string): boolean {
  return DEVICE_HOW_TO_ZH.test(matching.replace(/\s+/g, ''));
}

/** The device a Chinese how-to names (路由器 of 路由器怎么设置), or null. */
const DEVICE_ZH = /\p{Script=Han}{1,5}[器机灯锅煲壶柜](?=(?:要|该|应该)?(?:怎么|怎样|如何|咋))/u;

/**
 * The same in English ("how do I pair my headphones", "how to set up my new router", "how do i connect my bluetooth
 * speaker to my phone"): a verb only a device is worked with (pair, sync, install, assemble, set up, configure, connect,
 * mount, calibrate), and its object, one to four words, none of them a thing of the store's own (an account, a card, a
 * code, the app, an order: STORE_THINGS), with at most a "to"/"with" phrase after it. "use" and "reset" are left out:
 * "how do i use my gift card", "how do i reset my password" are the store's.
 */
const DEVICE_HOW_TO_EN =
  /^(?:(?:hi|hey|hello|quick question|question)[,!.]?\s+)?(?:how (?:do|can|should|would) (?:i|we|you)|how to|how'?s one|what'?s the way to)\s+(?:(?:get|go about)\s+)?(pair(?:ing)?|sync(?:ing)?|install(?:ing)?|assembl(?:e|ing)|set(?:ting)?\s?up|configur(?:e|ing)|connect(?:ing)?|mount(?:ing)?|calibrat(?:e|ing))\s+((?:[a-z0-9'-]+\s+){0,3}[a-z0-9'-]+)(?:\s+(?:to|with|on)\s+(?:[a-z0-9'-]+\s+){0,3}[a-z0-9'-]+)?\s*[?.!]*$/;
/** Things of the store's own a customer sets up or connects: the question is then the store's. */
const STORE_THINGS =
  /\b(?:account|profile|password|login|email|card|cards|code|coupon|voucher|app|order|orders|return|returns|refund|payment|payments|paypal|klarna|afterpay|wallet|bank|address|newsletter|notifications?|alerts?|points|rewards|membership|subscription|autopay|installments?|tracking|label|invoice)\b/;

/** Whether an English message (lower-cased) asks only how to set up, pair or connect a device. */
export function asksDeviceHowToEn(text: string): boolean {
  const asked = DEVICE_HOW_TO_EN.exec(text.trim().toLowerCase());
  return asked !== null && !STORE_THINGS.test(text.toLowerCase());
}

/** Words of an object that say whose or which it is, not what: "my new", "the". */
const DETERMINERS = new Set(['my', 'our', 'the', 'a', 'an', 'new', 'this', 'that', 'these', 'those', 'your']);

/**
 * The words naming the device of a how-to question ("headphones" of "how do I pair my headphones", 路由器 of 路由器怎么设置),
 * or null when the message is no device how-to. A knowledge base with an article of its own on the device (an editor's
 * "Pair the Zorblax headset") answers it; only an article the shared verb alone found is the store's settings.
 */
export function deviceOfHowTo(text: string, chinese: boolean): string[] | null {
  if (chinese) {
    if (!asksDeviceHowTo(text)) return null;
    const device = DEVICE_ZH.exec(text.replace(/\s+/g, ''));
    return device ? [device[0]] : [];
  }
  if (!asksDeviceHowToEn(text)) return null;
  const asked = DEVICE_HOW_TO_EN.exec(text.trim().toLowerCase());
  return (asked?.[2] ?? '').split(/\s+/).filter((word) => word && !DETERMINERS.has(word));
}
