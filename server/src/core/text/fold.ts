// Traditional Chinese folded to simplified, one code unit for one, so offsets stay valid. Figures,
// units, hedges, classifiers, cue words and entity names are written once, in simplified form;
// Hong Kong and Taiwan reporting (1,640億元, 超過50萬顆晶片, 約一半) then reads the same way.
// Covers the characters of figures and of the surrounding business vocabulary, not all of Chinese.

const PAIRS =
  '億亿萬万兩两幾几約约過过達达餘余個个數数顆颗臺台務务時时電电計计資资與与為为價价總总額额營营開开將将產产機机櫃柜張张塊块節节點点間间棟栋項项筆笔單单雲云週周財财報报網网幣币圓圆東东訂订購购買买賣卖們们這这來来對对後后於于還还傢家' +
  '從从當当說说會会國国際际發发經经濟济業业導导體体輝辉軟软偉伟騰腾訊讯聯联華华蘋苹亞亚馬马遜逊臉脸書书衛卫門门灣湾廣广陸陆區区園园場场廠厂啟启動动稱称據据預预測测僅仅漲涨減减長长較较佔占歲岁級级規规設设備备標标準准顯显處处組组' +
  '貨货運运輸输線线統统庫库儲储費费銷销淨净潤润虧亏損损負负債债權权證证鐘钟頭头雙双並并專专屬属貸贷協协議议採采紀纪錄录現现實实種种進进關关問问題题應应該该員员團团隊队語语話话認认識识內内變变氣气車车轉转頁页條条構构層层樓楼態态' +
  '歷历壓压溫温質质類类號号雖虽頂顶領领風风飛飞館馆驗验鋼钢鐵铁銀银錢钱鎊镑韓韩義义戰战歐欧陣阵隨随險险雜杂離离難难靈灵韌韧頻频願愿顧顾黃黄齊齐龍龙龐庞豐丰貝贝貿贸賺赚贈赠趨趋軍军輪轮辦办農农遠远適适選选遺遗邊边鄉乡醫医釋释針针' +
  '鋪铺錯错鍵键閉闭閱阅闊阔陰阴雞鸡靜静韋韦頗颇飲饮騎骑鬆松鳥鸟麥麦黨党齡龄儀仪優优兌兑冊册劃划劑剂勞劳勢势勵励勻匀匯汇厲厉參参吳吴啓启喬乔嘆叹圍围圖图執执堅坚墊垫壇坛壞坏壯壮奧奥婦妇嬰婴學学寶宝審审寫写尋寻屆届岡冈峽峡島岛嶺岭' +
  '幫帮廳厅廢废彈弹彌弥徵征復复恆恒惡恶愛爱慶庆憂忧懷怀戶户擁拥擴扩攜携敗败斷断斬斩晉晋暫暂曆历棧栈樂乐樣样橋桥檢检歸归殘残毀毁滬沪滿满漢汉潛潜濕湿熱热爭争爾尔牆墙獎奖獨独環环畫画異异盡尽監监盤盘碼码礎础禮礼稅税穩稳競竞範范築筑' +
  '簽签簡简糧粮紅红紐纽純纯紙纸終终結结絕绝給给絡络綠绿維维綜综緊紧緣缘編编縮缩織织繼继續续罰罚羅罗職职聖圣聲声腦脑膽胆臨临興兴舉举艦舰藥药蘇苏虛虚蟲虫術术衝冲補补裝装製制複复見见視视覽览觀观訪访許许訴诉診诊詢询試试詳详誌志誤误' +
  '調调談谈請请論论諾诺謀谋講讲護护讀读讓让豬猪賦赋賽赛趕赶輕轻載载輛辆迴回遊游遞递邏逻郵邮鈔钞鋰锂鍋锅鎖锁鏈链鑽钻閃闪閑闲閘闸陳陈隱隐霧雾響响順顺顏颜飽饱驅驱髮发鬥斗鬧闹魚鱼鮮鲜鳳凤鴻鸿麗丽齒齿龜龟崗岗畝亩觸触○〇' +
  // Units and currencies: 公頃, 噸, 加侖, 釐米, 隻, 盧布, 泰銖.
  '頃顷噸吨侖仑釐厘隻只盧卢銖铢納纳' +
  // Fibres and cables: 光纖, 光纜, 電纜; stocks and tiers: 兩檔個股.
  '纖纤纜缆檔档' +
  // Index and market words: 科創50, 創業板, 換手率, 擬投資; 繪圖處理器 (GPU), 又譯 (also rendered as).
  '創创換换擬拟繪绘譯译' +
  // Verbs and business words of subsidy and results copy: 獲得, 補貼, 業績, 確認, 累積, 評估, 放緩, 昂貴, 帳/賬, 贏得, 遷移, 階段, 細分, 現狀, 籌資, 賠償.
  '獲获貼贴績绩確确積积評评緩缓貴贵賬账贏赢遷迁階阶細细狀状籌筹賠赔' +
  // 繳納 (paid in: 約繳納20億元); 爲, the variant of 為 Hong Kong copy types (約爲10,764,000平方呎).
  '繳缴爲为' +
  // Chip lines named with a number: 天璣 9500, 鯤鵬920, 驍龍8 (scanner ZH_NAMES_BEFORE_NUMBER).
  '璣玑鯤鲲鵬鹏驍骁' +
  // Market verbs: 飆升 (surged); formal numerals of amounts: 124億3仟4佰萬元 (仟 thousand, 佰 hundred).
  '飆飙仟千佰百' +
  // The tilde operator some Taiwan copy types between a range's ends (二∼三百顆) reads as the fullwidth tilde.
  '∼～' +
  // The horizontal bar some mainland copy types for a range's dash (1―5月, 1―3批) reads as the em dash.
  '―—' +
  // The non-breaking hyphen (U+2011) some editors type in tallies and compounds (7‑0, 16‑core) reads as the hyphen.
  '‑-' +
  // The box-drawing diagonal and the fullwidth solidus Hong Kong copy types as a slash (2﹒5╱2﹒6吉赫, 20／30) read as the slash.
  '╱/／/' +
  // 叢集 (a cluster in Taiwan and Hong Kong copy); 攝氏 (Celsius), 分鍾 (a variant of 分鐘), 則 (news items, "then").
  '叢丛攝摄鍾钟則则' +
  // 澤字節 (zettabytes in Taiwan and Hong Kong copy).
  '澤泽' +
  // Words a classifier starts (回饋, 支撐: no 回 or 支 of a count).
  '饋馈撐撑' +
  // 須 (must, a modal between a hedge and its verb: 至少須提升一倍).
  '須须' +
  // The box-drawing line some Macau and Hong Kong copy types for a dash (2015年─2019年) reads as the em dash.
  '─—';

