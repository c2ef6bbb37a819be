/**
 * Reader settings (theme, text size, writing direction): stored in localStorage
 * and applied as data attributes on <html>, which the stylesheet reads.
 */
export const SETTINGS_KEY = 'reader-settings';

/** The choices of each setting; the first is the default. */
export const settingChoices = {
  theme: ['system', 'light', 'dark'],
  textSize: ['m', 's', 'l', 'xl'],
  writing: ['horizontal', 'vertical'],
} as const;

export type SettingName = keyof typeof settingChoices;

/**
 * Runs in <head> before the first paint, so the chosen theme and size never
 * flash. It is inline, so the CSP needs its hash (see astro.config.mjs).
 */
export const bootScript = `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)})||"{}"),d=document.documentElement;for(var k in s)if(typeof s[k]=="string")d.dataset[k]=s[k]}catch(e){}`;
