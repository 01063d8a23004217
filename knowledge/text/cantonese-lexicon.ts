/**
 * Written Hong Kong Cantonese → Mandarin, for matching: what a customer in Hong Kong types in a chat box, folded to
 * the Mandarin a knowledge base is written in (冇收到 → 没有收到, 點樣退貨 → 怎么退货, 退返錢 → 退回钱).
 *
 * Sources and method. Compiled by hand from general knowledge of the written colloquial language, not from any
 * evaluation or development messages: the closed classes first (the Cantonese-only characters and function words, as
 * a grammar lists them: 嘅 咗 冇 唔 喺 畀/俾 佢 乜 咩 嘢 啲 嚟 噉 嗰, demonstratives 呢/嗰 + classifier, question
 * words 點/邊/幾 + noun, aspect 緊/咗/過, sentence-final particles), then time words (今日 聽日 琴日/噚日 而家 頭先),
 * the common verbs whose Mandarin equivalent is another word (搵 攞 睇 諗 揀 識 整 落 埋, verb + 返 "back"), and the
 * words of shopping, payment and delivery as Hong Kong shops and their customers use them (落單 張單 埋單 找錢 八達通
 * 轉數快 速遞 貨尾 減價 碼數 細碼). English words inside Chinese sentences are in chinese-vocabulary.ts.
 *
 * Rules the table keeps:
 * - Keys are written as customers type them (traditional, Hong Kong forms). At load they are simplified by the same
 *   OpenCC chain as the customer's text (chinese-script.ts), because this table runs after it: one key then matches
 *   traditional, simplified and variant spellings alike (搵/揾, 噚/㖊).
 * - A key is never an ordinary Mandarin word with another meaning. Where a Cantonese character is also Mandarin (點
 *   "how" / 点击 "click", 未 "not yet" / 未来 "future", 返 "back" / 返回, 單 "order" / 单位 "unit", 整 "fix" / 整个
 *   "whole", 識 "know how" / 知识, 邊 "which" / 旁边, 仲 "still" / 仲裁, 呢 "this" / the Mandarin particle), only
 *   the longer Cantonese words are listed, never the character alone; 點 + a verb only where Mandarin's 点 ("click")
 *   cannot precede it (点取消, 点退出, 点付款 are clicks; 點樣, 點解, 點算, 點搞 are not).
 *   `test/knowledge/text/cantonese-lexicon.test.ts` checks that Mandarin text passes unchanged; so does comparing the
 *   folds of the Chinese review and complaint sets before and after a change (STC-3's Weibo complaints showed 调整好,
 *   一点点改正, 点退出 and 送返费 being cut before those keys went).
 * - 係 ("is") cannot wait for simplifying: OpenCC turns it into 系, which Mandarin reads in 系统, 关系, 联系. It is folded
 *   before, from the traditional character only (BEFORE_SIMPLIFYING).
 * - Longest match wins (one pass over a trie): 唔該 before 唔, 咗未 before 咗, 仲未 before 未.
 * - Values are simplified Mandarin; a sentence-final particle folds to a Mandarin particle the search ignores.
 */

/** Folded before the script is simplified (see the file's comment): the character OpenCC merges with a Mandarin one. */
export const BEFORE_SIMPLIFYING: ReadonlyArray<readonly [string, string]> = [
  ['係', '是'], ['唔係', '不是'], ['係咪', '是不是'], ['係唔係', '是不是'], ['即係', '就是'], ['就係', '就是'],
  ['咪係', '就是'], ['仲係', '还是'], ['但係', '但是'], ['都係', '都是'], ['淨係', '只是'], ['真係', '真是'],
  // Mandarin words written with 係 in traditional script keep it.
  ['關係', '关系'], ['聯係', '联系'], ['係數', '系数'], ['係統', '系统'],
];

