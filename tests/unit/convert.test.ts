import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as OpenCC from 'opencc-js';
import { convertHtml, convertName, convertText } from '../../src/lib/conversion/convert.ts';
import { overrides, surnames } from '../../src/lib/conversion/overrides.ts';
import { allVariants, scriptOfTag, variantBySegment } from '../../src/lib/variants/variants.ts';
import { repairedSeed, simplifiedText } from '../support/seed.ts';

const hant = variantBySegment('zh-hant');
const hans = variantBySegment('zh-hans');

describe('the whole article in Simplified (golden)', () => {
  const traditional = repairedSeed.join('\n');
  const simplified = convertText(traditional, hant, hans);

  test('matches the reviewed golden text', () => {
    expect(simplified).toBe(simplifiedText);
  });

  test('contains nothing OpenCC would still convert, and mainland quotation marks', () => {
    const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
    expect(t2s(simplified)).toBe(simplified);
    expect(simplified).not.toMatch(/[「」『』]/);
    expect(simplified).toContain('“枫桥经验”');
  });
});

describe('the whole article in Hong Kong Traditional (golden)', () => {
  // tests/unit/golden/…zh-hk.txt: opencc-js `hk` from the Taiwan text, then each character that differs from it read
  // by hand against the Hong Kong standard (常用字字形表): 群→羣 9 places, 稅→税 1, 著力→着力 1; nothing else moved.
  const hk = allVariants.find((v) => v.segment === 'zh-hk')!;
  const traditional = repairedSeed.join('\n');
  const golden = readFileSync('tests/unit/golden/yancheng-social-work-conference.zh-hk.txt', 'utf8');

  test('matches the reviewed golden text, to the character', () => {
    expect(convertText(traditional, hant, hk)).toBe(golden);
  });

  test('differs from the Taiwan text only in the reviewed characters, and keeps 「」', () => {
    const changed = new Map<string, number>();
    const hkCharacters = [...golden];
    [...traditional].forEach((ch, i) => {
      if (ch !== hkCharacters[i])
        changed.set(`${ch}→${hkCharacters[i]}`, (changed.get(`${ch}→${hkCharacters[i]}`) ?? 0) + 1);
    });
    expect(hkCharacters).toHaveLength([...traditional].length);
    expect(Object.fromEntries(changed)).toEqual({ '群→羣': 9, '稅→税': 1, '著→着': 1 });
    expect(golden).toContain('「楓橋經驗」');
  });

  test('from the Simplified text too: the same Hong Kong text', () => {
    expect(convertText(simplifiedText, hans, hk)).toBe(golden);
  });
});

describe('overrides', () => {
  test.each(overrides.map((o) => [o.phrase, o] as const))(
    '%s takes its pinned form in every variant it names',
    (_phrase, o) => {
      const from = variantBySegment(o.from);
      for (const [segment, form] of Object.entries(o.to)) {
        expect(convertText(`持續${o.phrase}構建`, from, variantBySegment(segment))).toContain(form);
      }
    },
  );

  test('an override wins over OpenCC and is not re-segmented by its neighbours', () => {
    const table = [{ from: 'zh-hant' as const, phrase: '乾部', to: { 'zh-hans': '乾部' }, why: 'test' }];
    expect(convertText('社會工作乾部', hant, hans)).toBe('社会工作干部');
    expect(convertText('社會工作乾部', hant, hans, table)).toBe('社会工作乾部');
  });
});

describe('overrides from Simplified into Taiwan Traditional, as a reader sees them', () => {
  // Each pair: a sentence as a Simplified article might write it, and what its Traditional text must hold.
  const pinned = [
    ['球队时隔七年宣告回归季后赛。', '宣告回歸季後賽'],
    ['房价回归理性。', '房價回歸理性'],
    ['这家家具店的实木家具卖得最好，家具行业回暖。', '這家家具店的實木家具賣得最好，家具行業'],
    ['这个国家具有优势。', '這個國家具有優勢'],
    ['警方破获一起制贩毒品案。', '製販毒品案'],
    ['新基金发行再次升温，本金发行后锁定。', '新基金發行再次升溫，本金發行'],
    ['某基金发布公告。', '基金發佈公告'],
    ['行业进入黄金发展期。', '黃金發展期'],
    ['两只基金发生基金经理变更。', '基金發生'],
    ['公司购得影片的北美发行权。', '北美發行權'],
    ['比例低于欧美发达国家。', '歐美發達國家'],
    ['农银汇理发行首只基金。', '匯理發行'],
    ['本周结束发行的新基金。', '結束發行'],
    ['学校给考生发放合格证。', '考生發放'],
    ['医生发现她在发烧。', '醫生發現'],
    ['三巨头发挥出色。', '巨頭發揮'],
    ['车票按人头发放。', '人頭發放'],
    ['维护发展中国家的利益。', '維護發展中國家'],
    ['风电要占总发电量的两成，包括发电量在内。', '總發電量的兩成，包括發電量'],
    ['工作进入总结发布阶段。', '總結發佈'],
    ['一块面积逾十万平方米的地。', '一塊面積'],
    ['在木架上搭一块面板。', '一塊面板'],
    ['可网上报名和面报。', '和面報'],
    ['支持自动对焦和面部识别。', '和面部識別'],
    ['门店从写字楼搬到街面店。', '街面店'],
    ['还有一家俱乐部找上门。', '一家俱樂部'],
    ['他成立了一家私募基金。', '一家私募'],
    ['我们是一家什么样的公司？', '一家什麼樣'],
    ['深化收入分配制度改革。', '分配制度'],
    ['他特别看重制度建设。', '看重制度'],
    ['有人主张以泡制泡。', '以泡制泡'],
    ['低回报的投资者。', '低回報'],
    ['短发显得十分干练。', '十分幹練'],
    ['建设纪检监察干部队伍。', '監察幹部'],
    ['杭州江干区的新房。', '江干區'],
    ['要更加注重质量。', '更加注重'],
  ] as const;

  test.each(pinned)('%s has %s', (sentence, form) => {
    expect(convertText(sentence, hans, hant)).toContain(form);
  });

  // Longer words that hold a row's characters keep OpenCC's reading: a row must not break them.
  const unbroken = [
    ['北回归线穿过嘉义。', '北迴歸線'],
    ['用回归分析处理数据。', '迴歸分析'],
    ['建立线性回归模型。', '線性迴歸'],
    ['警方全力遏制贩毒活动。', '遏制販毒'],
    ['严格控制贩卖渠道。', '控制販賣'],
    ['复制贩卖盗版光盘。', '複製販賣'],
    ['美发行业和理发行业', '美髮行業和理髮行業'],
    ['一头金发，金发碧眼。', '一頭金髮，金髮碧眼'],
    ['把头发放下来。', '頭髮放下'],
    ['请美发达人示范。', '美髮達人'],
    ['用来泡制泡菜。', '泡製泡菜'],
    ['巡回报告会', '巡迴報告'],
    ['先和面再擀皮。', '和麵'],
  ] as const;

  test.each(unbroken)('%s keeps %s', (sentence, form) => {
    expect(convertText(sentence, hans, hant)).toContain(form);
  });

  test('a row that contains another comes first, since convertText masks the rows in table order', () => {
    overrides.forEach((outer, i) =>
      overrides.forEach((inner, j) => {
        if (i !== j && outer.from === inner.from && outer.phrase.includes(inner.phrase)) {
          expect(i, `${outer.phrase} before ${inner.phrase}`).toBeLessThan(j);
        }
      }),
    );
  });
});

