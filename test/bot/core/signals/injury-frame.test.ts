import { injuriesInParts } from '../../../../bot/core/signals/injury-frame';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? injuriesInParts(normalizeEnglish(text), '') : injuriesInParts('', normalizeChinese(foldChinese(text)));

// Someone's body and what happened to it, a person and a mishap, a loop round a neck, a near miss: told apart.
const INJURIES: Array<[string, 'en' | 'zh', string[]]> = [
  ['the blade snapped and went into my palm. 4 stitches', 'en', ['palm … stitches']],
  ['my eyes are still stinging from the fumes', 'en', ['eyes … stinging']],
  ['got a proper buzz up my arm off the lamp', 'en', ['buzz … arm']],
  ['the hinge trapped her little fingers', 'en', ['trapped … fingers']],
  ["the baby's hand got crushed in the fold", 'en', ['hand … crushed']],
  ['my dad tripped on the corner of the rug, he is 82', 'en', ['dad … tripped']],
  ['our 3 year old fell off the stool when the leg gave way', 'en', ['old … fell']],
  ['she slid down under the tray', 'en', ['she slid']],
  ['the straps ended up round her neck', 'en', ['straps … round … neck']],
  ['the shelf came down in the night, that could have been it', 'en', ['could have been it']],
  ['婴儿床的床板塌下去 宝宝卡在缝里一直哭', 'zh', ['宝宝…卡在']],
  ['书柜倒了 砸到我妈的脚', 'zh', ['我妈…砸到']],
  // A body snapped, told right after it, or snapped by something.
  ['椅子塌了 我的腿断了', 'zh', ['腿…断了']],
  ['柜门夹断了我的手指', 'zh', ['手指…夹断']],
  ['抽屜夾到我個仔隻手指', 'zh', ['手指…夹到']],
  // Anyone's forearm or calf, a friend or a guest; a burn told as what it raised (烫出泡).
  ["the drone's propeller guard came loose and sliced my friend's forearm, pretty deep", 'en', ['sliced … forearm']],
  ['our guest tripped over the loose cable and landed on the tiles', 'en', ['guest … tripped']],
  ['my dad got knocked over by the door when it swung open', 'en', ['dad … knocked']],
  ['电热毯用了一晚上 腿上烫出好几个泡', 'zh', ['腿…烫出']],
  ['暖手寶太燙 手背燙起一個水泡', 'zh', ['手…烫起']],
  // Something hot reaching someone: a scald told by what happened.
  ['the coffee maker spat boiling water onto my wrist', 'en', ['boiling water … wrist']],
  ["hot oil from the air fryer splashed on my daughter's arm", 'en', ['hot oil … arm']],
  ['开水溅到宝宝脸上了', 'zh', ['开水…溅…宝宝']],
  ['熱水噴到我手臂 紅咗一大片', 'zh', ['热水…喷…手臂']],
  // A fall and what it left.
  ['椅子腿突然断了 我爸摔了一跤 腰起不来了', 'zh', ['我爸…摔了一跤']],
  ['梯子滑咗 我阿媽跌倒咗', 'zh', ['阿妈…跌倒']],
];
const NOT_INJURIES: Array<[string, 'en' | 'zh']> = [
  // A thing's parts snapped: a chair's leg, a cup's handle, a hair tie, glasses' arms.
  ['椅子腿断了 刚收到的', 'zh'],
  ['杯子把手断了 能补发一个吗', 'zh'],
  ['头绳断了 能换吗', 'zh'],
  ['眼镜腿断了 保修吗', 'zh'],
  ['the chair leg snapped', 'en'],
  ['the stitches on my sleeve came apart', 'en'],
  ['my back hurts, what painkillers should i take', 'en'],
  ['i cut the box open and the vase was broken', 'en'],
  ['my hands are full with the kids, can you call me', 'en'],
  ['the arm of the sofa is cut', 'en'],
  ['she fell in love with the dress', 'en'],
  ['my son was not cut, just scared', 'en'],
  ['the price could have been much better', 'en'],
  ['手机卡住了 开不了机', 'zh'],
  ['插头卡住了拔不出来', 'zh'],
  ['桌脚压到地毯了 有印子', 'zh'],
  ['奶嘴夹住了吸管', 'zh'],
  ["my friend's forearm is in the photo for scale", 'en'],
  ['衣服被熨斗烫出一个洞', 'zh'],
  ['桌子被鍋燙出一個白印', 'zh'],
  ['boiling water spilled on the worktop, does the kettle have a lid lock', 'en'],
  ['热水洒在地上了 水壶漏水', 'zh'],
  ['手机摔了一下 屏幕裂了', 'zh'],
  ['花瓶从桌上摔下来碎了', 'zh'],
  // A mishap's verb done by someone to a thing: the cat knocked the lamp, it did not get knocked.
  ["my cat knocked the lamp off the table and now it's broken, does the warranty cover that?", 'en'],
  ['the dog knocked over a glass of water onto the charger', 'en'],
];

describe('injuries told in parts', () => {
  test.each(INJURIES)('%s → %j', (text, lang, evidence) => {
    expect(read(text, lang)).toEqual(evidence);
  });
  test.each(NOT_INJURIES)('no injury: %s', (text, lang) => {
    expect(read(text, lang)).toEqual([]);
  });
});
