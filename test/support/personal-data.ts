/**
 * Generated personal data as customers type it, in English and Chinese: card numbers of every scheme with any
 * separators (or glued to a word), e-mail addresses (internationalised and full-width ones too), phone numbers
 * (North American, Chinese mobile and landline, international) and Chinese identity numbers of 15 and 18 digits.
 * Seeded, so a failure can be reproduced.
 */
import { luhnValid } from '../../bot/core/redact';
import { seededRandom } from './hostile-text';

export interface PersonalDataSample {
  kind: 'card' | 'email' | 'phone' | 'id-number';
  /** As the customer typed it. */
  typed: string;
  /** What must not be found anywhere afterwards: the typed form, its NFKC form, and the bare digits of a number. */
  needles: string[];
}

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;
const fullWidth = (text: string) =>
  text.replace(/[0-9@.a-z+-]/g, (c) => (c === '.' ? '．' : c === '@' ? '＠' : c === '+' ? '＋' : c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + (/[0-9]/.test(c) ? FULL_WIDTH_OFFSET : 0xff41 - 0x61))));

/** The digit that makes `body` + digit pass the Luhn check. */
const luhnCheckDigit = (body: string) => '0123456789'.split('').find((d) => luhnValid(body + d))!;

export function personalDataSamples(count: number, seed = 20261122): PersonalDataSample[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
  const samples: PersonalDataSample[] = [];
  const seen = new Set<string>();
  const makers: Array<() => PersonalDataSample> = [card, email, phone, idNumber];

  function card(): PersonalDataSample {
    const [prefix, length] = pick([['4', 16], ['4', 13], ['51', 16], ['55', 16], ['2221', 16], ['2720', 16], ['34', 15], ['37', 15], ['6011', 16], ['62', 19], ['3528', 16], ['36', 14]] as const);
    const body = prefix + digits(length - prefix.length - 1);
    const number = body + luhnCheckDigit(body);
    const grouped = (sep: string) => number.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
    const typed = pick([number, grouped(' '), grouped('-'), grouped('.'), grouped(' - '), `card${number}`, fullWidth(grouped(' '))]);
    return { kind: 'card', typed, needles: [typed, typed.normalize('NFKC'), number] };
  }

  function email(): PersonalDataSample {
    const names = ['jane.doe', 'li.wei', 'zhang_san', 'ann+shop', 'k.smith88', 'wang.fang'];
    const cjkNames = ['张三', '李四', '王芳', '陈静'];
    const typed = pick([
      () => `${pick(names)}${digits(3)}@${pick(['example.com', 'mail.example.co.uk', 'qq.com', '163.com'])}`,
      () => `${pick(cjkNames)}${pick(['', '', '小'])}@${pick(['例子.中国', '邮件.公司', '示例.网络'])}`,
      () => fullWidth(`${pick(names)}${digits(2)}@example.com`),
      () => `${pick(names)}${digits(2)}@xn--fiqs8s.xn--55qx5d`,
    ])();
    return { kind: 'email', typed, needles: [typed, typed.normalize('NFKC')] };
  }

  function phone(): PersonalDataSample {
    const area = String(2 + Math.floor(random() * 8)) + digits(2);
    const exchange = String(2 + Math.floor(random() * 8)) + digits(2);
    const line = digits(4);
    const mobile = `1${pick(['3', '5', '7', '8', '9'])}${digits(9)}`;
    const landline = `0${pick(['10', '21', '755', '571'])}`;
    const subscriber = String(2 + Math.floor(random() * 7)) + digits(7);
    const typed = pick([
      `${area} ${exchange} ${line}`,
      `${area}${exchange}${line}`,
      `(${area}) ${exchange}-${line}`,
      `${area}-${exchange}-${line}`,
      `+1 ${area} ${exchange} ${line}`,
      mobile,
      `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`,
      `+86 ${mobile}`,
      fullWidth(mobile),
      `${landline}-${subscriber}`,
      `(${landline}) ${subscriber.slice(0, 4)} ${subscriber.slice(4)}`,
      `+44 20 ${digits(4)} ${digits(4)}`,
    ]);
    const bare = typed.normalize('NFKC').replace(/\D/g, '');
    return { kind: 'phone', typed, needles: [typed, typed.normalize('NFKC'), bare] };
  }

  function idNumber(): PersonalDataSample {
    const area = pick(['110105', '310104', '440305', '330106', '510107']);
    const year = 1950 + Math.floor(random() * 60);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const sequence = digits(3);
    const typed = pick([
      () => {
        const body = `${area}${year}${month}${day}${sequence}`;
        return body + chineseIdCheck(body);
      },
      () => `${area}${String(year).slice(2)}${month}${day}${sequence}`,
    ])();
    return { kind: 'id-number', typed, needles: [typed] };
  }

  for (let i = 0; samples.length < count; i++) {
    const sample = makers[i % makers.length]();
    if (seen.has(sample.typed)) continue;
    seen.add(sample.typed);
    samples.push(sample);
  }
  return samples;
}

/** ISO 7064 MOD 11-2, the 18th character of a Chinese identity number. */
function chineseIdCheck(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, d, i) => total + Number(d) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

/** English and Chinese sentences a customer writes around a piece of personal data. */
export function sentenceWith(sample: PersonalDataSample, index: number): string {
  const en: Record<PersonalDataSample['kind'], string[]> = {
    card: ['my card is {x} thanks', 'I paid with {x} yesterday', 'charge {x} again?'],
    email: ['mail me at {x}', 'my email is {x} please reply', 'contact {x}'],
    phone: ['call me on {x}', 'my number is {x}', 'phone {x} after 5pm'],
    'id-number': ['my ID is {x}', 'passport or id {x}'],
  };
  const zh: Record<PersonalDataSample['kind'], string[]> = {
    card: ['我的卡号是{x}谢谢', '用{x}付的款'],
    email: ['我的邮箱是{x}', '请发邮件到{x}谢谢'],
    phone: ['我的电话{x}', '手机号是{x}，请回电'],
    'id-number': ['身份证号{x}', '我的身份证是{x}'],
  };
  const templates = index % 2 === 0 ? en[sample.kind] : zh[sample.kind];
  return templates[index % templates.length].replace('{x}', sample.typed);
}
