import { withoutAnimalIllness } from '../../../../bot/core/signals/animal-illness';
import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (phrases: string[], text: string) => withoutAnimalIllness(phrases, normalizeEnglish(text), '');
const zh = (phrases: string[], text: string) => withoutAnimalIllness(phrases, '', normalizeChinese(foldChinese(text)));
const level = (text: string, lang: 'en' | 'zh') => detectComplaintLevel(lang === 'zh' ? foldChinese(text) : text, lang).level;

// [safety phrases found, message]: an animal's illness with no cause told, as the reason for an order.
const ENGLISH_REASONS: Array<[string[], string]> = [
  [['got sick'], 'my cat got sick on the rug so i need the carpet cleaner fast, whats the quickest shipping'],
  [['been ill'], 'my puppy has been ill all week so i need the puppy pads quickly, how fast is next day delivery'],
  [['vomiting'], 'our old dog keeps vomiting at night, do you sell washable bed covers?'],
];
const ENGLISH_INCIDENTS: Array<[string[], string]> = [
  [['got sick'], 'my dog got sick after eating the treats you sold me'],
  [['vomiting'], 'my cat has been vomiting since eating your cat food, can i return it'],
  [['got sick'], 'my dog got sick, is it the food you sent?'],
  // A person's illness is not an animal's.
  [['got sick'], 'my son got sick, is there a faster delivery option for the humidifier?'],
  [['got sick'], 'my son and the dog both got sick, can you deliver the cleaner faster?'],
];
const CHINESE_REASONS: Array<[string[], string]> = [
  [['呕吐'], '我家猫咪呕吐了 想买猫草 最快几天到'],
  [['拉肚子'], '狗狗拉肚子 尿墊可以快點發貨嗎'],
  // The animal's clinic, as its hospital: the rule reads 诊所.
  [['诊所'], '我家狗狗在宠物诊所住院 请问狗粮什么时候到'],
  [['诊所'], '隻貓喺寵物診所留醫 貓砂幾時到貨'],
];
const CHINESE_INCIDENTS: Array<[string[], string]> = [
  [['吃了你们卖的猫粮生病了'], '我家猫吃了你们卖的猫粮 生病了 去了医院'],
  [['拉肚子'], '我家狗用咗你哋嘅沐浴露之後拉肚子 可唔可以退款'],
  [['呕吐'], '孩子呕吐了 可以快点送吗'],
  [['呕吐'], '孩子和狗狗都呕吐了 可以快点送吗'],
  [['诊所'], '我家狗吃了你们的狗粮 在宠物诊所 能退吗'],
  [['诊所'], '狗狗在宠物诊所 我儿子也去了诊所 可以快点送吗'],
];

describe('withoutAnimalIllness', () => {
  it.each(ENGLISH_REASONS)('sets aside %j in %s', (phrases, text) => {
    expect(en(phrases, text)).toEqual([]);
  });
  it.each(ENGLISH_INCIDENTS)('keeps %j in %s', (phrases, text) => {
    expect(en(phrases, text)).toEqual(phrases);
  });
  it.each(CHINESE_REASONS)('sets aside %j in %s', (phrases, text) => {
    expect(zh(phrases, text)).toEqual([]);
  });
  it.each(CHINESE_INCIDENTS)('keeps %j in %s', (phrases, text) => {
    expect(zh(phrases, text)).toEqual(phrases);
  });
});

describe("an animal's illness through the complaint rules", () => {
  it.each<[string, 'en' | 'zh']>([
    ['my cat got sick on the rug so i need the carpet cleaner fast, whats the quickest shipping', 'en'],
    ['my puppy has been ill all week so i need the puppy pads quickly, how fast is next day delivery', 'en'],
    ['我們家的貓咪生病了 想買寵物濕巾 請問最快幾天到', 'zh'],
    // The hospital is the animal's (a vet's), in every place it stands.
    ['狗狗生病了 一直在宠物医院 忘了退货 现在还来得及吗', 'zh'],
    ['我隻貓病咗 成個禮拜喺寵物醫院 仲可唔可以退貨', 'zh'],
    ['my dog has been poorly and at the animal hospital all week, is it too late to return the lead?', 'en'],
    // A hospital stay of the animal's, the animal its subject.
    ['我家狗狗住院了 心情很差 订单能取消吗', 'zh'],
    ['our dog is in hospital this week, can i pause my order', 'en'],
  ])('no incident: %s', (text, lang) => {
    expect(level(text, lang)).toBeNull();
  });
  it.each<[string, 'en' | 'zh']>([
    ['my dog got sick after eating the treats you sold me', 'en'],
    ['my cat got sick after eating your cat food, whats the quickest way to get a refund', 'en'],
    ['我家狗吃了你們賣的零食 一直吐 可以退款嗎', 'zh'],
    ['狗狗吃了你们的骨头 现在在宠物医院 怎么办', 'zh'],
    ['my dog is at the animal hospital after chewing your cable, what do I do?', 'en'],
    ['我的狗狗在宠物医院 我妈也住院了 退货期过了吗', 'zh'],
    ['我家狗吃了你们的狗粮住院了 能退吗', 'zh'],
    ['my son and the dog are in hospital, can i cancel my order', 'en'],
  ])('still an incident: %s', (text, lang) => {
    expect(level(text, lang)).toBe('L1');
  });
});
