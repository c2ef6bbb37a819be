/**
 * Reader settings (theme, text size, writing direction, reading aid): stored in localStorage
 * and applied as data attributes on <html>, which the stylesheet reads.
 * Shared: the browser scripts and the build (the boot script and the controls) read it.
 */
export const SETTINGS_KEY = 'reader-settings';

/** The choices of each setting, in the order the controls show them, and the default. */
export const settings = {
  theme: { choices: ['system', 'light', 'dark'], initial: 'system' },
  textSize: { choices: ['s', 'm', 'l', 'xl'], initial: 'm' },
  writing: { choices: ['horizontal', 'vertical'], initial: 'horizontal' },
  // The reading aid: on is the script's own system (注音 over Traditional, 拼音 over Simplified), or one chosen.
  reading: { choices: ['off', 'on', 'pinyin', 'zhuyin'], initial: 'off' },
} as const;

export type SettingName = keyof typeof settings;
