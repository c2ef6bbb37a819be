/**
 * Every deliberate override of OpenCC, in one table of two parts: phrases in
 * running text, and surnames in people's names (bylines, credits, the authors
 * table). Each row pins how a phrase or surname written in one variant appears
 * in another; tests/unit/convert.test.ts proves each row's form is what readers
 * get, and tests/unit/review.test.ts that the review shows phrases pinned. Add
 * a row only with a reason a reader would accept. Runs at build time and in the review.
 */
import { allVariants, scriptOfTag, type VariantSegment } from '../variants/variants.ts';

export interface Override {
  /** Variant the phrase is written in. */
  from: VariantSegment;
  /** The phrase as written in the source text. */
  phrase: string;
  /** The form it must take in each derived variant. */
  to: Partial<Record<VariantSegment, string>>;
  /** Why OpenCC alone is not trusted here. */
  why: string;
}

export const overrides: readonly Override[] = [
  {
    from: 'zh-hant',
    phrase: '著力',
    to: { 'zh-hans': '着力' },
    why: '著 is zhuó here (to apply effort): mainland 着力. OpenCC decides 著/着 phrase by phrase, so the phrase this article uses is pinned.',
  },

  // Simplified into Taiwan Traditional: phrases of OpenCC's dictionary that give a rarer or technical form where
  // Taiwan news prose writes the common one. Found in the cnews corpus (926 Sina articles) by converting it whole
  // and listing every choice of 回 家 制 干 松 发 面 于 余 周 注 that a dictionary phrase decided.
  // convertText masks rows in this order, so a row that contains another comes first.
  simplified(
    '回归线',
    '迴歸線',
    'Keeps OpenCC’s 迴歸線 (the tropics; 教育部’s dictionary writes 南迴歸線), which the 回归 row below would make 回歸線.',
  ),
  simplified(
    '回归分析',
    '迴歸分析',
    'Regression analysis: statistics writes 迴歸. Keeps OpenCC’s form, which the 回归 row below would change.',
  ),
  simplified(
    '线性回归',
    '線性迴歸',
    'Linear regression: statistics writes 迴歸. Keeps OpenCC’s form, which the 回归 row below would change.',
  ),
  simplified(
    '回归',
    '回歸',
    'To return (宣告回歸季後賽, 回歸理性): news prose writes 回歸; OpenCC’s 迴歸 is the statistics term.',
  ),
  simplified(
    '家具',
    '家具',
    'Furniture is 家具 in 教育部’s dictionaries; OpenCC’s 傢俱 is the variant form, and a reader searching 家具 should find it. Also keeps 这个国家具有 from becoming 這個國傢俱有.',
  ),
  simplified(
    '制贩毒品',
    '製販毒品',
    '制贩 is to make and sell (製販毒品), OpenCC gives 制販. Not 制贩 alone: that would turn 遏制贩毒 and 控制贩卖 into 遏製販毒 and 控製販賣.',
  ),

  // Simplified into Taiwan Traditional: OpenCC cuts text by longest match from the left, so a dictionary phrase can
  // straddle two words (基金|发行 read as 基·金发·行 gives 基金髮行). Each row is the last character of the left word
  // and the whole right word, which has one reading; its form is what OpenCC gives the right word on its own.
  simplified('金发行', '金發行', '基金发行, 本金发行: 金发 (blond hair) read across the words gave 基金髮行.'),
  simplified(
    '金发布',
    '金發佈',
    '基金发布: 金发 read across the words gave 基金髮布. 發佈 is what OpenCC gives 发布 elsewhere.',
  ),
  simplified('金发展', '金發展', '基金发展, 黄金发展期: 金发 read across the words gave 金髮展.'),
  simplified('金发生', '金發生', '基金发生变更: 金发 read across the words gave 基金髮生.'),
  simplified(
    '北美发行',
    '北美發行',
    '北美发行权: 美发 (hairdressing) read across the words gave 北美髮行. Not 美发行: 美发行业 is 美髮行業.',
  ),
  simplified(
    '美发达国',
    '美發達國',
    '欧美发达国家: 美发 read across the words gave 歐美髮達. Not 美发达: 美发达人 is 美髮達人.',
  ),
  simplified(
    '汇理发行',
    '匯理發行',
    '农银汇理发行 (a fund company): 理发 read across the words gave 匯理髮行. Not 理发行: 理发行业 is 理髮行業.',
  ),
  simplified('束发行', '束發行', '结束发行: 束发 (to tie the hair) read across the words gave 結束髮行.'),
  simplified('生发放', '生發放', '考生发放, 学生发放: 生发 (hair growth) read across the words gave 考生髮放.'),
  simplified('生发现', '生發現', '医生发现: 生发 read across the words gave 醫生髮現.'),
  simplified('头发挥', '頭發揮', '巨头发挥: 头发 read across the words gave 巨頭髮揮.'),
  simplified(
    '人头发放',
    '人頭發放',
    '按人头发放: 头发 read across the words gave 人頭髮放. Not 头发放: 把头发放下 is 頭髮.',
  ),
  simplified('护发展', '護發展', '维护发展中国家利益: 护发 (hair care) read across the words gave 維護髮展.'),
  simplified('发电量', '發電量', '总发电量, 包括发电量: 总发 and 括发 read across the words gave 總髮電量.'),
  simplified('结发布', '結發佈', '总结发布: 结发 (to marry) read across the words gave 總結髮布.'),
  simplified('块面积', '塊面積', '一块面积: 一块面 (a lump of dough) read across the words gave 一塊麵積.'),
  simplified('块面板', '塊面板', '一块面板: 一块面 read across the words gave 一塊麵板.'),
  simplified(
    '和面报',
    '和面報',
    '网上报名和面报 (and reporting in person): 和面 (to knead dough) read across the words gave 和麵報.',
  ),
  simplified('和面部', '和面部', '自动对焦和面部优先: 和面 read across the words gave 和麵部.'),
  simplified(
    '街面店',
    '街面店',
    '街面店 (a street-front shop): 面店 (a noodle shop) read across the words gave 街麵店.',
  ),
  simplified('家俱乐', '家俱樂', '一家俱乐部: 家俱 (furniture) read across the words gave 一傢俱樂部.'),
  simplified('家私募', '家私募', '一家私募, 各家私募: 家私 (furniture) read across the words gave 一傢俬募.'),
  simplified('家什么', '家什麼', '一家什么样的公司: 家什 (utensils) read across the words gave 一傢什麼樣.'),
  simplified('配制度', '配制度', '分配制度: 配制 (to compound) read across the words gave 分配製度.'),
  simplified('重制度', '重制度', '看重制度: 重制 (to remake) read across the words gave 看重製度.'),
  simplified(
    '以泡制泡',
    '以泡制泡',
    '以泡制泡 (to fight a bubble with a bubble): 制 is to restrain, OpenCC’s 泡制 gave 以泡製泡. Not 泡制泡: 泡制泡菜 is 泡製.',
  ),
  simplified('低回报', '低回報', '低回报 (low returns): 低回 (lingering) read across the words gave 低迴報.'),
  simplified('干练', '幹練', '十分干练 (capable): the phrase 十分干 (very dry) read across the words gave 十分乾練.'),
  simplified('察干部', '察幹部', '纪检监察干部: 察干 read across the words gave 監察干部.'),
  simplified('江干区', '江干區', 'Hangzhou’s 江干區: 干 is the river bank, not dry; OpenCC’s phrase gives 江乾區.'),
  simplified('加注重', '加注重', '更加注重: 加注 (to annotate) read across the words gave 更加註重.'),
];

