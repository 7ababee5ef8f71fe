// States and countries that investment copy names as where the money goes ("$40 billion in three new data centers in
// Texas", "在英国投资300亿美元"): the claims read a data-centre spend named with one as an investment there, and the
// checks compare a company's investments by place.

/** Names in both scripts, keyed to one name. */
export const PLACE_ALIASES: Record<string, string> = {
  德州: 'texas', 得克萨斯: 'texas', 得克薩斯: 'texas', 威斯康星: 'wisconsin', 俄亥俄: 'ohio', 路易斯安那: 'louisiana', 印第安纳: 'indiana', 印第安納: 'indiana',
  亚利桑那: 'arizona', 亞利桑那: 'arizona', 宾夕法尼亚: 'pennsylvania', 賓夕法尼亞: 'pennsylvania', 马来西亚: 'malaysia', 馬來西亞: 'malaysia',
  弗吉尼亚: 'virginia', 維吉尼亞: 'virginia', 维吉尼亚: 'virginia', 佐治亚: 'georgia', 喬治亞: 'georgia', 北卡罗来纳: 'north carolina', 北卡羅來納: 'north carolina',
  英国: 'uk', 英國: 'uk', 'united kingdom': 'uk', britain: 'uk', 日本: 'japan', 印度: 'india', 德国: 'germany', 德國: 'germany', 澳大利亚: 'australia', 澳洲: 'australia',
  阿联酋: 'uae', 阿聯酋: 'uae', 'united arab emirates': 'uae', 韩国: 'korea', 韓國: 'korea', 'south korea': 'korea',
};

/** The states and countries in English (West Virginia before Virginia, which it contains) and the Chinese aliases. */
export const PLACE_NAMES = new RegExp(`\\b(?:Texas|Wisconsin|Ohio|Louisiana|Indiana|Arizona|Pennsylvania|Iowa|Oregon|Mississippi|Wyoming|Tennessee|Michigan|West Virginia|Virginia|North Carolina|South Carolina|Georgia|Malaysia|Japan|India|Germany|Australia|Ireland|Spain|France|Brazil|Mexico|Canada|South Korea|Korea|United Kingdom|Britain|UK|UAE|United Arab Emirates|Saudi Arabia)\\b|${Object.keys(PLACE_ALIASES).filter((k) => /[^\x00-\x7f]/.test(k)).join('|')}`, 'g');

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
