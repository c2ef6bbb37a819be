// html-validate over every page in dist/ (tests/build/site.test.ts): the recommended rules,
// with these exceptions.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // role="list" on styled lists is deliberate: Safari drops list semantics when
    // list-style is none, and the role restores them for VoiceOver users.
    'no-redundant-role': ['error', { include: ['button', 'heading', 'link', 'navigation', 'main', 'banner', 'contentinfo'] }],
    // The search results are a listbox of rich options (headline and marked excerpt),
    // which a native <select> cannot show.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};