/** `Cantonese Mandarin` per line; `#` starts a comment. Keys in traditional script, simplified at load. */
const LEXICON = `
# Pronouns and demonstratives
佢 他
佢哋 他们
我哋 我们
你哋 你们
哋 们
呢個 这个
呢件 这件
呢度 这里
呢啲 这些
呢張 这张
呢對 这双
呢款 这款
呢隻 这只
呢部 这部
呢條 这条
呢排 最近
呢次 这次
呢份 这份
呢間 这家
嗰 那
嗰個 那个
嗰度 那里
嗰啲 那些
嗰陣 那时候
嗰排 那段时间
# Mandarin words that a Cantonese key would otherwise cut into: kept as they are (longest match reads them first).
早點 早点
晚點 晚点
一點 一点
有點 有点
差點 差点
快點 快点
重點 重点
地點 地点
几點 几点
幾點 几点
優點 优点
缺點 缺点
特點 特点
景點 景点
觀點 观点
要點 要点
起點 起点
終點 终点
站點 站点
網點 网点
節點 节点
焦點 焦点
旁邊 旁边
這邊 这边
那邊 那边
哪邊 哪边
左邊 左边
右邊 右边
上邊 上边
下邊 下边
裡邊 里边
外邊 外边
前邊 前边
後邊 后边
身邊 身边
周邊 周边
兩邊 两边
一邊 一边
半邊 半边
海邊 海边
路邊 路边
# Question words
乜 什么
乜嘢 什么
咩 什么
咩嘢 什么
乜野 什么
咩事 什么事
做咩 为什么
點樣 怎么
點解 为什么
點算 怎么办
點搞 怎么办
點做 怎么做
點先 怎么才
點計 怎么算
點寄 怎么寄
點處理 怎么处理
點俾 怎么付
點畀 怎么付
邊度 哪里
邊處 哪里
去到邊 到哪里
喺邊 在哪里
邊個 哪个
邊間 哪家
邊款 哪款
邊種 哪种
邊日 哪天
幾時 什么时候
幾耐 多久
# 耐 is "long (in time)": 好耐 "a long time", 咁耐 "so long". Mandarin's 耐 is "to endure" (耐用, 耐心, 耐看), and 好耐用
# ("very durable") is said in both: those keep their words.
好耐 好久
咁耐 这么久
好耐用 很耐用
好耐心 很耐心
好耐看 很耐看
好耐穿 很耐穿
好耐磨 很耐磨
好耐熱 很耐热
咁耐用 这么耐用
幾多 多少
幾多錢 多少钱
幾錢 多少钱
幾多日 几天
# 係咪 typed with 系, the character Hong Kong input often gives (係 is folded before simplifying, 系 cannot be)
系咪 是不是
系唔系 是不是
# Negation, existence, aspect
冇 没有
唔 不
唔該 请
唔該晒 谢谢
唔好 不要
唔好意思 不好意思
唔使 不用
唔駛 不用
唔得 不行
得唔得 可以吗
仲唔得 还不行
使唔使 需不需要
駛唔駛 需不需要
使乜 不用
唔知 不知道
唔識 不会
識唔識 会不会
唔記得 忘记
唔見 不见
唔夠 不够
唔啱 不合适
唔啱著 不合身
啱著 合身
著唔落 穿不下
好似 好像
啱 合适
唔系 不是
未到 没到
未收到 没收到
未收 没收
未寄 没寄
未發 没发
未退 没退
未有 没有
未見 没见
未出 没出
未送 没送
未處理 没处理
未回覆 没回复
未覆 没回复
未入 没入
仲未 还没
仲冇 还没有
仲有 还有
仲要 还要
仲可以 还可以
仲能 还能
仲喺 还在
仲唔 还不
咗 了
咗未 了没有
喺 在
# Particles and small words
嘅 的
啲 的
有啲 有些
快啲 快点
多啲 多点
少啲 少点
平啲 便宜点
# 平 is "cheap": 平咗 "got cheaper" (Mandarin's 平了 is "levelled", written without 咗).
平咗 便宜了
早啲 早点
遲啲 晚点
嘢 东西
嚟 来
咁 这么
噉 这样
咁樣 这样
噉樣 这样
同埋 和
㗎 的
喎 了
嘞 了
囉 了
喇 了
咯 了
噃 了
啩 吧
吖 啊
啫 而已
# Time (日 counts days in Cantonese: 三日 is three days)
一日 一天
兩日 两天
两日 两天
三日 三天
四日 四天
五日 五天
六日 六天
七日 七天
十日 十天
幾日 几天
呢幾日 这几天
今日 今天
聽日 明天
琴日 昨天
噚日 昨天
尋日 昨天
前日 前天
後日 后天
# 即日送 / 即日到 "delivered the same day" (Mandarin 即日 alone is "from today", as in 即日起: only the delivery words).
即日送 当天送
即日送到 当天送到
即日到 当天到
即日派 当天派送
而家 现在
依家 现在
頭先 刚才
啱啱 刚刚
一陣間 一会儿
成日 经常
上個禮拜 上周
下個禮拜 下周
# Verbs
搵 找
搵唔到 找不到
攞 拿
攞貨 取货
睇 看
諗 想
話畀 告诉
話俾 告诉
# 話俾我知 "let me know": the 知 ("know") belongs to 話俾 and Mandarin says 告诉我 alone (告诉我知 cuts a word 知 no
# article has); the same with 聽 ("hear").
話俾我知 告诉我
話畀我知 告诉我
話俾我聽 告诉我
話畀我聽 告诉我
話俾你知 告诉你
話畀你知 告诉你
話俾佢知 告诉他
話畀佢知 告诉他
話俾我哋知 告诉我们
話畀我哋知 告诉我们
話俾人知 告诉别人
話畀人知 告诉别人
# 電話俾我 is "a phone call to me", not 電 + 話俾 ("tell"): 打個電話俾我 is 打个电话给我.
電話俾 电话给
電話畀 电话给
話咗 说了
系統話 系统说
速遞話 快递说
物流話 物流说
佢話 他说
佢哋話 他们说
話已經 说已经
畀 给
俾 给
俾人 被人
整返 修好
整爛 弄坏
整壞 弄坏
整唔見 弄丢
整錯 弄错
整唔到 弄不了
# 開唔到 "won't turn on / won't open" (開唔到機, 部機開唔到); 入面 "inside" (盒入面, 袋入面).
開唔到 开不了
開唔著 开不了
入面 里面
爛咗 坏了
壞咗 坏了
唔見咗 不见了
寄失 寄丢
收返 收回
退返 退回
攞返 拿回
拎返 拿回
畀返 还给
俾返 还给
寄返 寄回
換返 换回
轉返 转回
補返 补回
改返 改回
有返貨 补货
放工 下班
收工 下班
返嚟 回来
返去 回去
返到 回到
搞掂 搞定
嬲 生气
攰 累
瞓 睡
# Shopping, payment, delivery
落單 下单
落訂 下单
落咗單 下了单
張單 订单
呢張單 这个订单
埋單 结账
找數 付款
俾錢 付款
畀錢 付款
找錢 找零
退錢 退款
扣錢 扣款
港紙 港币
過數 转账
速遞 快递
貨尾 尾货
減價 降价
劈價 降价
碼數 尺码
細碼 小码
太細 太小
好細 很小
細件 小件
細個 小个
細咗 小了
底衫 内衣
底褲 内裤
底衫褲 内衣裤
# Goods by their Hong Kong names (衫 alone is no key: 衬衫 is Mandarin)
件衫 件衣服
啲衫 些衣服
買衫 买衣服
花樽 花瓶
雪櫃 冰箱
冷氣機 空调
電飯煲 电饭锅
銀包 钱包
波鞋 运动鞋
# Weather and the rest (out-of-scope talk reads as Mandarin too)
落雨 下雨
打風 台风
好食 好吃
`;

