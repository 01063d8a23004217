/**
 * Chinese sentiment vocabulary written for Baton (no third-party lexicon is shipped). Valences use AFINN's scale
 * (-5 … 5) so the English and Chinese analyzers share one score scale. The words are matched longest first, so
 * compounds listed here ("不错", "没问题", "不好意思") win over the characters inside them ("不", "错", "好").
 */
import { EMOJI_VALENCE } from './emoji';
import { wordTable } from './own';

/** Praise and satisfaction. */
export const ZH_POSITIVE: Readonly<Record<string, number>> = {
  // General praise.
  好: 1.5, 很好: 2.5, 挺好: 2, 真好: 2.5, 好评: 3, 五星: 2.5, 满分: 3, 不错: 2, 还不错: 2, 蛮好: 2, 满意: 2.5,
  喜欢: 2, 喜爱: 2, 爱了: 2.5, 推荐: 2, 值得: 2, 值: 1.5, 超值: 3, 划算: 2, 实惠: 2, 便宜: 1.5, 物美价廉: 3,
  物超所值: 3, 性价比高: 3, 赞: 2.5, 点赞: 2.5, 棒: 2.5, 很棒: 3, 完美: 3, 优秀: 2.5, 出色: 2.5, 优质: 2.5,
  一流: 3, 给力: 2.5, 靠谱: 2, 可以: 0.5, 还行: 1, 还可以: 1, 还好: 0.5, 放心: 2, 信赖: 2, 信任: 1.5,
  惊喜: 2.5, 开心: 2.5, 高兴: 2, 愉快: 2.5, 快乐: 2, 感谢: 2, 谢谢: 1.5, 多谢: 2, 辛苦了: 1.5, 支持: 1.5,
  好用: 2, 实用: 2, 耐用: 2, 结实: 2, 牢固: 2, 稳定: 1.5, 正品: 2, 专业: 1.5, 到位: 2, 完好: 2, 完好无损: 2.5,
  完整: 1, 齐全: 1.5, 丰富: 1.5, 合适: 1.5, 合身: 2, 舒服: 2, 舒适: 2, 方便: 1.5, 便利: 1.5, 便捷: 1.5,
  省心: 2, 好看: 2, 漂亮: 2, 美观: 2, 精致: 2, 精美: 2, 大方: 1.5, 大气: 2, 时尚: 1.5, 有质感: 2, 高档: 1.5,
  上档次: 2, 喜庆: 1, 可爱: 2, 清晰: 2, 流畅: 2, 顺畅: 2, 灵敏: 1.5, 快捷: 2, 迅速: 2, 及时: 2,
  准时: 1.5, 神速: 3, 快: 1, 很快: 1.5, 飞快: 2, 超快: 2, 挺快: 1.5, 新鲜: 2, 好吃: 2.5, 好喝: 2.5, 美味: 2.5,
  可口: 2, 香: 1.5, 甜: 1.5, 脆: 1, 最爱: 3, 美丽: 2, 很美: 2.5, 真美: 2.5, 太美: 3, 赞一个: 3, 很赞: 3, 香甜: 2, 清甜: 2, 多汁: 1.5, 正宗: 2,
  纯正: 1.5, 柔软: 1.5, 柔顺: 2,
  顺滑: 2, 清爽: 1.5, 透气: 1, 保暖: 1, 干净: 2, 整洁: 2, 安静: 2, 宽敞: 2, 明亮: 1.5, 温馨: 2,
  豪华: 1.5, 热情: 2, 周到: 2, 耐心: 2, 细心: 2, 贴心: 2.5, 用心: 2, 友好: 2, 礼貌: 2, 客气: 1, 亲切: 2,
  细致: 2, 认真: 1.5, 负责: 1.5, 尽责: 2, 无微不至: 3, 宾至如归: 3, 温暖: 2, 人性化: 2, 优惠: 1.5, 精彩: 2.5,
  感人: 2, 有趣: 2, 有意思: 2, 受益: 2, 受益匪浅: 3, 启发: 2, 深刻: 1.5, 引人入胜: 3, 好书: 2.5, 经典: 2,
  生动: 2, 值得一读: 3, 爱不释手: 3, 无可挑剔: 3, 没的说: 2, 没得说: 2, 没话说: 2, 没毛病: 2, 没问题: 1,
  不赖: 2, 不愧: 2, 毫不犹豫: 2, 回购: 2, 还会再来: 3, 会再来: 2.5, 下次还: 2, 还会买: 2.5, 再次购买: 2,
  好极了: 3, 太好了: 3, 很满意: 3, 非常满意: 3.5, 挺不错: 2.5, 很不错: 2.5, 相当不错: 2.5, 解决了: 1.5,
  方便快捷: 2.5, 舒心: 2, 满足: 1.5, 优雅: 2, 棒棒: 2.5, 赞赞: 2.5, 好好: 1.5, 超赞: 3, 好棒: 3,
  正规: 0.5, 帮助: 0.5, 有帮助: 2, 相符: 1, 优越: 2, 物有所值: 3, 周全: 2, 恰当: 1, 尚可: 0.5, 适中: 1, 合理: 1.5, 优点: 1, 亮点: 1.5, 好处: 1,
  好闻: 2, 好笑: 1, 弹性: 0.5, 好评如潮: 3, 五分: 2, 物流快: 2, 发货快: 2, 速度快: 2, 质量好: 2.5, 服务好: 2.5, 态度好: 2.5, 效果好: 2.5,
  无敌: 2, 杠杠的: 2.5, 够用: 1.5, 不卡: 1.5, 爽: 2, 顺手: 2,
  // Coming back and recommending: the customer's own verdict.
  还会来: 2.5, 下次还来: 2.5, 下次还会: 2.5, 还会光顾: 3, 再来光顾: 2.5, 再次光顾: 2.5, 回头客: 2.5, 还会入住: 3,
  再次入住: 2.5, 还会选择: 2.5, 首选: 2, 值得推荐: 3, 强烈推荐: 3.5, 推荐大家: 2.5, 值得购买: 3, 值得入手: 3,
  还会回购: 3, 会回购: 2.5, 继续支持: 2, 继续购买: 2, 一如既往: 1.5,
  // A flaw the customer accepts ("有点小，不影响使用").
  不影响: 1, 不影响使用: 1.5, 可以接受: 1.5, 能接受: 1, 可以理解: 1, 能理解: 1, 问题不大: 1.5, 影响不大: 1, 瑕不掩瑜: 2.5,
  无伤大雅: 1.5, 好在: 1,
  // Food and delivery (外卖).
  // Sincerity: its lack ("一点诚意都没有", "毫无诚意") is a complaint.
  诚意: 1.5, cp值高: 3, cp值很高: 3, cp值超高: 3,
  // Nothing wrong ("里面东西没事", Cantonese "入面冇事" folded 没有事): the customer reassures.
  没事: 1, 没有事: 1,
  分量足: 2, 量足: 1.5, 份量足: 2, 热乎: 1.5, 送餐快: 2, 味道不错: 2.5, 很入味: 2, 理想: 1.5,
};

