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
