/**
 * The script variants of the site. This table is the only place that knows
 * which variants exist: pages, conversion, search and metadata all read it.
 * Adding a variant is adding a row.
 * Shared: the build reads all of it; browser code imports its types only.
 */

/** Quotation marks of a script: primary and nested, opening and closing. */
export interface QuotationStyle {
  primary: readonly [open: string, close: string];
  secondary: readonly [open: string, close: string];
}

/** Interface strings, written in each variant's own terms, never machine-converted. */
export interface UiStrings {
  siteName: string;
  siteDescription: string;
  switchTo: string;
  skipToArticle: string;
  latest: string;
  notFoundTitle: string;
  notFoundBody: string;
  backToFront: string;
  chooseScript: string;
  /** `{minutes}` is filled in. */
  readingTime: string;
  /** On a derived variant: the text was converted from the original; `{label}` is the original's label. */
  convertedNote: string;
  readOriginal: string;
  /** Accessible name of a paragraph's permalink; `{n}` is the paragraph number. */
  paragraphLink: string;
  feed: string;
  /** The front page, in breadcrumbs. */
  home: string;
  /** Name of the section navigation. */
  sectionsLabel: string;
  /** Name of the breadcrumb navigation. */
  breadcrumbLabel: string;
  /** A list with no articles yet (a new section). */
  emptyList: string;
  /** Heading of the earlier articles of the same section, after an article; `{section}` is filled in. */
  earlierInSection: string;
  pagination: PaginationStrings;
  archive: ArchiveStrings;
  search: SearchStrings;
  reader: ReaderStrings;
  newsroom: NewsroomStrings;
  share: ShareStrings;
  footer: FooterStrings;
}

/** Strings of every page's footer; its site information's addresses are in src/lib/site/site-info.ts. */
export interface FooterStrings {
  /** Name of the footer's navigation, distinct from the section navigation's. */
  label: string;
  /** The variant's feed. */
  feed: string;
  /** A section's own feed, on its pages; `{section}` is filled in. */
  sectionFeed: string;
  about: string;
  contact: string;
  licence: string;
}

/** Strings of bylines, changes after publication, unpublished articles and moved ones; `{date}` and `{name}` are filled in. */
export interface NewsroomStrings {
  /** Before the byline's names. */
  byline: string;
  /** Names in a byline are joined by this. */
  separator: string;
  updated: string;
  correction: string;
  retracted: string;
  /** The banner on a draft, seen only in `astro dev` and the preview build. */
  draft: string;
  /** The banner on an article scheduled for later. */
  scheduled: string;
  /** The page listing corrections and retractions. */
  corrections: { title: string; intro: string; empty: string };
  /** An author's page: heading of their articles. */
  authorArticles: string;
  /** The page at an article's old address. */
  moved: string;
}

/** Strings of an article's share control. */
export interface ShareStrings {
  /** The link to the share page, and the page's heading. */
  share: string;
  /** Label of the article's address, shown to select and copy. */
  link: string;
  copyLink: string;
  /** The option to link to the paragraph in view rather than the article's top. */
  withParagraph: string;
  copied: string;
  /** The system share sheet (navigator.share). */
  more: string;
  weibo: string;
  /** The QR code's text alternative and caption. */
  qr: string;
}

/** Strings of page navigation; `{n}` is a page number. */
export interface PaginationStrings {
  label: string;
  /** The list's own URL, its newest items. */
  newest: string;
  /** The page of the items just newer than this page's. */
  later: string;
  /** The page of the items just older. */
  earlier: string;
  /** Page 1, the list's oldest items. */
  oldest: string;
  page: string;
  /** A list page's title after the first: `{title}` and `{n}` are filled in. */
  pageTitle: string;
}

/** Strings of the month archive; `{year}`, `{month}` and `{count}` are filled in. */
export interface ArchiveStrings {
  title: string;
  month: string;
  count: string;
  /** The archive index's introduction. */
  intro: string;
}