/** Complaints and dissatisfaction: products, delivery, service, money. */
export const ZH_NEGATIVE: Readonly<Record<string, number>> = {
  // Worn out and speechless, Taiwan's "扯" (absurd), and sarcasm set in a phrase: efficiency that "moves" the customer,
  // a task done "to loneliness" (处理了个寂寞: nothing done), harder than climbing to heaven.
  // A reasonable explanation demanded ("给我一个合理的解释"): what the store owes, not praise of it.
  合理的解释: -1, 合理解释: -1, 合理的说法: -1, 合理说法: -1, 合理的答复: -1, 合理的交代: -1, 合理的解析: -1, 合理解析: -1,
  心累: -2.5, 好心累: -3, 无言: -2, 很扯: -2.5, 好扯: -2.5, 太扯: -3, 真扯: -2.5, 超扯: -2.5, 效率感人: -2.5,
  速度感人: -2.5, 个寂寞: -2.5, 比登天还难: -3, 吓死: -2.5,
  // Waiting and being let down, said as idioms: flowers wilted while waiting (等得花都谢了), a neck grown long (等到頸都長),
  // happiness that will not come (开心不起来), not worth it (Cantonese 唔抵), an answer to another question (答非所问), a
  // quality that wrongs its price (对不起这个价格), praise against one's conscience (违心), declining to comment on it.
  花都谢了: -2.5, 颈都长: -2.5, 脖子都长: -2.5, 开心不起来: -2.5, 高兴不起来: -2.5, 喜欢不起来: -2, 不抵: -2.5,
  答非所问: -2.5, 对不起这个价: -2.5, 对不起这价: -2.5, 违心: -2, 不想评价: -2, 考验我的耐心: -2.5,
  // Displeasure said indirectly (chat messages to the store, issue 12). Internet slang: speechless or thanked sarcastically
  // (栓Q, 我真的会谢), beside oneself (破防, 人麻了, 绷不住了 / 蚌埠住了, 血压上来, 气笑), off-putting (下头), absurd
  // (离大谱), a sucker (大冤种), shoddy (拉胯), a pitfall stepped in (踩雷), put off for good (劝退, 一生黑). Taiwan:
  // 傻眼 (dumbfounded), 很瞎 / 母汤 / 有够扯 / 超雷 / 有够卢 (absurd, no good, a dud, a hassle), 跳针 (a stuck record),
  // 很机车 (nasty), 当盘子 (taken for a mug), 放鸟 (stood up), 气噗噗. Hong Kong (read folded: 頂唔順 → 顶不顺, 冇眼睇 →
  // 没有眼看): can't stand it, unbearable to look at, 黐线 (crazy), 中伏 / 伏店 (a trap), 劳气, 收皮 (give it up), 求其 /
  // 水皮 (sloppy), 好柒, 心淡 (gone cold on the store), 好串 (insolent), 黑面 (a sullen face), 玩嘢 (messing me about).
  // Mild (2 to 3, as 无语 and 离谱): alone they make a message negative, not a customer a person must take at once.
  栓q: -2.5, 真的会谢: -2.5, 破防: -2, 破大防: -2.5, 人麻了: -2.5, 我麻了: -2.5, 麻中麻: -2.5, 绷不住了: -2,
  蚌埠住了: -2, 血压上来: -2.5, 血压飙升: -3, 血压拉满: -3, 气笑: -3, 下头: -2, 离大谱: -3, 离了个大谱: -3,
  离离原上谱: -3, 冤种: -2.5, 大冤种: -3, 拉胯: -2.5, 拉垮: -2.5, 踩雷: -3, 踩大雷: -3.5, 劝退: -2.5, 一生黑: -3,
  智商税: -3, 一言难尽: -2.5, 心态崩: -2.5, emo了: -2,
  傻眼: -2.5, 傻爆眼: -3, 很瞎: -2.5, 好瞎: -2.5, 太瞎: -3, 超瞎: -3, 有够瞎: -3, 母汤: -2.5, 有够扯: -3, 超雷: -3,
  很雷: -2.5, 好雷: -2.5, 太雷: -3, 雷包: -2.5, 有够卢: -2.5, 有够雷: -3, 很卢: -2, 跳针: -2, 很机车: -2.5, 好机车: -2.5,
  超机车: -2.5, 当盘子: -3, 放鸟: -2.5, 放鸽子: -2.5, 气噗噗: -2.5, 吃相难看: -3, 无言以对: -2.5,
  顶不顺: -3, 没有眼看: -2.5, 黐线: -2.5, 中伏: -3, 好伏: -2.5, 伏到: -2.5, 伏店: -3, 劳气: -2.5, 收皮: -3, 求其: -2,
  水皮: -2, 好柒: -2.5, 心淡: -2.5, 好串: -2.5, 黑面: -2, 玩嘢: -2, 撚烦: -2.5, 顶你个肺: -3.5, 不关他事: -2,
  // Sarcasm set in a phrase: "just like you" (不愧是你们, 真有你们的), "oh so great" (好棒棒), 呵呵哒, "you sure know how
  // to do business" (真会做生意), and a scolding question (像话吗, 开玩笑吧, 受这个气).
  不愧是你们: -2.5, 真有你们的: -2.5, 好棒棒: -2, 呵呵哒: -2, 真会做生意: -2, 像话吗: -2.5, 不像话: -3,
  开玩笑吧: -2, 在开玩笑: -2, 受这个气: -3, 受气: -2.5, 耍人: -3, 灾难: -3, 一肚子火: -3, 一肚子气: -3,
  打发我: -2.5, 套话: -2, 看透了: -2.5,
  // Weary and resigned: given up on the store (不抱希望, 看着办吧, 随你们, 认栽, 心都凉了), not wanting to say more.
  不想说了: -2, 不想再说: -2, 不想讲: -2, 不抱希望: -2.5, 看着办吧: -2, 随便你们: -2, 随你们: -2, 懒得: -1.5,
  我放弃了: -2, 不指望: -2, 认栽: -2.5, 没有期待: -2, 麻木: -2, 心凉: -2.5, 心都凉: -2.5, 心很累: -2.5,
  心好累: -2.5, 白说: -2, 以后不来了: -2.5, 算数啦: -1.5,
  // Polite but clear: it does not stand up (说不过去), not accepted, not fit to give, treated differently, slipped back.
  // Taiwan's CP值 (value for money: "值" alone is no praise there), a mouth full of flowers (天花乱坠: the sales pitch),
  // a different thing altogether, disgusting (Cantonese 核突), declining even to rate it.
  cp值低: -2.5, cp值很低: -3, cp值超低: -3, cp值太低: -3, 天花乱坠: -2.5, 两回事: -1.5, 核突: -2.5, 不太想评价: -2,
  说不过去: -2.5, 不认可: -2, 不太认可: -1.5, 拿不出手: -2, 区别对待: -2.5, 退步: -2,
  // General dissatisfaction.
  差: -2, 很差: -3, 太差: -3.5, 差劲: -3, 极差: -4, 奇差: -4, 超差: -3.5, 真差: -3, 烂: -3, 稀烂: -4, 破烂: -3,
  垃圾: -4, 失望: -3, 很失望: -3.5, 太失望: -4, 后悔: -3, 上当: -3, 受骗: -3, 被骗: -3.5, 骗子: -4, 骗人: -3.5,
  欺骗: -3.5, 骗: -2.5, 忽悠: -3, 坑: -2.5, 坑爹: -3.5, 坑人: -3.5, 黑心: -4, 无良: -4, 奸商: -4, 缺德: -4,
  恶心: -3, 讨厌: -3, 郁闷: -2, 无语: -2.5, 无奈: -2, 气愤: -3, 生气: -2.5, 愤怒: -3.5, 气死: -3.5, 气哭: -4, 急哭: -3.5, 要疯了: -4, 快疯了: -4, 逼疯: -4, 哭了一整晚: -4, 哭了一晚: -4, 哭了一夜: -4, 崩溃: -3,
  // Indifference to the customer ("根本不当回事", "不把顾客当回事" once 把 is read out, see sentiment-zh.ts).
  不当回事: -3, 不当一回事: -3, 没当回事: -3, 没当一回事: -3,
  心塞: -2.5, 闹心: -2.5, 烦: -2, 烦人: -2.5, 糟糕: -3, 糟心: -3, 悲剧: -3, 倒霉: -2.5,
  恐怖: -3, 可怕: -3, 可恶: -3.5, 不满: -2, 不满意: -2, 抱怨: -2.5, 差评: -3.5, 投诉: -3, 退货: -0.5, 退款: -0.5, 换货: -0.5,
  一般: -1, 一般般: -1.5, 凑合: -1, 勉强: -1, 马马虎虎: -1, 不行: -2.5, 不咋地: -2.5, 不怎么样: -2.5,
  不值: -2.5, 不值得: -2.5, 不如: -1.5, 不像: -1, 不象: -1, 不符: -2, 不一样: -1, 不对: -1.5, 不好用: -3, 不合格: -3,
  不靠谱: -3, 不负责: -3, 不负责任: -3.5, 不耐烦: -3, 不理: -2, 不理人: -3, 不回复: -2.5, 不给: -1.5,
  不让: -1.5, 不能用: -3, 用不了: -3, 没法用: -3, 没用: -2, 打不开: -2.5, 开不了机: -3, 连不上: -2,
  充不进电: -3, 不显示: -2, 不出水: -2, 不制热: -2.5, 不工作: -2.5, 不灵: -2, 不清楚: -1, 不清晰: -2,
  千万别: -3, 千万不要: -3, 别买: -3.5, 不要买: -3.5, 不会再: -3, 再也不: -3, 最后一次: -2.5, 没下次: -3, 拉黑: -3.5,
  // Products: quality and faults.
  假货: -4, 假的: -3, 山寨: -3, 劣质: -3.5, 次品: -3.5, 残次品: -3.5, 二手: -2, 翻新: -3, 翻新机: -3.5,
  质量差: -3.5, 质量问题: -3, 做工差: -3, 做工粗糙: -3, 粗糙: -2.5, 毛病: -2, 问题: -1, 故障: -3, 坏: -2,
  坏了: -3, 坏的: -3, 损坏: -3, 破损: -3, 破: -2, 裂: -2, 碎: -2.5, 漏: -2, 漏水: -3, 漏电: -3.5, 死机: -3,
  黑屏: -2.5, 蓝屏: -2.5, 重启: -1.5, 卡顿: -2.5, 很卡: -2.5, 太卡: -3, 好卡: -2.5, 有点卡: -1.5, 卡死: -3,
  卡了: -1.5, 发热: -1, 发烫: -2, 烫手: -2,
  失灵: -2.5, 失败: -2, 错误: -1.5, 无法: -1.5, 不能: -1, 难用: -3, 难看: -2.5, 丑: -2.5, 难吃: -3, 难喝: -3,
  难闻: -3, 难受: -2.5, 刺鼻: -2.5, 异味: -2.5, 臭: -2.5, 怪味: -2.5, 霉: -2.5, 发霉: -3, 霉味: -3, 过期: -3,
  变质: -3.5, 腐烂: -3.5, 烂了: -3, 烂的: -3, 坏果: -3, 涩: -1.5, 干瘪: -2, 蔫: -2, 软了: -1.5,
  掉色: -2.5, 褪色: -2.5, 起球: -2.5, 开线: -2.5, 脱线: -2.5, 线头: -1.5, 色差: -2, 偏大: -1, 偏小: -1,
  变形: -2.5, 缩水: -2.5, 掉毛: -2, 起皮: -2, 划痕: -2, 瑕疵: -2, 污渍: -2, 脏: -2.5, 脏兮兮: -3, 灰尘: -1.5,
  旧: -1.5, 陈旧: -2, 老旧: -2, 破旧: -2.5, 简陋: -2, 老化: -1.5, 硬: -1, 挤: -1.5, 小气: -2,
  昏暗: -1.5, 潮湿: -1.5, 吵: -2, 吵闹: -2.5, 噪音: -2, 嘈杂: -2.5, 隔音差: -2.5, 冰冷: -1.5,
  贵: -1.5, 太贵: -2.5, 偏贵: -1.5, 性价比低: -2.5, 性价比差: -2.5, 不划算: -2.5, 浪费: -2.5, 白花: -2.5,
  鸡肋: -2.5, 缺: -1, 缺货: -1.5, 少发: -3, 漏发: -3, 错发: -3, 发错: -3, 发错了: -3, 少了: -1.5, 弱: -1,
  虚假: -3, 夸大: -2.5, 夸张: -1.5, 误导: -2.5, 不实: -2.5, 掉价: -2, 降价: -1.5, 跌价: -1.5, 很乱: -2, 太乱: -2.5, 混乱: -2.5, 乱七八糟: -3,
  一塌糊涂: -4, 麻烦: -1.5, 折腾: -2, 费劲: -2, 繁琐: -2, 啰嗦: -1.5, 无聊: -2.5, 枯燥: -1, 乏味: -1.5,
  失眠: -2, 痒: -1.5, 过敏: -2.5, 头皮屑: -1, 干涩: -2, 油腻: -1.5, 快过期: -2, 肤浅: -3, 空洞: -2.5,
  水军: -3, 刷单: -3, 地摊货: -3, 伤不起: -2.5, 不要脸: -4, 要脸: -2, 二货: -3, 傻逼: -4, 坑爹货: -4, 妈的: -3,
  尼玛: -3, 你妹: -3, 麻痹: -3, 奶奶的: -3, 滚: -3, 伪劣: -3.5, 不良: -2.5, 水货: -3, 短斤缺两: -3.5,
  缺斤少两: -3.5, 漫长: -2, 异常: -2, 不正常: -2, 有待提高: -1.5, 有待改进: -1.5, 希望改进: -1, 差很多: -2.5,
  差太多: -2.5, 怀疑: -2, 难过: -1, 伤心: -1.5, 心疼: -1, 下降: -1, 变差: -2.5, 不敢: -1, 不诚信: -3,
  才到: -1.5, 才送到: -1.5, 才收到: -1.5, 才发货: -1.5, 没声: -2, 没声音: -2, 没反应: -2, 不亮: -2, 不充电: -2,
  充不了: -2.5, 受不了: -3, 不识别: -2, 识别不了: -2, 不兼容: -2, 没收到: -2, 未收到: -2, 还没收到: -2.5, 没到: -1.5,
  不爽: -3, 不适合: -2, 不建议: -2.5, 有待改善: -1.5, 滞后: -2, 怨言: -2.5, 湿: -1.5, 烟味: -2, 死板: -2,
  操蛋: -3, 扯淡: -3, 黑店: -4, 地狱: -3, 恶评: -3, 蚊子: -2, 蟑螂: -3, 老鼠: -3, 莫名其妙: -2, 开错: -2,
  拒绝: -2, 被拒: -2, 强行: -2.5, 无果: -2, 效率低: -2.5, 晚点: -1, 将就: -1.5, 不想多说: -2,
  可怜: -2, 大失所望: -3.5, 偷工减料: -3.5, 胡说八道: -3, 狗屁: -3, 信不过: -2.5, 模糊: -2, 无力吐槽: -3, 吐槽: -1.5,
  罪过: -2, 假发票: -3, 假: -1.5, 怪了: -1, 大不相同: -2, 不相同: -1.5, 不咋的: -2.5, 不怎么滴: -2, 掉了: -1.5,
  没电: -1.5, 扔掉: -2, 拆开过: -2, 屡教不改: -3, 便宜没好货: -3, 一分钱一分货: -1.5, 不发货: -2.5, 有脸: -2,
  性价比不高: -2.5, 没睡好: -2, 没休息好: -2, 不卫生: -2.5,
  卡得: -2, 摔: -1.5, 一星: -2.5, 不想给: -2, 上不了: -2, 找不到: -1.5, 装不上: -2, 不了: -1, 不上: -0.5,
  鄙视: -3, 有病: -3, 不闻不问: -3, 奇葩: -2, 送错: -3, 弯: -1.5, 悲惨: -3, 情何以堪: -2, 有毒: -3,
  怪怪的: -1.5, 奇怪: -1.5, 不相符: -2, 没有人: -1.5, 嫌: -1, 小了: -1, 大了: -1, 短了: -1, 薄了: -1,
  贵了: -1, 不会在: -2.5, 怎么办: -1,
  // Thanks with 我 before it is sarcasm ("回复'不影响使用哦'，我谢谢你"); shame asked for ("也好意思卖这个价"); the same again.
  我谢谢你: -3, 我谢谢您: -3, 我真谢谢你: -3, 也好意思: -3, 不是第一次了: -2, 不是第一回了: -2,
  每次都这样: -2, 又是这样: -2, 老是这样: -2, 总是这样: -2, 次次都这样: -2, 两星: -1.5, 差点意思: -1.5, 不给力: -3,
  还没到: -2, 没发货: -2, 还没发货: -2.5, 未发货: -2, 差距: -1, 凌乱: -2, 残暴: -2,
  // Delivery and service.
  慢: -1.5, 很慢: -2.5, 太慢: -3, 超慢: -3, 龟速: -3, 拖: -1.5, 拖延: -2.5, 延迟: -2, 迟迟: -2.5, 催: -1.5,
  敷衍: -3, 冷淡: -2.5, 冷漠: -3, 恶劣: -3.5, 粗鲁: -3, 傲慢: -3, 刁难: -3, 推诿: -3, 推脱: -3, 踢皮球: -3,
  扯皮: -3, 态度差: -3.5, 服务差: -3.5, 爱理不理: -3, 不耐: -2, 没人管: -3, 没人理: -3, 没人: -1.5,
  失职: -3, 霸王条款: -3.5, 乱收费: -3.5, 扣钱: -2, 被扣: -2, 欺负: -3, 耽误: -2.5, 白等: -3, 白跑: -3,
  受罪: -3, 吃亏: -2.5, 算了: -1, 醉了: -2, 服了: -1.5, 晕: -1.5, 坑货: -4, 垃圾货: -4,
  没退款: -2, 还没退款: -2.5, 不退款: -2.5, 不给退: -2.5, 不给换: -2.5, 不能接受: -3, 无法接受: -3, 难以接受: -3,
  不够用: -2, 气人: -3, 雷人: -2, 冤大头: -3, 亏: -1.5, 呵呵: -1,
  // Anger and indignation without an insult: alone, a customer a person should take ("简直欺人太甚", "气到发抖").
  激到爆: -4, 激死: -4, 激到我: -4, 嬲到我: -4, 激气: -3, 好激气: -3.5, 皱巴巴: -2, 没救了: -3, 不公平: -2.5, 说话不算: -3, 说话不算数: -3, 看不进去: -2, 出入很大: -2,
  寒心: -3.5, 心寒: -3.5, 欺人太甚: -4, 忍无可忍: -4, 受够了: -3.5, 气到发抖: -4, 气炸: -4, 气疯: -4, 火大: -3,
  恼火: -3, 窝火: -3, 憋屈: -3, 岂有此理: -4, 离谱: -2.5, 过分: -2.5, 太过分: -3.5, 欺负人: -3.5, 耍我: -3.5,
  当我傻: -3.5, 把我当傻子: -3.5, 无法忍受: -4, 不能忍: -3.5,
  // Anger shown in the body or in tears: "气得我手都在抖", "气到哭出来"; anger bursting, Cantonese 嬲到爆 (嬲 is read as 生气).
  气得: -3.5, 气到哭: -4, 生气到爆: -4, 气到爆: -4, 气到我: -3.5,
  // Cantonese 嬲死, 嬲爆 (folded 生气死, 生气爆) weigh as 气死, 气炸; 火滚 is anger boiling over.
  生气死: -3.5, 生气爆: -4, 火滚: -3.5,
  // A product, not anger: 空气炸锅 (an air fryer) holds 气炸.
  空气炸锅: 0, 气炸锅: 0,
  // Rhetorical questions that scold ("有没有搞错", "还好意思让我等", "凭什么").
  有没有搞错: -3.5, 搞错没有: -3.5, 搞什么鬼: -3.5, 什么鬼: -3, 还好意思: -3.5, 好意思说: -3, 凭什么: -2.5,
  // A customer asking what is going on is already annoyed ("等了三天还没发货，什么情况").
  什么情况: -1.5, 怎么回事: -1.5, 怎么搞的: -2.5, 搞什么: -2.5, 什么玩意: -3, 为什么还: -1.5, 怎么还: -1.5,
  给个说法: -2.5, 讨个说法: -2.5, 啥玩意: -3, 搞毛线: -2.5,
  // Promised and missing ("说好的赠品呢", "什么都没送").
  说好的: -1.5, 没送: -2, 没给: -1.5, 什么都没有: -2, 什么都没: -2,
  要死: -2, 渣: -2, 无耻: -3.5, 欲哭无泪: -3, 唉: -1,
  // Not coming back, warning others.
  不买了: -2.5, 不买: -1.5, 不会买: -2.5, 不敢买: -2.5, 别再买: -3, 谁买谁后悔: -4, 慎买: -3, 慎入: -3, 慎选: -3,
  避雷: -3, 奉劝: -2.5, 大家小心: -2.5,
  // Ordinary words of complaint (and variant spellings: 过份, 退色, 不怎样) that the reviews and support messages use.
  过份: -2.5, 太过份: -3.5, 不讲道理: -3, 不讲理: -3, 一无是处: -4, 便宜无好货: -3, 下次还不如: -2, 还不如: -1.5, 挨冻: -2,
  名不副实: -3, 名不符实: -3, 不敢恭维: -3, 不尽人意: -2, 不尽如人意: -2, 差强人意: -1.5, 不怎样: -2.5, 不咋样: -2.5,
  打水漂: -3, 寄错: -3, 退色: -2.5, 抓狂: -3, 可悲: -2.5, 害人不浅: -3.5, 店大欺客: -3.5, 没信誉: -3, 不守信: -3,
  说多了都是泪: -2.5, 用不惯: -1.5, 不深入: -1.5, 很水: -2, 太水: -2.5, 洒了: -2, 撒了: -2, 漏了: -2, 没找着: -1,
  难找: -1.5, 抵制: -2.5, 不解释: -1.5, 不全: -1.5, 没用处: -2, 没有用处: -2, 不值这个价: -3, 白瞎: -2.5,
  没电梯: -0.5, 没电视: -0.5, 没电话: -0.5,
  最好不要: -2.5, 最好别: -2.5, 不以为然: -2, 大跌眼镜: -3, 不堪入目: -3, 冷嘲热讽: -3,
  打死也不: -3.5, 甲醛超标: -3,
  // Said to a company's service account: sarcasm, accusations, being ignored ("逗我吗", "有没有良心", "偷流量").
  逗我: -2.5, 有没有良心: -3, 没良心: -3, 去死: -3.5, 也是醉: -2, 诈骗: -3.5, 流氓: -3, 偷流量: -3, 乱扣: -3,
  乱扣费: -3.5, 无缘无故: -2, 莫名: -1.5, 诡异: -1.5, 摆设: -2, 心痛: -2, 打击: -1.5, 没人回: -3, 不回: -2,
  石沉大海: -3, 没下文: -2.5, 没有下文: -2.5, 没消息: -2, 没有消息: -2, 一点消息也没有: -2.5, 没回应: -2.5, 没有回应: -2.5,
  // Surprise against expectation ("居然没有热水", "竟然是坏的") and "what on earth" ("到底什么时候发货"): mostly
  // said of something that went wrong.
  竟然: -1, 居然: -1, 到底: -1,
  // Food and delivery (外卖): cold, spilt, short, late, badly cooked.
  // Lost in the post (寄丢, 丢件): a report.
  寄丢: -3, 丢件: -2.5,
  凉了: -2, 冷了: -1.5, 凉透: -2.5, 少送: -3, 漏送: -3, 送晚了: -2, 超时: -2, 送餐慢: -2.5, 量少: -1.5,
  分量少: -2, 分量不足: -2, 不好吃: -3, 没味道: -2, 没什么味道: -2, 夹生: -2.5, 没熟: -2.5, 糊了: -2, 馊: -3,
  变味: -2.5, 有头发: -3, 有虫: -3, 难以下咽: -3.5, 口味变了: -1.5, 味道变了: -1.5, 吃不下: -1.5, 拉肚子: -3,
  等了好久: -2, 等了很久: -2, 等了半天: -2, 等半天: -2, 没有给: -1.5,
};

