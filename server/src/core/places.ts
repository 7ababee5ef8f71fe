// States and countries that investment copy names as where the money goes ("$40 billion in three new data centers in
// Texas", "在英国投资300亿美元"): the claims read a data-centre spend named with one as an investment there, and the
// checks compare a company's investments by place.

import { foldText } from './text/fold.ts';

/** Names in both scripts, keyed to one name. */
export const PLACE_ALIASES: Record<string, string> = {
  德州: 'texas', 得克萨斯: 'texas', 得克薩斯: 'texas', 德克萨斯: 'texas', 德克薩斯: 'texas', 威斯康星: 'wisconsin', 威斯康辛: 'wisconsin', 威州: 'wisconsin',
  // (Taiwan and Hong Kong copy shortens some states: 賓州, 北卡.)
  宾州: 'pennsylvania', 賓州: 'pennsylvania', 北卡: 'north carolina', 南卡: 'south carolina', 俄亥俄: 'ohio', 路易斯安那: 'louisiana', 印第安纳: 'indiana', 印第安納: 'indiana',
  亚利桑那: 'arizona', 亞利桑那: 'arizona', 宾夕法尼亚: 'pennsylvania', 賓夕法尼亞: 'pennsylvania', 马来西亚: 'malaysia', 馬來西亞: 'malaysia',
  弗吉尼亚: 'virginia', 維吉尼亞: 'virginia', 维吉尼亚: 'virginia', 佐治亚: 'georgia', 喬治亞: 'georgia', 北卡罗来纳: 'north carolina', 北卡羅來納: 'north carolina',
  英国: 'uk', 英國: 'uk', 'united kingdom': 'uk', britain: 'uk', 日本: 'japan', 印度: 'india', 德国: 'germany', 德國: 'germany', 澳大利亚: 'australia', 澳洲: 'australia',
  阿联酋: 'uae', 阿聯酋: 'uae', 'united arab emirates': 'uae', 韩国: 'korea', 韓國: 'korea', 'south korea': 'korea',
  葡萄牙: 'portugal', 西班牙: 'spain', 爱尔兰: 'ireland', 愛爾蘭: 'ireland', 法国: 'france', 法國: 'france', 意大利: 'italy', 義大利: 'italy',
  荷兰: 'netherlands', 荷蘭: 'netherlands', 'the netherlands': 'netherlands', 瑞典: 'sweden', 挪威: 'norway', 芬兰: 'finland', 芬蘭: 'finland',
  丹麦: 'denmark', 丹麥: 'denmark', 波兰: 'poland', 波蘭: 'poland', 瑞士: 'switzerland', 巴西: 'brazil', 墨西哥: 'mexico', 加拿大: 'canada',
  智利: 'chile', 新加坡: 'singapore', 印尼: 'indonesia', 印度尼西亚: 'indonesia', 印度尼西亞: 'indonesia', 泰国: 'thailand', 泰國: 'thailand',
  越南: 'vietnam', 'viet nam': 'vietnam', 'czech republic': 'czechia', 菲律宾: 'philippines', 菲律賓: 'philippines', 沙特: 'saudi arabia', 沙特阿拉伯: 'saudi arabia',
  卡塔尔: 'qatar', 卡達: 'qatar', 以色列: 'israel', 南非: 'south africa', 肯尼亚: 'kenya', 肯亞: 'kenya', 新西兰: 'new zealand', 紐西蘭: 'new zealand',
  加州: 'california', 加利福尼亚: 'california', 佛罗里达: 'florida', 佛羅里達: 'florida', 内华达: 'nevada', 內華達: 'nevada', 犹他: 'utah', 猶他: 'utah',
  伊利诺伊: 'illinois', 伊利諾: 'illinois', 明尼苏达: 'minnesota', 明尼蘇達: 'minnesota', 内布拉斯加: 'nebraska', 內布拉斯加: 'nebraska',
  俄克拉荷马: 'oklahoma', 奧克拉荷馬: 'oklahoma', 阿拉巴马: 'alabama', 阿拉巴馬: 'alabama', 肯塔基: 'kentucky', 密苏里: 'missouri', 密蘇里: 'missouri',
  爱荷华: 'iowa', 愛荷華: 'iowa', 艾奥瓦: 'iowa', 俄勒冈: 'oregon', 俄勒岡: 'oregon', 密西西比: 'mississippi', 怀俄明: 'wyoming', 懷俄明: 'wyoming',
  田纳西: 'tennessee', 田納西: 'tennessee', 密歇根: 'michigan', 密西根: 'michigan', 南卡罗来纳: 'south carolina', 南卡羅來納: 'south carolina',
  比利时: 'belgium', 比利時: 'belgium', 奥地利: 'austria', 奧地利: 'austria', 希腊: 'greece', 希臘: 'greece', 捷克: 'czechia', 冰岛: 'iceland', 冰島: 'iceland',
  土耳其: 'turkey', 埃及: 'egypt', 摩洛哥: 'morocco', 尼日利亚: 'nigeria', 阿根廷: 'argentina', 哥伦比亚: 'colombia', 哥倫比亞: 'colombia',
  科罗拉多: 'colorado', 科羅拉多: 'colorado', 新墨西哥: 'new mexico', 北达科他: 'north dakota', 北達科他: 'north dakota',
  // Chinese provinces where data centres are built ("invest $1 billion in new data centers in Guizhou province").
  贵州: 'guizhou', 貴州: 'guizhou', 内蒙古: 'inner mongolia', 內蒙古: 'inner mongolia', 宁夏: 'ningxia', 寧夏: 'ningxia', 甘肃: 'gansu', 甘肅: 'gansu',
  青海: 'qinghai', 河北: 'hebei', 广东: 'guangdong', 廣東: 'guangdong', 江苏: 'jiangsu', 江蘇: 'jiangsu', 浙江: 'zhejiang', 四川: 'sichuan',
  'inner mongolia': 'inner mongolia', 柔佛: 'johor',
};