/** The lexicon's entries, keys as written (traditional). */
export const CANTONESE_LEXICON: ReadonlyArray<readonly [string, string]> = entriesOf(LEXICON);

function entriesOf(table: string): Array<readonly [string, string]> {
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from, to] = line.split(/\s+/);
      return [from, to] as const;
    });
}

/**
 * Words that are Cantonese only in Cantonese: applied when the text is written Cantonese (it has a Cantonese character
 * or a word of the lexicon above), after that lexicon, to its Mandarin output. 細 is "small" in Cantonese and "thin,
 * fine" in Mandarin (详细, 仔细 keep it); 先 after a wait is "only then" (幾多日先到); 是咪 is what is left of 即係咪.
 */
const IN_CONTEXT = `
细 小
细细 很小
详细 详细
仔细 仔细
细节 细节
细心 细心
细致 细致
明细 明细
细则 细则
细分 细分
精细 精细
纤细 纤细
粗细 粗细
底细 底细
细菌 细菌
细胞 细胞
细微 细微
细腻 细腻
先到 才能到
先到先得 先到先得
先收到 才收到
先可以 才可以
先能 才能
是咪 是不是
# 揀 "choose" (揀錯咗 "chose the wrong one"): Mandarin's 拣 is "pick, sort" (分拣中心, 拣货, 挑拣), which it keeps.
拣 选
分拣 分拣
拣货 拣货
挑拣 挑拣
拣选 拣选
# 話我知 "tell me" (Cantonese only in Cantonese: Mandarin's 的话我知道 "if so, I know" keeps its words).
话我知 告诉我
话我知道 话我知道
多少日 几天
# 去咗邊 "where has it gone": 邊 alone is "side" in Mandarin (旁边), after 去了 it asks where.
去了边 去了哪里
到了边 到了哪里
# A verb + 多 + a count is "one more" (問多個問題 "ask one more question"), not Mandarin's "many".
问多个 问一个
问多一个 问一个
问多次 问一次
问多句 问一句
好多日 好多天
报数 报销
报公数 报销
`;

/** IN_CONTEXT's entries (simplified Mandarin keys: they read the lexicon's output). */
export const CANTONESE_IN_CONTEXT: ReadonlyArray<readonly [string, string]> = entriesOf(IN_CONTEXT);