/**
 * English swearing in a Chinese message ("f**k 什么时候才发货", "wtf 还没到"): as strong as in an English one. Read as
 * whole Latin words only (the "ffs" of "takeoffs" is not one), after masks are spelled out (profanity.ts).
 */
export const ZH_FOREIGN_SWEARING: Readonly<Record<string, number>> = {
  // The English reading's values (AFINN and lexicon-en.ts), so the emotion, read on that scale, comes out the same.
  fuck: -4, fucking: -4, fucked: -4, fuckin: -4, wtf: -4, ffs: -4, stfu: -4, shit: -4, bullshit: -4,
  shitty: -3, omfg: -3, fml: -3, crap: -3, crappy: -3,
};

/**
 * English verdicts written into Chinese chat ("很不ok", "服务超nice", "真的好bad"), on this lexicon's scale (read as the
 * Chinese word they stand for, so a negator or degree word before them weighs them: "不ok" as "不行"). Whole words only.
 */
export const ZH_FOREIGN_VERDICTS: Readonly<Record<string, number>> = {
  ok: 1, okay: 1, good: 2, nice: 2, great: 2.5, perfect: 3, happy: 2, thanks: 1.5, thx: 1.5,
  bad: -2, terrible: -3, awful: -3, sucks: -3, disappointed: -2.5, disappointing: -2.5, speechless: -2, annoying: -2,
  useless: -2.5, angry: -2.5, sad: -2,
};

