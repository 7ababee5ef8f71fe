/**
 * Chinese words for the makers or sellers of a thing (兩家南韓晶片製造商, 两大芯片巨头, 三家GPU厂商):
 * a count before them counts firms, not the thing named before them. The recognizer ends a
 * counted noun at them; the claims' chip-count test looks for them after the thing.
 */
export const ZH_MAKER_WORDS = [
  '制造商', '生产商', '开发商', '设计商', '供应商', '供货商', '厂商', '代工厂', '大厂', '厂家', '商家', '巨头', '龙头', '业者', '公司', '企业',
] as const;
