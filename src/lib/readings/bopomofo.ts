/**
 * Hanyu Pinyin with tone marks into 注音符號 (Bopomofo), one syllable at a time,
 * with the tone marks of Taiwanese print: none for the first tone, ˊ ˇ ˋ after
 * the syllable, ˙ before a neutral one. Shared: the reading aid runs it in the
 * browser, so a page ships one set of readings for both systems.
 */

const INITIALS: Record<string, string> = {
  b: 'ㄅ',
  p: 'ㄆ',
  m: 'ㄇ',
  f: 'ㄈ',
  d: 'ㄉ',
  t: 'ㄊ',
  n: 'ㄋ',
  l: 'ㄌ',
  g: 'ㄍ',
  k: 'ㄎ',
  h: 'ㄏ',
  j: 'ㄐ',
  q: 'ㄑ',
  x: 'ㄒ',
  zh: 'ㄓ',
  ch: 'ㄔ',
  sh: 'ㄕ',
  r: 'ㄖ',
  z: 'ㄗ',
  c: 'ㄘ',
  s: 'ㄙ',
};

const FINALS: Record<string, string> = {
  a: 'ㄚ',
  o: 'ㄛ',
  e: 'ㄜ',
  ê: 'ㄝ',
  ai: 'ㄞ',
  ei: 'ㄟ',
  ao: 'ㄠ',
  ou: 'ㄡ',
  an: 'ㄢ',
  en: 'ㄣ',
  ang: 'ㄤ',
  eng: 'ㄥ',
  er: 'ㄦ',
  ong: 'ㄨㄥ',
  i: 'ㄧ',
  ia: 'ㄧㄚ',
  io: 'ㄧㄛ',
  ie: 'ㄧㄝ',
  iai: 'ㄧㄞ',
  iao: 'ㄧㄠ',
  iou: 'ㄧㄡ',
  ian: 'ㄧㄢ',
  in: 'ㄧㄣ',
  iang: 'ㄧㄤ',
  ing: 'ㄧㄥ',
  iong: 'ㄩㄥ',
  u: 'ㄨ',
  ua: 'ㄨㄚ',
  uo: 'ㄨㄛ',
  uai: 'ㄨㄞ',
  uei: 'ㄨㄟ',
  uan: 'ㄨㄢ',
  uen: 'ㄨㄣ',
  uang: 'ㄨㄤ',
  ueng: 'ㄨㄥ',
  ü: 'ㄩ',
  üe: 'ㄩㄝ',
  üan: 'ㄩㄢ',
  ün: 'ㄩㄣ',
  // Syllables of a nasal alone (嗯 ń, 呣 m̀).
  m: 'ㄇ',
  n: 'ㄣ',
  ng: 'ㄫ',
};

// y and w are spellings of i, u and ü at the start of a syllable.
const Y_W: Record<string, string> = {
  yi: 'i',
  ya: 'ia',
  yo: 'io',
  ye: 'ie',
  yai: 'iai',
  yao: 'iao',
  you: 'iou',
  yan: 'ian',
  yin: 'in',
  yang: 'iang',
  ying: 'ing',
  yong: 'iong',
  yu: 'ü',
  yue: 'üe',
  yuan: 'üan',
  yun: 'ün',
  wu: 'u',
  wa: 'ua',
  wo: 'uo',
  wai: 'uai',
  wei: 'uei',
  wan: 'uan',
  wen: 'uen',
  wang: 'uang',
  weng: 'ueng',
};

/** Pinyin's combining tone marks (macron, acute, caron, grave) and the 注音 tone each stands for. */
const TONE_MARKS: Record<string, string> = { '\u0304': '', '\u0301': 'ˊ', '\u030c': 'ˇ', '\u0300': 'ˋ' };
const TONE_MARK = new RegExp(`[${Object.keys(TONE_MARKS).join('')}]`, 'g');

/** One pinyin syllable with tone marks (zhòng) as Bopomofo (ㄓㄨㄥˋ); a syllable it cannot read is returned as it is. */
export function bopomofo(syllable: string): string {
  let tone: string | undefined;
  const plain = syllable
    .toLowerCase()
    .normalize('NFD')
    .replace(TONE_MARK, (mark) => ((tone = TONE_MARKS[mark]), ''))
    .normalize('NFC')
    .replace(/v/g, 'ü');
  const initial = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcs])(?=[aeiouüê])/.exec(plain)?.[1] ?? '';
  let final = plain.slice(initial.length);
  if (!initial) final = Y_W[final] ?? final;
  else if (/^[jqx]u/.test(plain)) final = 'ü' + final.slice(1);
  else if (final === 'iu') final = 'iou';
  else if (final === 'ui') final = 'uei';
  else if (final === 'un') final = 'uen';
  // zhi chi shi ri zi ci si: the initial alone.
  const spelled = initial && final === 'i' && /^(zh|ch|sh|r|z|c|s)$/.test(initial) ? '' : FINALS[final];
  if (spelled === undefined) return syllable;
  const body = (initial ? INITIALS[initial]! : '') + spelled;
  return tone === undefined ? `˙${body}` : body + tone;
}