/**
 * Negators: flip the sentiment word that follows in the same clause ("不好", "没有想象中好", "未收到"). The number is
 * how much of the word's strength survives: "不太好" is milder than "不好".
 */
export const ZH_NEGATORS: Readonly<Record<string, number>> = {
  不: 1, 没: 1, 没有: 1, 别: 1, 未: 1, 无: 1, 非: 1, 毫无: 1.2, 并不: 1, 并没有: 1, 并非: 1, 从不: 1.2, 从没: 1.2,
  从来不: 1.2, 从来没有: 1.2, 绝不: 1.2, 决不: 1.2, 不是: 1, 不再: 1, 难以: 1, 木有: 1,
  // Short of what was expected or described ("没有想象的那样好", "没有介绍的那样出色"): the praise after them is denied.
  没有想象的: 1, 没有想象中: 1, 没想象的: 1, 没想象中: 1, 没有想像的: 1, 没有想像中: 1, 没有预想的: 1, 没有预期的: 1,
  没有描述的: 1, 没有介绍的: 1, 没有宣传的: 1, 没有说的: 1, 没有图片上: 1, 不如想象的: 1, 不如想象中: 1,
  没什么: 1, 没有什么: 1, 没啥: 1, 不太: 0.7, 不怎么: 0.7, 不够: 0.8, 没那么: 0.7, 不算: 0.7, 不要: 1, 切勿: 1.2,
};
/** Negators that also warn: before a complaint word they do not cancel it ("不要上当", "别被骗" are complaints). */
export const ZH_WARNING_NEGATORS: readonly string[] = ['别', '不要', '切勿'];