/** Surnames that OpenCC would turn into another word, as the first character of a person's name. */
export const surnames: readonly Override[] = [
  surname('于', '于', '于洋: OpenCC writes 於, the preposition; the surname is 于.'),
  surname('余', '余', '余华: OpenCC writes 餘 (surplus); the surname is 余.'),
  surname('范', '范', '范冰冰: OpenCC’s single-character default is 範 (model); the surname is 范.'),
  surname('钟', '鍾', '钟汉良: the surname is 鍾; 鐘 is a bell or clock.'),
  surname('涂', '涂', '涂磊: OpenCC writes 塗 (to smear); the surname is 涂.'),
  surname('岳', '岳', '岳飞: OpenCC’s single-character default is 嶽 (high mountain); the surname is 岳.'),
  surname('种', '种', '种师道: OpenCC writes 種 (seed); the surname (Chóng) is 种.'),
  surname('党', '党', '党怀英: OpenCC writes 黨 (party); the surname is 党.'),
  surname('朴', '朴', '朴槿惠: OpenCC writes 樸 (plain); the Korean surname Park is 朴.'),
  surname('郁', '郁', '郁达夫: OpenCC writes 鬱 (gloomy); the surname is 郁.'),
  surname('丑', '丑', 'OpenCC writes 醜 (ugly); the surname is 丑.'),
];

/**
 * The same form in every Traditional variant of the table (Taiwan, Hong Kong): the rows' forms are ones those
 * standards share, which tests/unit/convert.test.ts checks against OpenCC's variant step between them.
 */
function inEveryTraditional(form: string): Override['to'] {
  return Object.fromEntries(allVariants.filter((v) => scriptOfTag(v.lang) === 'Hant').map((v) => [v.segment, form]));
}

/** A surname written in Simplified script and its Traditional form, in every Traditional variant. */
function surname(simplified: string, traditional: string, why: string): Override {
  return { from: 'zh-hans', phrase: simplified, to: inEveryTraditional(traditional), why };
}

/** A phrase written in Simplified script and its Traditional form, in every Traditional variant. */
function simplified(phrase: string, traditional: string, why: string): Override {
  return { from: 'zh-hans', phrase, to: inEveryTraditional(traditional), why };
}