/** Strings of the reader controls (theme, text size, writing direction). */
export interface ReaderStrings {
  /** The character on the settings button (decorative; the button is named by `settings`). */
  icon: string;
  settings: string;
  theme: string;
  themes: { system: string; light: string; dark: string };
  textSize: string;
  sizes: { s: string; m: string; l: string; xl: string };
  writing: string;
  writings: { horizontal: string; vertical: string };
  /** The reading aid: off, on (the script's own system), 拼音, 注音. */
  reading: string;
  readings: { off: string; on: string; pinyin: string; zhuyin: string };
}

/** Strings of the search box and search page; `{count}` and `{query}` are filled in. */
export interface SearchStrings {
  /** Name of the header's search landmark, distinct from the search page's own form. */
  siteLabel: string;
  label: string;
  placeholder: string;
  submit: string;
  title: string;
  results: string;
  noResults: string;
  needsJavaScript: string;
  loading: string;
  failed: string;
  /** The search page's title with its query: `{query}` is filled in. */
  queryTitle: string;
  /** The button that shows the next results. */
  more: string;
  /** Name of the search page's section filter, and its choice of every section. */
  sections: string;
  allSections: string;
}

/** A row of the variants table as written; `Variant` is the same with its segment narrowed to the table's. */
export interface VariantRow {
  /** URL segment: /zh-hant/… */
  segment: string;
  /** BCP 47 tag for `<html lang>` and `hreflang`. */
  lang: string;
  /** Name of the script in its own script, used on the switch. */
  label: string;
  /** Where its forms are the standard, shown beside `label` when another variant of the site has the same label (繁體（香港）). */
  region?: string;
  /** opencc-js locale of text in this variant. */
  openccLocale: 'tw' | 'cn' | 'hk';
  /** Open Graph locale. */
  ogLocale: string;
  /** Browser language tags this variant serves, for the root page's choice (see language-match.ts). */
  serves: readonly string[];
  quotes: QuotationStyle;
  ui: UiStrings;
}

/** A script variant: a row of the table, its URL segment one of the table's (never a bare string). */
export interface Variant extends Omit<VariantRow, 'segment'> {
  segment: VariantSegment;
}