/** Degree words: strengthen (or weaken) the sentiment word that follows ("很差", "太慢", "有点贵"). */
export const ZH_DEGREE: Readonly<Record<string, number>> = {
  超级无敌: 2, 很: 1.5, 太: 1.8, 非常: 1.8, 极其: 2, 极: 2, 极为: 2, 特别: 1.8, 十分: 1.8, 超: 1.6, 超级: 1.8, 真: 1.4,
  真的: 1.4, 真是: 1.4, 挺: 1.3, 蛮: 1.3, 颇: 1.3, 相当: 1.6, 实在: 1.6, 简直: 1.8, 巨: 1.8, 贼: 1.6, 过于: 1.6,
  太过: 1.8, 越来越: 1.3, 如此: 1.5, 这么: 1.3, 那么: 1.3, 确实: 1.3, 完全: 1.6, 根本: 1.5, 绝对: 1.5,
  最: 1.8, 更: 1.3, 更加: 1.4, 格外: 1.6, 尤其: 1.4, 严重: 1.8, 一点都: 1.5, 一点也: 1.5,
  // Hong Kong intensifiers (好撚烦, 好鬼慢, 好X慢 with the swear word masked) and Taiwan's 有够 (有够烂).
  好撚: 1.8, 好鬼: 1.6, 好x: 1.8, 有够: 1.6,
  偏: 1.2, 不是一般: 1.8, 不是一般的: 1.8, 比较: 0.8, 较: 0.8, 还算: 0.8, 有点: 0.8, 有点儿: 0.8, 有些: 0.8, 稍: 0.6, 稍微: 0.6, 略: 0.6, 略微: 0.6,
};

