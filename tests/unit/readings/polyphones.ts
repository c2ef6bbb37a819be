/**
 * The polyphone fixture of the reading aid: sentences in both scripts holding
 * characters with several readings, each with the expected reading of its
 * polyphones written by hand (from 现代汉语词典 / 教育部《國語辭典》 usage).
 * `words` pairs a word of the Simplified sentence (it occurs once) with its
 * reading; the Traditional sentence is the same text, character for character.
 */

export interface PolyphoneSentence {
  hans: string;
  hant: string;
  words: ReadonlyArray<readonly [word: string, reading: string]>;
}

export const polyphones: readonly PolyphoneSentence[] = [
  { hans: '这件事很重要。', hant: '這件事很重要。', words: [['重要', 'zhòng yào']] },
  { hans: '会议决定重新讨论。', hant: '會議決定重新討論。', words: [['重新', 'chóng xīn']] },
  { hans: '这座桥重达千吨。', hant: '這座橋重達千噸。', words: [['重达', 'zhòng dá']] },
  { hans: '我们要银行提供贷款。', hant: '我們要銀行提供貸款。', words: [['银行', 'yín háng']] },
  { hans: '他明天出行。', hant: '他明天出行。', words: [['出行', 'chū xíng']] },
  { hans: '这家公司是行业领先者。', hant: '這家公司是行業領先者。', words: [['行业', 'háng yè']] },
  { hans: '市委统战部部长主持会议。', hant: '市委統戰部部長主持會議。', words: [['部长', 'bù zhǎng']] },
  { hans: '这条河很长。', hant: '這條河很長。', words: [['很长', 'hěn cháng']] },
  { hans: '城市在不断成长。', hant: '城市在不斷成長。', words: [['成长', 'chéng zhǎng']] },
  { hans: '长期坚持才有效果。', hant: '長期堅持才有效果。', words: [['长期', 'cháng qī']] },
  { hans: '他还在办公室。', hant: '他還在辦公室。', words: [['还在', 'hái zài']] },
  { hans: '借的书要按时归还。', hant: '借的書要按時歸還。', words: [['归还', 'guī huán']] },
  { hans: '还款期限是三年。', hant: '還款期限是三年。', words: [['还款', 'huán kuǎn']] },
  { hans: '会议已经开始了。', hant: '會議已經開始了。', words: [['始了', 'shǐ le']] },
  {
    hans: '这件事他了解得很清楚。',
    hant: '這件事他了解得很清楚。',
    words: [
      ['了解', 'liǎo jiě'],
      ['得很', 'de hěn'],
    ],
  },
  { hans: '问题终于了结。', hant: '問題終於了結。', words: [['了结', 'liǎo jié']] },
  { hans: '他得到了大家的支持。', hant: '他得到了大家的支持。', words: [['得到', 'dé dào']] },
  {
    hans: '企业取得显著成效。',
    hant: '企業取得顯著成效。',
    words: [
      ['取得', 'qǔ dé'],
      ['显著', 'xiǎn zhù'],
    ],
  },
  { hans: '这块地很肥沃。', hant: '這塊地很肥沃。', words: [['块地', 'kuài dì']] },
  { hans: '各地认真落实部署。', hant: '各地認真落實部署。', words: [['各地', 'gè dì']] },
  { hans: '社会工作的地位很重要。', hant: '社會工作的地位很重要。', words: [['地位', 'dì wèi']] },
  { hans: '他们意识到问题所在。', hant: '他們意識到問題所在。', words: [['意识', 'yì shí']] },
  { hans: '飞机着陆了。', hant: '飛機著陸了。', words: [['着陆', 'zhuó lù']] },
  { hans: '孩子睡着了。', hant: '孩子睡著了。', words: [['睡着', 'shuì zháo']] },
  { hans: '他们唱着歌走来。', hant: '他們唱著歌走來。', words: [['唱着', 'chàng zhe']] },
  {
    hans: '大家都很快乐。',
    hant: '大家都很快樂。',
    words: [
      ['快乐', 'kuài lè'],
      ['都很', 'dōu hěn'],
    ],
  },
  { hans: '他喜欢古典音乐。', hant: '他喜歡古典音樂。', words: [['音乐', 'yīn yuè']] },
  { hans: '为人民服务。', hant: '為人民服務。', words: [['为人', 'wèi rén']] },
  { hans: '坚持以人民为中心。', hant: '堅持以人民為中心。', words: [['为中心', 'wéi zhōng xīn']] },
  { hans: '持续深化为基层减负。', hant: '持續深化為基層減負。', words: [['为基层', 'wèi jī céng']] },
  { hans: '他成为一名教师。', hant: '他成為一名教師。', words: [['成为', 'chéng wéi']] },
  { hans: '以创新为动力。', hant: '以創新為動力。', words: [['为动', 'wéi dòng']] },
  { hans: '经济持续发展。', hant: '經濟持續發展。', words: [['发展', 'fā zhǎn']] },
  { hans: '她去理发店剪头发。', hant: '她去理髮店剪頭髮。', words: [['理发', 'lǐ fà']] },
  {
    hans: '首都北京是一座古都。',
    hant: '首都北京是一座古都。',
    words: [
      ['首都', 'shǒu dū'],
      ['古都', 'gǔ dū'],
    ],
  },
  {
    hans: '这些文物都是宝藏。',
    hant: '這些文物都是寶藏。',
    words: [
      ['都是', 'dōu shì'],
      ['宝藏', 'bǎo zàng'],
    ],
  },
  { hans: '他把钱藏在家里。', hant: '他把錢藏在家裡。', words: [['藏在', 'cáng zài']] },
  { hans: '西藏的风景很美。', hant: '西藏的風景很美。', words: [['西藏', 'xī zàng']] },
  { hans: '他朝着目标前进。', hant: '他朝著目標前進。', words: [['朝着', 'cháo zhe']] },
  { hans: '唐朝是一个朝代。', hant: '唐朝是一個朝代。', words: [['唐朝', 'táng cháo']] },
  { hans: '朝气蓬勃的青年。', hant: '朝氣蓬勃的青年。', words: [['朝气', 'zhāo qì']] },
  { hans: '和平发展是大家的共识。', hant: '和平發展是大家的共識。', words: [['和平', 'hé píng']] },
  { hans: '他一唱一和。', hant: '他一唱一和。', words: [['一和', 'yí hè']] },
  { hans: '这里的天气很暖和。', hant: '這裡的天氣很暖和。', words: [['暖和', 'nuǎn huo']] },
  { hans: '坐地铁很方便。', hant: '坐地鐵很方便。', words: [['方便', 'fāng biàn']] },
  { hans: '这件衣服很便宜。', hant: '這件衣服很便宜。', words: [['便宜', 'pián yi']] },
  { hans: '他长得很高。', hant: '他長得很高。', words: [['长得', 'zhǎng de']] },
  { hans: '注册会计师参加培训。', hant: '註冊會計師參加培訓。', words: [['会计', 'kuài jì']] },
  { hans: '各部门统筹协调。', hant: '各部門統籌協調。', words: [['协调', 'xié tiáo']] },
  { hans: '政府及时回应群众关切。', hant: '政府及時回應群眾關切。', words: [['回应', 'huí yìng']] },
];
