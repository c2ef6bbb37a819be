import { SETTINGS_KEY } from './settings.ts';
import { PLACE_KEY } from '../script-switch/place.ts';

/**
 * Runs in <head> before the first paint, so the chosen theme and size never
 * flash, and a paragraph reached by a script switch is not tinted as a
 * permalink's target. It is inline and not processed by Astro, so
 * astro.config.mjs adds its hash to the CSP.
 */
export const bootScript = `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)})||"{}"),d=document.documentElement;for(var k in s)if(typeof s[k]=="string")d.dataset[k]=s[k];if(sessionStorage.getItem(${JSON.stringify(PLACE_KEY)}))d.dataset.switched=""}catch(e){}`;