/**
 * The customer's own verdict on the whole: coming back or buying again, recommending, value for money, or never again,
 * regret, a warning to others. Said in the last sentence of a longer message, it weighs more (sentiment-zh.ts).
 */
export const ZH_VERDICTS: ReadonlySet<string> = new Set([
  '推荐', '值得', '还会再来', '会再来', '下次还', '还会买', '回购', '再次购买', '还会来', '下次还来', '下次还会', '还会光顾',
  '再来光顾', '再次光顾', '回头客', '还会入住', '再次入住', '还会选择', '首选', '值得推荐', '强烈推荐', '推荐大家', '值得购买',
  '值得入手', '还会回购', '会回购', '继续支持', '继续购买', '物超所值', '物有所值', '性价比高', '超值', '好评', '五星', '满分',
  '不会再', '再也不', '别买', '不要买', '千万别', '千万不要', '最后一次', '没下次', '拉黑', '不值', '不值得', '后悔', '上当',
  '不买了', '不会买', '别再买', '谁买谁后悔', '慎买', '慎入', '慎选', '差评', '性价比低', '性价比差', '性价比不高', '不划算',
]);

/**
 * Words after which the rest of the sentence carries more weight than what came before ("位置不错，但是房间太小" is a
 * complaint about the room).
 */
export const ZH_CONTRAST: readonly string[] = ['但是', '但', '可是', '不过', '然而', '却'];

export type ZhMarker =
  | 'reservation' | 'concession' | 'exception' | 'summary' | 'wish' | 'expectation' | 'rhetoric' | 'claim' | 'question'
  | 'condition' | 'soleMerit';

/**
 * Discourse markers (how each weighs the words in its scope is in sentiment-zh.ts):
 * - reservation: after praise, a small flaw rather than the verdict ("挺好的，就是有点贵").
 * - concession: the clause conceded before a contrast ("虽然有点贵，但是质量很好").
 * - exception: the one thing set apart from the verdict ("除了包装有点破，其他都很好").
 * - summary: the verdict ("总的来说还不错").
 * - wish: a hoped-for or feared state, not a fact ("希望不要让我失望").
 * - expectation: what the customer expected, which did not happen ("本以为很好用").
 * - rhetoric: a rhetorical question or sneer, where praise means its opposite ("这也叫五星级？").
 * - claim: what someone else claims ("号称最好", "所谓的五星级"): praise in the claim's clause means its opposite; the
 *   clauses after it are the customer's own words ("号称是潘苹果，这个苹果呢非常好").
 * - question: whether something holds ("是否正品", and the A-not-A questions: "是不是正品"): the praise after it is
 *   asked about, not stated.
 */
export const ZH_MARKERS: Readonly<Record<string, ZhMarker>> = {
  就是: 'reservation', 只是: 'reservation', 唯一: 'reservation', 唯一的: 'reservation', 美中不足: 'reservation',
  不足的是: 'reservation', 不足之处: 'reservation', 唯一不足: 'reservation', 缺点是: 'reservation', 稍有: 'reservation',
  缺点: 'reservation', 不足: 'reservation', 可惜: 'reservation', 可惜的是: 'reservation', 遗憾的是: 'reservation',
  遗憾: 'reservation',
  虽然: 'concession', 虽: 'concession', 虽说: 'concession', 尽管: 'concession', 固然: 'concession',
  除了: 'exception', 除去: 'exception',
  总的来说: 'summary', 总的说来: 'summary', 总的来讲: 'summary', 总体来说: 'summary', 总体来讲: 'summary', 总体上: 'summary',
  总体: 'summary', 总体而言: 'summary', 总之: 'summary', 总而言之: 'summary', 综上: 'summary', 综合来看: 'summary',
  整体来说: 'summary', 整体上: 'summary', 整体: 'summary', 总的感觉: 'summary', 总评: 'summary', 总结: 'summary',
  希望: 'wish', 但愿: 'wish', 不要让: 'wish', 别让: 'wish', 期待: 'wish', 期望: 'wish', 担心: 'wish', 生怕: 'wish',
  以为: 'expectation', 本以为: 'expectation', 原以为: 'expectation', 还以为: 'expectation', 本来以为: 'expectation',
  原本以为: 'expectation', 满以为: 'expectation',
  难道: 'rhetoric', 这也叫: 'rhetoric', 这也算: 'rhetoric',
  // Said to the company about what it did ("你们这样好么？", "你们这么做合适吗"): praise there is a reproach.
  是否: 'question',
  你们这样: 'rhetoric', 你们这么: 'rhetoric', 你们就这样: 'rhetoric', 你哋咁样: 'rhetoric', 所谓的: 'claim', 号称: 'claim',
  // What the seller said it was ("说是实木，其实是颗粒板", "说是新鲜现摘"): praise there is the claim, not the verdict.
  说是: 'claim', 宣称: 'claim',
  // The store's own words, said back to it ("这就是你们说的正品？", "别再跟我说耐心等待了").
  你们说的: 'claim', 你们所说的: 'claim', 你们口中的: 'claim', 别跟我说: 'claim', 别再跟我说: 'claim', 不要跟我说: 'claim',
  不要再跟我说: 'claim', 别再说: 'claim',
  // A fault supposed in order to ask the rule ("如果到货时有破损，我可以拒收吗", "万一坏了怎么办"): weighed lightly, to the
  // end of its clause; the consequence after the comma ("如果再不发货，我就投诉") is read in full.
  如果: 'condition', 假如: 'condition', 万一: 'condition', 要是: 'condition', 假设: 'condition', 倘若: 'condition',
  如若: 'condition', 若是: 'condition',
};