/**
 * The folded code unit of each code unit that folds, 0 for one that stays itself (no code unit folds to
 * U+0000). Not an identity table: filling 65,536 entries in the interpreter cost 2-4 ms of every cold start.
 */
const FOLD = new Uint16Array(65536);
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const from = PAIRS.charCodeAt(i);
  FOLD[from] = PAIRS.charCodeAt(i + 1);
}

// Kangxi radicals that scraped pages print for the characters they look like (⾄ for 至, ⽐ for 比): the
// character NFKC maps each to, then folded as that character is.
for (let c = 0x2f00; c <= 0x2fd5; c++) {
  const n = String.fromCharCode(c).normalize('NFKC');
  if (n.length === 1) FOLD[c] = foldChar(n.charCodeAt(0));
}
// The figure dash (600‒800MW) reads as the en dash.
FOLD[0x2012] = 0x2013;

/** The simplified form of code unit `c` (itself when none). */
export function foldChar(c: number): number {
  return FOLD[c] || c;
}

/** Regional words of the same length with the mainland form the rest of the analysis knows. */
const WORDS: [string, string][] = [
  ['晶片', '芯片'],
  ['伺服器', '服务器'],
  ['资料中心', '数据中心'],
];

/** Folds the regional words in a text already folded character by character. */
export function foldWords(text: string): string {
  let out = text;
  for (const [from, to] of WORDS) if (out.includes(from)) out = out.split(from).join(to);
  return out;
}

/** `text` as the analysis reads drafts: every code unit folded, then the regional words. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldChar(text.charCodeAt(i)));
  return foldWords(out);
}
