// Traditional Chinese folded to simplified, one code unit for one, so offsets stay valid. Figures,
// units, hedges, classifiers, cue words and entity names are written once, in simplified form;
// Hong Kong and Taiwan reporting (1,640億元, 超過50萬顆晶片, 約一半) then reads the same way.
// Covers the characters of figures and of the surrounding business vocabulary, not all of Chinese.

const PAIRS =
  '億亿萬万兩两幾几約约過过達达餘余個个數数顆颗臺台務务時时電电計计資资與与為为價价總总額额營营開开將将產产機机' +
  '櫃柜張张塊块節节點点間间棟栋項项筆笔單单雲云週周財财報报網网幣币圓圆東东訂订購购買买賣卖們们這这來来對对後后於于' +
  '還还從从當当說说會会國国際际發发經经濟济業业導导體体輝辉軟软偉伟騰腾訊讯聯联華华蘋苹亞亚馬马遜逊臉脸書书衛卫門门' +
  '灣湾廣广陸陆區区園园場场廠厂啟启動动稱称據据預预測测僅仅漲涨減减長长較较佔占歲岁級级規规設设備备標标準准顯显處处' +
  '組组貨货運运輸输線线統统庫库儲储費费銷销淨净潤润虧亏損损負负債债權权證证鐘钟頭头雙双並并專专屬属貸贷協协議议採采' +
  '紀纪錄录現现實实種种進进關关問问題题應应該该員员團团隊队語语話话認认識识內内變变氣气車车轉转頁页條条構构層层樓楼' +
  '態态歷历壓压溫温質质類类號号兆兆瓩瓩億亿幾几萬万與与雖虽頂顶項项領领風风飛飞館馆驗验體体鋼钢鐵铁銀银錢钱鎊镑韓韩' +
  '義义戰战歐欧門门陣阵隨随險险雜杂離离難难電电靈灵韌韧頻频願愿顧顾黃黄齊齐龍龙龐庞豐丰貝贝貿贸賺赚購购贈赠趨趋' +
  '軍军輪轮辦办農农遠远適适選选遺遗邊边鄉乡醫医釋释針针鋪铺錯错鍵键長长閉闭閱阅闊阔陰阴隊队雞鸡雪雪電电靜静韋韦' +
  '頗颇顆颗飲饮餐餐騎骑體体鬆松鳥鸟麥麦黨党鼎鼎齡龄儀仪優优儲储兌兑冊册劃划劑剂勞劳勢势勵励勻匀匯汇區区協协厲厉' +
  '參参吳吴啓启喬乔嘆叹圍围圖图執执堅坚塊块墊垫壇坛壞坏壯壮奧奥婦妇嬰婴學学寶宝審审寫写尋寻導导屆届屬属岡冈峽峡' +
  '島岛嶺岭幫帮廳厅廢废彈弹彌弥從从徵征復复恆恒惡恶愛爱態态慶庆憂忧懷怀戶户擁拥據据擴扩攜携敗败斷断斬斩時时晉晋' +
  '暫暂曆历標标棧栈樂乐樣样橋桥檢检歸归殘残毀毁氣气滬沪滿满漢汉潛潜澳澳濕湿灣湾熱热爭争爾尔牆墙獎奖獨独環环產产' +
  '畫画異异當当發发盡尽監监盤盘碼码礎础禮礼秘秘稅税穩稳競竞筆笔範范築筑簽签簡简糧粮紅红約约級级紐纽純纯紙纸終终' +
  '組组結结絕绝給给絡络統统經经綠绿維维網网綜综緊紧線线緣缘編编縮缩織织繼继續续罰罚羅罗職职聖圣聯联聲声腦脑膽胆' +
  '臨临興兴舉举艦舰藥药蘇苏處处虛虚蟲虫術术衝冲補补裝装製制複复見见規规視视覽览觀观訪访設设許许訴诉診诊詢询試试' +
  '詳详誌志認认誤误說说調调談谈請请論论諾诺謀谋講讲證证識识護护讀读變变讓让豬猪貨货質质購购賦赋資资賽赛趕赶' +
  '輕轻較较載载輛辆輸输辦办迴回週周進进遊游運运過过遞递邏逻郵邮醒醒針针鈔钞銷销鋰锂錄录鍋锅鎖锁鏈链鑽钻閃闪' +
  '開开閑闲間间閘闸阿阿陳陈險险隱隐雜杂雙双雲云電电霧雾靠靠響响頂顶項项順顺預预領领頻频額额顏颜類类顯显風风' +
  '飽饱餘余館馆馬马驅驱驗验騰腾髮发鬥斗鬧闹魚鱼鮮鲜鳳凤鴻鸿麗丽點点齒齿龜龟';

const FOLD = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) FOLD[c] = c;
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const from = PAIRS.charCodeAt(i);
  const to = PAIRS.charCodeAt(i + 1);
  if (from !== to) FOLD[from] = to;
}

/** Whether code unit `c` has a simplified form in the table. */
export function isTraditional(c: number): boolean {
  return FOLD[c] !== c;
}

/** The simplified form of code unit `c` (itself when none). */
export function foldChar(c: number): number {
  return FOLD[c];
}

/** Regional words of the same length with the mainland form the rest of the analysis knows. */
const WORDS: [string, string][] = [
  ['晶片', '芯片'],
  ['伺服器', '服务器'],
  ['伺服器', '服务器'],
  ['算力中心', '算力中心'],
];

/** Folds the regional words in a text already folded character by character. */
export function foldWords(text: string): string {
  let out = text;
  for (const [from, to] of WORDS) if (from !== to && out.includes(from)) out = out.split(from).join(to);
  return out;
}