/**
 * Emoticons and emoji (emoji.ts, shared with English), read before punctuation so that ":)" is not a clause end. Text
 * is lower-cased and NFKC-normalised first ("T_T" → "t_t", "❤️" → "❤" + variation selector).
 */
export const ZH_EMOTICONS: Readonly<Record<string, number>> = {
  ...EMOJI_VALENCE,
  ':)': 1.5, ':-)': 1.5, '^_^': 1.5, '^^': 1, '^o^': 1.5, ':(': -1.5, ':-(': -1.5, 't_t': -1.5, 't.t': -1.5,
  '-_-': -1, '-_-||': -1.5, 'orz': -1, '[赞]': 2, '[good]': 2, '[鼓掌]': 2, '[哈哈]': 1.5, '[爱你]': 2, '[怒]': -3, '[抓狂]': -2.5,
  '[衰]': -2, '[泪]': -1, '[鄙视]': -3, '[怒骂]': -3.5,
};

/**
 * Neutral compounds that contain a negator or a sentiment character: matched as a whole so that their characters do
 * not count ("不过" is "but", "不好意思" is "excuse me", "差不多" is "about", "千万" is "by all means", "快递" is
 * "courier").
 */
export const ZH_NEUTRAL: readonly string[] = [
  // "都好意思卖": shame denied, not "好" (the reproach is read from the frame, sentiment-zh-frames.ts).
  '好意思',
  '不仅', '不但', '不管', '不论', '无论', '不少', '不久', '不同', '不断', '不然', '要不然', '不得不', '差不多',
  '不一定', '没想到', '不知道', '不知', '不用', '不用说', '不好意思', '不客气', '没关系', '不要紧', '要不是',
  '不光', '不只', '不禁', '好不容易', '不得了', '无所谓', '毫无疑问', '无疑', '好像', '好几', '好多', '好久',
  '好些', '只好', '快递', '尽快', '赶快', '快点', '加快', '快要', '差点', '差价', '差额', '一点',
  '有没有', '是不是', '能不能', '会不会', '要不要', '好不好', '行不行', '对不对', '可不可以', '值不值', '没多久',
  '无线', '无糖', '无需', '无须', '非常规', '不停', '不住', '忍不住', '了不起', '不错过', '问题是', '有问题吗',
  '千万', '坏处', '别人', '别的', '别处', '区别', '分别', '慢慢', '个别', '无论如何', '非得', '除非', '是非', '并且',
  '卡片', '银行卡', '信用卡', '会员卡', '卡号', '贵宾', '贵州', '高贵', '宝贵', '珍贵', '尊贵', '冷气', '冷藏',
  '冷冻', '酸奶', '苦瓜', '硬件', '硬盘', '烂漫', '小时', '一般来说', '一般情况', '陈旧感', '相差', '差异',
  '差别', '时差', '出差', '破灭', '破洞', '突破', '还没用', '没用过', '没使用', '美的', '美其名曰', '卡槽', '卡片机',
  '垃圾箱', '垃圾桶', '垃圾袋', '垃圾分类', '垃圾车', '垃圾邮件', '垃圾信件', '垃圾信箱', '垃圾短信', '就好了', '才好', '假期', '放假', '请假', '假日', '五分之', '分之', '不了解', '少不了', '免不了', '大不了', '不上班', '卫生间', '靠近', '处理好',
  '收拾好', '整理好', '准备好', '弄好', '做好', '搞好', '修好', '妈妈的', '五分钟', '幸亏', '多亏', '亏得',
  '装好', '安排好', '打扫好', '调好', '放好', '包好', '说好', '约好', '订好', '定好', '选好', '想好', '好了吗',
  // Greetings ("你好，我的快递…") and a variant spelling of 好像: neither praises.
  '你好', '您好', '你们好', '大家好', '好象',
  // "I have a question" (我有个问题想问) asks; "CP值" alone names value for money, it does not praise it.
  '我有个问题', '我有一个问题', '有个问题想', 'cp值',
  // "One may say" and "for me" (可以说是最好的, 对我来说是很方便的): the customer's own verdict follows, not a claim (说是).
  '可以说', '来说', '应该说',
  // Asking how to do something (怎么办理, not 怎么办), asking politely (麻烦帮我…), giving in (好吧) and surprise (好家伙).
  '怎么办理', '办理', '麻烦你', '麻烦您', '麻烦帮', '好吧', '好家伙',
  // Curious, at any rate, not short of money; a step finished (下载好了, 设置好): no praise in their 好 / 差.
  // "怎么破" is slang for "how do I get past this", a question, not damage.
  '怎么破', '咋破', '如何破', '怎么破解',
  '好奇', '好歹', '不差钱', '下载好', '设置好', '安装好', '填好', '写好', '改好',
  // "Don't let me down": a hope said before anything has gone wrong.
  '别让我失望', '不要让我失望', '别让人失望', '不要让人失望', '别让我们失望', '不要让我们失望',
  // A budget hotel, agreeing, Hong Kong and things that smell: no praise in 快捷 / 赞 / 香 there.
  '快捷酒店', '赞成', '赞同', '香港', '香烟', '香皂', '香蕉', '香水', '香格里拉', '来不及',
  // Compounds whose sentiment character means something else: top-up (充值), holiday (度假), a hotel's class
  // (五星级: "五星级酒店也就三星的水平" is no praise), a shortcut key, technical support, a coupon.
  '贵在', '产假', '病假', '婚假', '年假', '长假', '暑假', '寒假', '充值', '充了值', '增值', '面值', '数值', '值班', '度假', '休假', '五星级', '四星级', '三星级', '准五星', '准四星', '快捷键',
  '技术支持', '优惠券', '优惠劵', '好处费', '好友', '好评返现',
  // What would be better ("如果早餐丰富些会更好", "服务再热情点就更好了") is neither praise nor, alone, a complaint.
  '会更好', '就更好', '会更加好', '就更加好',
  // Boiling and rolling, not "get lost" (滚): 滚水, 滚烫, 滚油, 滚开的水, 滚筒.
  '滚水', '滚烫', '滚油', '滚开的', '滚热', '滚筒', '滚动', '滚轮',
  // Kinds of things named with an angry word: scam texts and the fight against them (诈骗短信, 防诈骗: someone else's
  // fraud, named).
  '诈骗短信', '诈骗短讯', '诈骗电话', '诈骗邮件', '诈骗网站', '诈骗链接', '诈骗信息', '诈骗集团', '防诈骗', '反诈骗',
  // Goods named with 湿 (damp, a hotel's flaw): a dehumidifier, wet wipes, moisturiser, humidity (除湿机, 湿巾, 保湿霜, 湿度).
  '除湿', '去湿', '防湿', '抽湿', '保湿', '补湿', '湿巾', '湿纸巾', '湿度', '加湿', '干湿', '湿敷',
  // Skin care that removes dead skin (去死皮, 死皮, 去角质) or cleans corners (去死角): no 去死 ("drop dead") in them.
  '去死皮', '死皮', '去死角', '死角',
];