// Drafts are read folded character by character (text/fold.ts), which leaves characters outside its table as written:
// 賓夕法尼亞州 reads 賓夕法尼亚州. Each Chinese alias is known in that form too.
for (const name of Object.keys(PLACE_ALIASES)) {
  const folded = foldText(name);
  if (folded !== name && !(folded in PLACE_ALIASES)) PLACE_ALIASES[folded] = PLACE_ALIASES[name];
}

/** The states and countries in English (West Virginia before Virginia, which it contains) and the Chinese aliases. */
export const PLACE_NAMES = new RegExp(`\\b(?:Texas|Wisconsin|Ohio|Louisiana|Indiana|Arizona|Pennsylvania|Iowa|Oregon|Mississippi|Wyoming|Tennessee|Michigan|West Virginia|Virginia|North Carolina|South Carolina|Georgia|Malaysia|Japan|India|Germany|Australia|Ireland|Spain|France|Brazil|Mexico|Canada|South Korea|Korea|United Kingdom|Britain|UK|UAE|United Arab Emirates|Saudi Arabia|Portugal|Italy|(?:the )?Netherlands|Sweden|Norway|Finland|Denmark|Poland|Switzerland|Chile|Singapore|Indonesia|Thailand|Vietnam|Viet Nam|Philippines|Qatar|Israel|South Africa|Kenya|New Zealand|California|Florida|Nevada|Utah|Illinois|Minnesota|Nebraska|Oklahoma|Alabama|Kentucky|Missouri|Colorado|New Mexico|North Dakota|Belgium|Austria|Greece|Czechia|Czech Republic|Iceland|Turkey|Egypt|Morocco|Nigeria|Argentina|Colombia|Guizhou|Inner Mongolia|Ningxia|Gansu|Qinghai|Hebei|Guangdong|Jiangsu|Zhejiang|Sichuan|Johor)\\b|${Object.keys(PLACE_ALIASES).filter((k) => /[^\x00-\x7f]/.test(k)).sort((a, b) => b.length - a.length).join('|')}`, 'g');

/** The one place `text` names, by its key name; undefined when it names none or two different ones. */
export function onePlaceIn(text: string): string | undefined {
  let place: string | undefined;
  for (const m of text.matchAll(PLACE_NAMES)) {
    const lower = m[0].toLowerCase();
    const name = PLACE_ALIASES[lower] ?? lower;
    if (place && place !== name) return undefined;
    place = name;
  }
  return place;
}
