import { electricalHazards } from '../../../../bot/core/signals/electrical-hazard';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (text: string) => electricalHazards(normalizeEnglish(text), '');
const zh = (text: string) => electricalHazards('', normalizeChinese(foldChinese(text)));

// A burning smell with an electrical thing or heat damage; a numb or tingling limb after touching something electrical.
const HAZARDS: Array<[string, 'en' | 'zh', string[]]> = [
  ['手表充电的时候爆了', 'zh', ['手表…爆了']],
  ['brushed the plug and my fingers were tingling for ages', 'en', ['fingers were tingling']],
  ['the metal casing gave me something, my whole arm is still tingly', 'en', ['whole arm is still tingly']],
  ['pins and needles in my hand after I switched the heater on', 'en', ['pins and needles in my hand']],
  ['the heater started making a popping noise', 'en', ['popping noise']],
  // Smoke from something on the mains, told with the verb.
  ['my phone is dead because your charger fried it and it smoked', 'en', ['smoked']],
  ['the plug smoked when i turned it on', 'en', ['smoked']],
  ['the plug is kind of melted at the prongs', 'en', ['melted']],
  ['插座旁边有股焦味', 'zh', ['焦味']],
  ['用了十分钟 风扇开始有糊味 电机还发烫', 'zh', ['糊味']],
  ['壺底一陣燒焦嘅味 仲黑咗一圈', 'zh', ['烧焦的味']],
  ['啱啱插電 手指即刻痹咗', 'zh', ['手指即刻痹']],
  ['碰了一下开关 手一阵发麻', 'zh', ['手一阵发麻']],
  // Wiring that must never get hot or blackened, told apart from the word for it.
  ['the plug on the heater has gone black round the pins', 'en', ['plug … gone black']],
  ['the wall socket is warm and the lamp flickers', 'en', ['socket … is warm']],
  ['the charger gets really hot when charging', 'en', ['charger … gets really hot']],
  ['the plug is a bit warm', 'en', ['plug … is a bit warm']],
  ['extension lead feels really hot to the touch', 'en', ['extension lead … feels really hot']],
  ['電暖器插頭整個燒黑了', 'zh', ['插头…烧黑']],
  ['個暖爐啲插頭燶晒', 'zh', ['插头…㶶']],
  ['插蘇熱辣辣 唔敢再用', 'zh', ['插苏…热辣辣']],
  // A colour named after a food is no food: the scorch is brown as coffee.
  ['電熱毯有焦味，中間一塊變咖啡色，小孩每天都蓋這條欸', 'zh', ['焦味']],
  ['暖风机出风口有糊味 外壳变成茶色了', 'zh', ['糊味']],
];
const NOT_HAZARDS: Array<[string, 'en' | 'zh']> = [
  // Smoked food, a smoked-glass lamp, a person smoking.
  ['smoked salmon gift box, can the charger come in the same parcel', 'en'],
  ['the smoked glass lamp arrived, can i get a second one', 'en'],
  ['i smoked a cigarette while waiting, did the charger ship', 'en'],
  // A face or a lens of a device cracked: glass, not a bang.
  ['兩萬蚊嘅手錶 收到個錶面爆咗', 'zh'],
  ['手机镜面爆了 能换新的吗', 'zh'],
  ['my lips tingle a little with this balm, is that normal', 'en'],
  ['my fingers were tingling from the cold while I waited for the courier', 'en'],
  ['the peppermint scrub makes my hands tingle', 'en'],
  ['the speaker makes a crackling sound at high volume', 'en'],
  ['the chocolate melted in the heat on the way', 'en'],
  // A charger warms as it works; hot, or a plug warm, is a fault.
  ['charger gets a bit warm when charging, is that normal?', 'en'],
  ['米饭有点糊味 是不是我水放少了', 'zh'],
  ['这咖啡豆焦味太重了', 'zh'],
  ['咖啡机煮出来的咖啡有焦味', 'zh'],
  ['充电器有股塑胶味 正常吗', 'zh'],
  ['没有焦味 插头也没发黑', 'zh'],
  ['腿坐麻了 快递还没到', 'zh'],
  ['手续太麻烦了 开关在哪', 'zh'],
  ['the heater gets really hot, is that normal', 'en'],
  ['is the charger supposed to get warm', 'en'],
  ['my phone charger cable is black, do you have a white one', 'en'],
  ['the socket is not warm at all', 'en'],
  ['the plug is hot pink, love it', 'en'],
  ['插头是黑色的吗 有白色吗', 'zh'],
  ['插座没有发烫 就是不通电', 'zh'],
];

describe('electrical faults told in two parts', () => {
  test.each(HAZARDS)('%s → %j', (text, lang, evidence) => {
    expect(lang === 'en' ? en(text) : zh(text)).toEqual(evidence);
  });
  test.each(NOT_HAZARDS)('no hazard: %s', (text, lang) => {
    expect(lang === 'en' ? en(text) : zh(text)).toEqual([]);
  });
});