/**
 * Plain adjectives of size, amount, time or taste: neutral alone ("房间大"), a complaint after a degree word of excess
 * ("太小", "有点贵", "偏大", "过于简单").
 */
export const ZH_DIMENSIONS: readonly string[] = [
  '小', '大', '高', '低', '长', '短', '少', '久', '重', '轻', '厚', '细', '粗', '浅', '深', '淡', '咸', '油',
  '干', '远', '晚', '迟', '紧', '松', '简单', '复杂', '单一', '软', '空', '老', '热', '冷', '辣', '酸',
];
/**
 * The degree words (from ZH_DEGREE) that say "too much", and the valence of a dimension word after them: "太小" is a
 * complaint, "有点小" a remark that satisfied customers make too.
 */
export const ZH_EXCESS_DEGREES: Readonly<Record<string, number>> = wordTable({
  太: -1.5, 太过: -1.5, 过于: -1.5, 偏: -1, 有点: -0.5, 有点儿: -0.5, 有些: -0.5, 稍微: -0.3, 略: -0.3, 略微: -0.3,
});

/**
 * Words that report what happened to the goods, the delivery, the money or the account (broken, late, not received,
 * sent wrong, charged twice) or judge the goods themselves ("质量太差"), rather than how the customer feels about it
 * or about the people serving them, and praise of how things work ("合适",
 * "及时") whose negation is such a report ("不合适", "不及时"). They make a message negative, not emotional: "还没收到货"
 * is a question to answer, "垃圾公司 气死我了" a customer a person should take. Every other sentiment word (and
 * emoticon) is a feeling or a judgement.
 */
export const ZH_SITUATION: ReadonlySet<string> = new Set([
  // Faults and damage.
  '质量问题', '毛病', '问题', '故障', '坏', '坏了', '坏的', '损坏', '破损', '破', '裂', '碎', '漏', '漏水', '漏电', '死机', '黑屏',
  '蓝屏', '重启', '卡顿', '很卡', '太卡', '好卡', '有点卡', '卡死', '卡了', '卡得', '发热', '发烫', '烫手', '失灵', '失败', '错误',
  '无法', '不能', '不能用', '用不了', '没法用', '打不开', '开不了机', '连不上', '充不进电', '不显示', '不出水', '不制热', '不工作',
  '不灵', '没声', '没声音', '没反应', '不亮', '不充电', '充不了', '不识别', '识别不了', '不兼容', '上不了', '找不到', '装不上',
  '不了', '不上', '掉了', '没电', '没电梯', '没电视', '没电话', '不全', '用不惯', '难找', '没找着', '异常', '不正常', '模糊', '不清晰', '不好用', '难用', '摔', '弯',
  // Goods not as ordered.
  '过期', '快过期', '变质', '腐烂', '烂了', '烂的', '坏果', '发霉', '霉', '霉味', '掉色', '褪色', '起球', '开线', '脱线', '线头',
  '色差', '偏大', '偏小', '变形', '缩水', '掉毛', '起皮', '划痕', '瑕疵', '污渍', '缺', '缺货', '少发', '漏发', '错发', '发错',
  '发错了', '少了', '送错', '开错', '不对', '不符', '不一样', '不相符', '不相同', '大不相同', '小了', '大了', '短了', '薄了', '贵了',
  // Unlike the picture, told as a fact: "裤子跟图片差太多了" reports the item, the customer's feeling is in other words.
  '差很多', '差太多',
  '不合格', '不适合', '拆开过', '二手', '翻新', '旧', '脏',
  // Delivery, money, account.
  '慢', '很慢', '太慢', '超慢', '拖', '拖延', '延迟', '迟迟', '催', '漫长', '滞后', '晚点', '没收到', '未收到', '还没收到', '没到',
  '还没到', '没发货', '还没发货', '未发货', '不发货', '才到', '才送到', '才收到', '才发货', '没退款', '还没退款', '不退款', '不给退',
  '不给换', '被扣', '扣钱', '退货', '退款', '换货', '贵', '太贵', '偏贵', '降价', '跌价', '被拒', '拒绝', '没送', '没给', '怎么办',
  // Something missing, described ("门口什么都没有", "盒子里啥都没有"): a fact to answer, not anger.
  '什么都没有', '什么都没',
  // Food and delivery: what came, not how the customer feels about it.
  '寄丢', '丢件', '寄错', '退色', '洒了', '撒了', '漏了', '凉了', '冷了', '凉透', '少送', '漏送', '送晚了', '超时', '送餐慢', '量少', '分量少',
  '分量不足', '不好吃', '没味道', '没什么味道', '夹生', '没熟', '糊了', '馊', '变味', '有头发', '有虫', '还不如', '理想',
  '口味变了', '味道变了', '吃不下', '拉肚子', '等了好久', '等了很久', '等了半天', '等半天', '没有给',
  // A wait asked about ("怎么还没到", "为什么还不发货"): impatience with a delay, as "都三天了" is, reported and asked, not anger.
  '怎么还', '为什么还',
  '竟然', '居然', '到底', '无缘无故', '莫名', '没下文', '没有下文', '没消息', '没有消息', '一点消息也没有',
  '投诉', '过敏', '麻烦', '没人', '没有人', '一般', '一般般', '不行',
  // Praise of how things work: its negation reports a fault.
  '合适', '合身', '好用', '正常', '及时', '准时', '完整', '齐全', '新鲜', '快', '很快', '灵敏', '清晰', '流畅', '稳定', '够用', '相符',
  '方便', '舒服', '舒适',
  // Judgements of the goods themselves: a reason to return them, not anger at anyone ("质量太差了 能退吗").
  '差', '很差', '太差', '差劲', '极差', '奇差', '超差', '真差', '质量差', '做工差', '做工粗糙', '粗糙', '劣质', '次品', '残次品',
  '不值', '不值得', '难看', '难吃', '难喝', '难闻', '性价比低', '性价比差', '性价比不高', '不划算', '鸡肋', '不咋地', '不怎么样',
  '不咋的', '假货', '假的', '山寨', '伪劣',
]);
