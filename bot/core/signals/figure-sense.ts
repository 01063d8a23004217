/**
 * A blast or a bleed whose sense the words around it fix as a figure or a technical term, not an incident:
 *
 * - a blast measured in something that cannot burn: "that headset exploded in popularity", "demand blew up in sales";
 * - the customer's own head or brain bursting, a figure of too much (too many choices, overtime): "my head is going to
 *   explode from all the choices 😂", 头都要爆炸了，加班到现在. A head is not goods; a charger, a battery or a phone
 *   named right before the blast keeps the incident ("the charger exploded and burnt my hand");
 * - a feeling's degree: 开箱快乐到爆炸 (happy "to bursting"), as 好看到爆炸 is praise (word-role.ts);
 * - a screen's "bleed" where the message names the display term (backlight bleed, light bleed, IPS glow): light leaking at
 *   a panel's edges. "the screen was bleeding some liquid and my kid touched it" names no such term and stays.
 */

/** What a blast is measured in: a showing or a count, none of which burns. */
const EN_MEASURED_AFTER = /^ in (?:popularity|demand|sales|price|prices|value|views|followers|size|numbers|interest|the charts|orders)\b/;

/** The customer's own head, brain or mind right before the blast, past a few words of tense or degree. */
const EN_HEAD_BEFORE =
  /\b(?:my|our) (?:head|heads|brain|brains|mind|skull)(?:'s| is| was| are| will| would| could| might| just| literally| actually| totally| about| going| gonna| to| almost| nearly| gon){0,6} $/;
const ZH_HEAD_BEFORE = /(?:头|脑袋|脑壳|头脑|脑子|头壳)(?:都|也|就|真的|真系|简直|直接|快|要|差点|好|超){0,6}$/;

/**
 * A feeling, then 到 or 得, then the blast as its degree: 快乐到爆炸, 兴奋得要爆炸. Not heat (热到爆炸 can be a battery
 * heating until it bursts) nor use (用到爆炸).
 */
const ZH_FEELING_DEGREE_BEFORE =
  /(?:快乐|高兴|兴奋|激动|幸福|感动|满足|惊喜|期待|烦|忙|无聊|尴尬|焦虑|紧张|困|饿|累|开森|欢乐|happy)(?:到|得)(?:要|快|快要|都)?$/;

/** The display sense of a bleed, named anywhere in the message. */
const EN_DISPLAY_BLEED = /\b(?:back ?light|back-light|light|colou?r|ips|edge|panel|led|lcd|oled) (?:bleed|bleeding|glow)\b/;
/** A display as the subject of the bleed. */
const EN_DISPLAY_BEFORE = /\b(?:screen|monitor|display|tv|panel|lcd|oled|laptop|backlight)(?:'s| is| was| are| were| has| been| keeps| started| literally| kinda| kind of| a bit| really){0,4} $/;

/** The blast at this place is a figure (see the file's comment); `before` and `after` are the text on either side. */
export function blastAsFigure(before: string, after: string, chinese: boolean): boolean {
  if (chinese) {
    const clause = before.slice(-16).replace(/^.*[，,。！!？?；;\s]/, '');
    return ZH_HEAD_BEFORE.test(clause) || ZH_FEELING_DEGREE_BEFORE.test(clause);
  }
  return EN_MEASURED_AFTER.test(after) || EN_HEAD_BEFORE.test(before.slice(-80));
}

/** The bleed at this place is a display's light leaking (see the file's comment). */
export function bleedOfADisplay(before: string, english: string): boolean {
  return EN_DISPLAY_BLEED.test(english) && EN_DISPLAY_BEFORE.test(before.slice(-60));
}
