/**
 * The sections of the site, in the order the navigation shows them. This
 * table is the only place that knows which sections exist: the frontmatter
 * schema, the section pages, the navigation and the feeds all read it.
 * Adding a section is adding a row. Runs at build time and in tests.
 */
import type { Variant, VariantSegment } from '../variants/variants.ts';

export interface Section {
  /** URL segment (/zh-hant/<id>/) and the frontmatter value: lowercase Latin. */
  id: string;
  /** The section's name in each variant's own script, written by hand, never converted. */
  names: Record<VariantSegment, string>;
}

export const sections = [
  { id: 'politics', names: { 'zh-hant': '時政', 'zh-hans': '时政', 'zh-hk': '時政' } },
  { id: 'society', names: { 'zh-hant': '社會', 'zh-hans': '社会', 'zh-hk': '社會' } },
  { id: 'finance', names: { 'zh-hant': '財經', 'zh-hans': '财经', 'zh-hk': '財經' } },
  { id: 'property', names: { 'zh-hant': '房產', 'zh-hans': '房产', 'zh-hk': '房產' } },
  { id: 'education', names: { 'zh-hant': '教育', 'zh-hans': '教育', 'zh-hk': '教育' } },
  { id: 'technology', names: { 'zh-hant': '科技', 'zh-hans': '科技', 'zh-hk': '科技' } },
  { id: 'sports', names: { 'zh-hant': '體育', 'zh-hans': '体育', 'zh-hk': '體育' } },
  { id: 'entertainment', names: { 'zh-hant': '娛樂', 'zh-hans': '娱乐', 'zh-hk': '娛樂' } },
  { id: 'games', names: { 'zh-hant': '遊戲', 'zh-hans': '游戏', 'zh-hk': '遊戲' } },
  { id: 'fashion', names: { 'zh-hant': '時尚', 'zh-hans': '时尚', 'zh-hk': '時尚' } },
  { id: 'home', names: { 'zh-hant': '家居', 'zh-hans': '家居', 'zh-hk': '家居' } },
] as const satisfies readonly Section[];

export type SectionId = (typeof sections)[number]['id'];

/** Every section id, for the schema and for error messages. */
export const sectionIds = sections.map((s) => s.id) as [SectionId, ...SectionId[]];

/** Looks up a section by id; throws on an unknown one. */
export function sectionById(id: string): Section {
  const section = sections.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown section "${id}"; the sections are ${sectionIds.join(', ')}`);
  return section;
}

/** A section's name in a variant's script. */
export function sectionName(section: Section, variant: Variant): string {
  return section.names[variant.segment];
}