const table = [
  {
    segment: 'zh-hant',
    lang: 'zh-Hant',
    label: '繁體',
    region: '台灣',
    openccLocale: 'tw',
    ogLocale: 'zh_TW',
    serves: ['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo'],
    quotes: { primary: ['「', '」'], secondary: ['『', '』'] },
    ui: {
      siteName: '鹽城新聞',
      siteDescription: '鹽城新聞報道，繁體與简体兩種字體閱讀。',
      switchTo: '改用繁體字閱讀',
      skipToArticle: '跳到正文',
      latest: '最新報道',
      notFoundTitle: '找不到這個頁面',
      notFoundBody: '這個網址沒有頁面，可能已經移動或刪除。',
      backToFront: '回到首頁',
      chooseScript: '選擇字體',
      readingTime: '約 {minutes} 分鐘讀完',
      convertedNote: '本文由{label}原文自動轉換。',
      readOriginal: '閱讀原文',
      paragraphLink: '第 {n} 段的連結',
      feed: '訂閱',
      home: '首頁',
      sectionsLabel: '欄目',
      breadcrumbLabel: '目前位置',
      emptyList: '這裡還沒有報道。',
      earlierInSection: '{section}欄目較早的報道',
      pagination: {
        label: '頁碼',
        newest: '最新',
        later: '較新',
        earlier: '較舊',
        oldest: '最早',
        page: '第 {n} 頁',
        pageTitle: '{title}（第 {n} 頁）',
      },
      archive: { title: '報道存檔', month: '{year}年{month}月', count: '{count} 篇', intro: '按月份瀏覽所有報道。' },
      reader: {
        icon: '字',
        settings: '閱讀設定',
        theme: '主題',
        themes: { system: '跟隨系統', light: '淺色', dark: '深色' },
        textSize: '字級',
        sizes: { s: '小', m: '中', l: '大', xl: '特大' },
        writing: '排版',
        writings: { horizontal: '橫排', vertical: '直排' },
        reading: '標音',
        readings: { off: '關', on: '開', pinyin: '拼音', zhuyin: '注音' },
      },
      share: {
        share: '分享',
        link: '本文網址',
        copyLink: '複製連結',
        withParagraph: '連到正在讀的段落',
        copied: '連結已複製',
        more: '其他分享方式…',
        weibo: '分享到微博',
        qr: '用微信掃描二維碼，在手機上打開本文',
      },
      search: {
        siteLabel: '搜尋本站',
        label: '搜尋',
        placeholder: '搜尋',
        submit: '搜尋',
        title: '搜尋結果',
        results: '找到 {count} 篇文章',
        noResults: '沒有結果：找不到「{query}」',
        needsJavaScript: '搜尋需要 JavaScript。請在瀏覽器中啟用 JavaScript，或從首頁瀏覽所有文章。',
        loading: '搜尋中…',
        failed: '搜尋暫時無法使用，請稍後再試。',
        queryTitle: '{query} - 搜尋結果',
        more: '更多結果',
        sections: '按欄目篩選',
        allSections: '全部',
      },
      newsroom: {
        byline: '作者',
        separator: '、',
        updated: '更新於 {date}',
        correction: '更正',
        retracted: '本文已撤回',
        draft: '草稿：本文尚未發佈，只在預覽中可見。',
        scheduled: '預定 {date} 發佈，尚未公開。',
        corrections: {
          title: '更正與撤回',
          intro: '報道發佈後的更正與撤回，最新的在前。',
          empty: '目前沒有更正。',
        },
        authorArticles: '{name}的報道',
        moved: '本文已移至新網址：',
      },
      footer: {
        label: '網站導覽',
        feed: 'RSS 訂閱',
        sectionFeed: '{section} RSS',
        about: '關於本站',
        contact: '聯絡我們',
        licence: '授權條款',
      },
    },
  },
  {
    segment: 'zh-hans',
    lang: 'zh-Hans',
    label: '简体',
    openccLocale: 'cn',
    ogLocale: 'zh_CN',
    serves: ['zh', 'zh-hans', 'zh-cn', 'zh-sg', 'zh-my'],
    quotes: { primary: ['“', '”'], secondary: ['‘', '’'] },
    ui: {
      siteName: '盐城新闻',
      siteDescription: '盐城新闻报道，简体与繁體两种字体阅读。',
      switchTo: '改用简体字阅读',
      skipToArticle: '跳到正文',
      latest: '最新报道',
      notFoundTitle: '找不到这个页面',
      notFoundBody: '这个网址没有页面，可能已经移动或删除。',
      backToFront: '回到首页',
      chooseScript: '选择字体',
      readingTime: '约 {minutes} 分钟读完',
      convertedNote: '本文由{label}原文自动转换。',
      readOriginal: '阅读原文',
      paragraphLink: '第 {n} 段的链接',
      feed: '订阅',
      home: '首页',
      sectionsLabel: '栏目',
      breadcrumbLabel: '当前位置',
      emptyList: '这里还没有报道。',
      earlierInSection: '{section}栏目此前的报道',
      pagination: {
        label: '页码',
        newest: '最新',
        later: '较新',
        earlier: '较旧',
        oldest: '最早',
        page: '第 {n} 页',
        pageTitle: '{title}（第 {n} 页）',
      },
      archive: { title: '报道归档', month: '{year}年{month}月', count: '{count} 篇', intro: '按月份浏览所有报道。' },
      reader: {
        icon: '字',
        settings: '阅读设置',
        theme: '主题',
        themes: { system: '跟随系统', light: '浅色', dark: '深色' },
        textSize: '字号',
        sizes: { s: '小', m: '中', l: '大', xl: '特大' },
        writing: '排版',
        writings: { horizontal: '横排', vertical: '竖排' },
        reading: '标音',
        readings: { off: '关', on: '开', pinyin: '拼音', zhuyin: '注音' },
      },
      share: {
        share: '分享',
        link: '本文网址',
        copyLink: '复制链接',
        withParagraph: '链接到正在读的段落',
        copied: '链接已复制',
        more: '其他分享方式…',
        weibo: '分享到微博',
        qr: '用微信扫描二维码，在手机上打开本文',
      },
      search: {
        siteLabel: '搜索本站',
        label: '搜索',
        placeholder: '搜索',
        submit: '搜索',
        title: '搜索结果',
        results: '找到 {count} 篇文章',
        noResults: '没有结果：找不到“{query}”',
        needsJavaScript: '搜索需要 JavaScript。请在浏览器中启用 JavaScript，或从首页浏览所有文章。',
        loading: '搜索中…',
        failed: '搜索暂时无法使用，请稍后再试。',
        queryTitle: '{query} - 搜索结果',
        more: '更多结果',
        sections: '按栏目筛选',
        allSections: '全部',
      },
      newsroom: {
        byline: '作者',
        separator: '、',
        updated: '更新于 {date}',
        correction: '更正',
        retracted: '本文已撤回',
        draft: '草稿：本文尚未发布，只在预览中可见。',
        scheduled: '预定 {date} 发布，尚未公开。',
        corrections: {
          title: '更正与撤回',
          intro: '报道发布后的更正与撤回，最新的在前。',
          empty: '目前没有更正。',
        },
        authorArticles: '{name}的报道',
        moved: '本文已移至新网址：',
      },
      footer: {
        label: '网站导览',
        feed: 'RSS 订阅',
        sectionFeed: '{section} RSS',
        about: '关于本站',
        contact: '联系我们',
        licence: '许可协议',
      },
    },
  },
  {
    segment: 'zh-hk',
    lang: 'zh-HK',
    label: '繁體',
    region: '香港',
    openccLocale: 'hk',
    ogLocale: 'zh_HK',
    serves: ['zh-hk', 'zh-mo', 'zh-hant-hk', 'zh-hant-mo'],
    quotes: { primary: ['「', '」'], secondary: ['『', '』'] },
    // Taiwan's strings in Hong Kong forms (閲, 裏, 啓), as OpenCC's hk step writes them: a unit test holds the two
    // rows to that, but for siteDescription and switchTo (tests/unit/variants.test.ts).
    ui: {
      siteName: '鹽城新聞',
      siteDescription: '鹽城新聞報道，繁體與简体字體閲讀。',
      switchTo: '改用香港繁體字閲讀',
      skipToArticle: '跳到正文',
      latest: '最新報道',
      notFoundTitle: '找不到這個頁面',
      notFoundBody: '這個網址沒有頁面，可能已經移動或刪除。',
      backToFront: '回到首頁',
      chooseScript: '選擇字體',
      readingTime: '約 {minutes} 分鐘讀完',
      convertedNote: '本文由{label}原文自動轉換。',
      readOriginal: '閲讀原文',
      paragraphLink: '第 {n} 段的連結',
      feed: '訂閲',
      home: '首頁',
      sectionsLabel: '欄目',
      breadcrumbLabel: '目前位置',
      emptyList: '這裏還沒有報道。',
      earlierInSection: '{section}欄目較早的報道',
      pagination: {
        label: '頁碼',
        newest: '最新',
        later: '較新',
        earlier: '較舊',
        oldest: '最早',
        page: '第 {n} 頁',
        pageTitle: '{title}（第 {n} 頁）',
      },
      archive: { title: '報道存檔', month: '{year}年{month}月', count: '{count} 篇', intro: '按月份瀏覽所有報道。' },
      reader: {
        icon: '字',
        settings: '閲讀設定',
        theme: '主題',
        themes: { system: '跟隨系統', light: '淺色', dark: '深色' },
        textSize: '字級',
        sizes: { s: '小', m: '中', l: '大', xl: '特大' },
        writing: '排版',
        writings: { horizontal: '橫排', vertical: '直排' },
        reading: '標音',
        readings: { off: '關', on: '開', pinyin: '拼音', zhuyin: '注音' },
      },
      share: {
        share: '分享',
        link: '本文網址',
        copyLink: '複製連結',
        withParagraph: '連到正在讀的段落',
        copied: '連結已複製',
        more: '其他分享方式…',
        weibo: '分享到微博',
        qr: '用微信掃描二維碼，在手機上打開本文',
      },
      search: {
        siteLabel: '搜尋本站',
        label: '搜尋',
        placeholder: '搜尋',
        submit: '搜尋',
        title: '搜尋結果',
        results: '找到 {count} 篇文章',
        noResults: '沒有結果：找不到「{query}」',
        needsJavaScript: '搜尋需要 JavaScript。請在瀏覽器中啓用 JavaScript，或從首頁瀏覽所有文章。',
        loading: '搜尋中…',
        failed: '搜尋暫時無法使用，請稍後再試。',
        queryTitle: '{query} - 搜尋結果',
        more: '更多結果',
        sections: '按欄目篩選',
        allSections: '全部',
      },
      newsroom: {
        byline: '作者',
        separator: '、',
        updated: '更新於 {date}',
        correction: '更正',
        retracted: '本文已撤回',
        draft: '草稿：本文尚未發佈，只在預覽中可見。',
        scheduled: '預定 {date} 發佈，尚未公開。',
        corrections: {
          title: '更正與撤回',
          intro: '報道發佈後的更正與撤回，最新的在前。',
          empty: '目前沒有更正。',
        },
        authorArticles: '{name}的報道',
        moved: '本文已移至新網址：',
      },
      footer: {
        label: '網站導覽',
        feed: 'RSS 訂閲',
        sectionFeed: '{section} RSS',
        about: '關於本站',
        contact: '聯絡我們',
        licence: '授權條款',
      },
    },
  },
] as const satisfies readonly VariantRow[];