describe('names', () => {
  // Each pair: the name in Simplified and in Traditional script.
  const names = [
    ['于洋', '于洋'],
    ['余华', '余華'],
    ['范冰冰', '范冰冰'],
    ['钟汉良', '鍾漢良'],
    ['冯小刚', '馮小剛'],
  ] as const;

  test.each(names)('%s is %s in Traditional, and back', (simplified, traditional) => {
    expect(convertName(simplified, hans, hant)).toBe(traditional);
    expect(convertName(traditional, hant, hans)).toBe(simplified);
  });

  test('phrase conversion alone gets the surnames wrong, which is why names have their own', () => {
    expect(convertText('于洋', hans, hant)).toBe('於洋');
    expect(convertText('余华', hans, hant)).toBe('餘華');
  });

  // Every Traditional variant of the table, not only the site's: a new row's names must be right before it is turned on.
  const traditionalVariants = allVariants.filter((v) => scriptOfTag(v.lang) === 'Hant');

  test.each(names)('%s is %s in every Traditional variant of the table', (simplified, traditional) => {
    for (const variant of traditionalVariants) expect(convertName(simplified, hans, variant)).toBe(traditional);
  });

  test.each([...overrides, ...surnames].map((o) => [o.phrase, o] as const))(
    'the row %s gives a form to every variant of each script it names',
    (_phrase, o) => {
      const scripts = new Set(Object.keys(o.to).map((segment) => scriptOfTag(variantBySegment(segment).lang)));
      const expected = allVariants.filter((v) => v.segment !== o.from && scripts.has(scriptOfTag(v.lang)));
      expect(Object.keys(o.to).sort()).toEqual(expected.map((v) => v.segment).sort());
    },
  );

  test.each([...overrides, ...surnames].map((o) => [o.phrase, o] as const))(
    'the row %s has in each Traditional variant the form OpenCC’s variant step gives from Taiwan’s',
    (_phrase, o) => {
      const taiwan = o.to['zh-hant'];
      if (taiwan === undefined) return;
      for (const variant of traditionalVariants)
        expect(o.to[variant.segment]).toBe(convertText(taiwan, hant, variant, []));
    },
  );

  test.each(surnames.map((s) => [s.phrase, s] as const))('the surname %s takes its pinned form', (_surname, s) => {
    for (const [segment, form] of Object.entries(s.to)) {
      expect(convertName(`${s.phrase}明`, variantBySegment(s.from), variantBySegment(segment))).toBe(`${form}明`);
    }
  });
});

describe('HTML conversion', () => {
  test('converts text and readable attributes, never URLs, ids or code', () => {
    const html =
      '<p id="p1-會議"><a href="/會議/" title="鹽城會議">鹽城會議</a><img src="鹽.png" alt="會場"><code>會議</code><span aria-label="關於">於</span></p>';
    expect(convertHtml(html, hant, hans)).toBe(
      '<p id="p1-會議"><a href="/會議/" title="盐城会议">盐城会议</a><img src="鹽.png" alt="会场"><code>會議</code><span aria-label="关于">于</span></p>',
    );
  });

  test('quotation marks take the target script’s style; an apostrophe in Latin text stays', () => {
    expect(convertText('他說「紅色動能」和『新生力量』，China’s way', hant, hans)).toBe(
      '他说“红色动能”和‘新生力量’，China’s way',
    );
    expect(convertText('他说“红色动能”', hans, hant)).toBe('他說「紅色動能」');
  });

  test('is the identity for the source variant', () => {
    expect(convertHtml('<p>鹽城</p>', hant, hant)).toBe('<p>鹽城</p>');
  });
});
