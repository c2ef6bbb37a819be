/**
 * The one table of corrections to the readings pinyin-pro gives: a phrase in
 * Simplified script (Traditional text is read through its Simplified twin),
 * its reading, one syllable a character, and why. tests/unit/readings.test.ts
 * proves each row is what readers get, in both scripts. Add a row only for a
 * reading you can defend from a dictionary. Runs at build time.
 */

export interface ReadingOverride {
  /** The phrase as it is written in Simplified script. */
  phrase: string;
  /** Hanyu Pinyin with tone marks, one syllable a character, separated by spaces. */
  reading: string;
  /** Why the library is not trusted here. */
  why: string;
}

/** Rows are applied in order, so a later, longer phrase wins over an earlier one inside it. */
export const readingOverrides: readonly ReadingOverride[] = [
  // Full tones where pinyin-pro gives the neutral tone of colloquial speech (现代汉语词典 rèn·shi): news is read
  // out in full tones, as the seed article's own annotations give them, and Taiwan's 教育部 dictionary writes them so.
  row('认识', 'rèn shí', 'The seed reads 認識 rèn shí; pinyin-pro gives the colloquial neutral tone rèn shi.'),
  row('扎实', 'zhā shí', 'The seed reads 紮實 zhā shí; pinyin-pro gives zhā shi.'),
  row('踏实', 'tā shí', 'The seed reads 踏實 tā shí; pinyin-pro gives tā shi.'),
  row('任务', 'rèn wù', 'The seed reads 任務 rèn wù; pinyin-pro gives rèn wu.'),

  // 为 is wéi in 以…为… (to take as) and after a verb of becoming, wèi (for) before whom it serves.
  row('为导向', 'wéi dǎo xiàng', '以…為導向 (taking … as the direction), in the seed: pinyin-pro gives wèi.'),
  row('为抓手', 'wéi zhuā shǒu', '以…為抓手, in the seed: pinyin-pro gives wèi.'),
  row('为重点', 'wéi zhòng diǎn', '以…為重點, in the seed: pinyin-pro gives wèi.'),
  row('为中心', 'wéi zhōng xīn', '以人民為中心: pinyin-pro gives wèi.'),
  row('为动力', 'wéi dòng lì', '以創新為動力: pinyin-pro gives wèi.'),
  row('转变为', 'zhuǎn biàn wéi', '轉變為 (to turn into), in the seed: pinyin-pro gives wèi.'),
  row(
    '为基层',
    'wèi jī céng',
    '為基層減負 (for the grassroots), in the seed: after 深化 pinyin-pro reads 化為 (to turn into) and gives wéi.',
  ),

  // A Traditional character with one reading whose Simplified twin has several: the phrase pins the reading.
  row(
    '干字当头',
    'gàn zì dāng tóu',
    '幹字當頭 (putting doing first), the seed’s kicker: read through 干, pinyin-pro gives gān (shield, dry).',
  ),

  // Other polyphones pinyin-pro reads by the wrong phrase (found by the polyphone fixture).
  row('长得', 'zhǎng de', '長得很高 (to grow, to look): pinyin-pro gives cháng dé.'),
  row('得很', 'de hěn', '得 as the particle of a complement (好得很, 了解得很清楚): pinyin-pro gives dé.'),
  row('还款', 'huán kuǎn', '還款 (to repay): pinyin-pro gives hái.'),
  row('理发', 'lǐ fà', '理髮 (a haircut), 髮 is fà: pinyin-pro gives fā.'),
  row('古都', 'gǔ dū', '古都 (an old capital): pinyin-pro gives dōu.'),
];

function row(phrase: string, reading: string, why: string): ReadingOverride {
  return { phrase, reading, why };
}