export type VariantSegment = (typeof table)[number]['segment'];

/** Every variant a site may publish, in the table's order. */
export const allVariants: readonly Variant[] = table;

/** The variants a site publishes when SITE_VARIANTS is unset. */
export const DEFAULT_VARIANTS: readonly VariantSegment[] = ['zh-hant', 'zh-hans'];

/** The written script of a BCP 47 tag, by its likely subtags (zh-HK and zh-TW are Hant, zh and zh-CN Hans). */
export function scriptOfTag(lang: string): 'Hant' | 'Hans' {
  return new Intl.Locale(lang).maximize().script === 'Hans' ? 'Hans' : 'Hant';
}

/**
 * The variants named by SITE_VARIANTS (`zh-hant,zh-hans,zh-hk`), in the table's order, or the default two; throws
 * on an unknown segment or a set without the source variant.
 */
export function siteVariants(setting: string | undefined): readonly Variant[] {
  const named = (setting ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const segments = named.length > 0 ? named : DEFAULT_VARIANTS;
  for (const segment of segments) {
    if (!table.some((v) => v.segment === segment))
      throw new Error(
        `SITE_VARIANTS: unknown variant "${segment}"; the variants are ${table.map((v) => v.segment).join(', ')}`,
      );
  }
  if (!segments.includes(table[0].segment))
    throw new Error(`SITE_VARIANTS must include ${table[0].segment}, the source variant`);
  return allVariants.filter((v) => segments.includes(v.segment));
}

/** The variants this site publishes (SITE_VARIANTS at build time; the default two elsewhere). */
export const variants: readonly Variant[] = siteVariants(globalThis.process?.env?.['SITE_VARIANTS']);

/** The variant in which articles are written unless they say otherwise (frontmatter `script`). */
export const sourceVariant: Variant = variants[0]!;

/** A variant's name for readers: its label, with its region where another of the site's variants has the same label. */
export function labelOf(variant: Variant, site: readonly Variant[] = variants): string {
  const shared = site.some((other) => other.segment !== variant.segment && other.label === variant.label);
  return shared && variant.region ? `${variant.label}（${variant.region}）` : variant.label;
}

/** Whether two of the site's variants share a label, so that readers are shown their regions (繁體（台灣）, 繁體（香港）). */
export function showsRegions(site: readonly Variant[] = variants): boolean {
  return site.some((v) => labelOf(v, site) !== v.label);
}

/** Looks up a variant by its BCP 47 tag (an article's `script`), among the site's, else the table's; throws on an unknown one. */
export function variantByLang(lang: string): Variant {
  const variant = variants.find((v) => v.lang === lang) ?? allVariants.find((v) => v.lang === lang);
  if (!variant) throw new Error(`Unknown script "${lang}"`);
  return variant;
}

/** Looks up a variant by its URL segment, among the site's, else the table's; throws on an unknown one. */
export function variantBySegment(segment: string): Variant {
  const variant = variants.find((v) => v.segment === segment) ?? allVariants.find((v) => v.segment === segment);
  if (!variant) throw new Error(`Unknown script variant "${segment}"`);
  return variant;
}
