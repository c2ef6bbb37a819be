/**
 * The quality checks every page of every test site passes: axe's rules and
 * html-validate's recommended rules, configured once. Runs in Node (tests).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';

/** WCAG 2.0–2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The axe violations on a page as it is now, one line each (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** html-validate with its recommended rules, two narrowed for reasons given below. */
export function htmlValidator(): HtmlValidate {
  return new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // role="list" on styled lists is deliberate: Safari drops list semantics when
      // list-style is none, and the role restores them for VoiceOver users.
      'no-redundant-role': [
        'error',
        { include: ['button', 'heading', 'link', 'navigation', 'main', 'banner', 'contentinfo'] },
      ],
      // The search results are a listbox of rich options (headline and marked excerpt),
      // which a native <select> cannot show.
      'prefer-native-element': ['error', { exclude: ['listbox'] }],
    },
  });
}
