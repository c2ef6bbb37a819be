import { SETTINGS_KEY } from './settings.ts';
import { PLACE_KEY } from '../script-switch/place.ts';

/**
 * Runs at the end of <head>, before the first paint, so the chosen theme, size and
 * writing never flash: on a page that offers 直排 and with 直排 chosen, it writes
 * the link to 直排's stylesheet into the page, where the parser makes it
 * render-blocking (inserted any other way, it would not be). It takes the place
 * carried by a script switch (place.ts) and sets it as --place until the page
 * has loaded, so that the browser's own scroll to the paragraph puts it where
 * it was on screen (article.css; a permalink followed later scrolls as ever);
 * and it keeps that paragraph from being tinted as a
 * permalink's target, until the reader follows a permalink (which may come
 * before the page's modules have run; no other code listens for hashchange). And it marks
 * a page reached with a paragraph's fragment (#p5), for which the share page
 * keeps room for its paragraph checkbox. It is
 * inline and not processed by Astro, so astro.config.mjs adds its hash to the
 * CSP.
 */
export const bootScript = `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)})||"{}"),d=document.documentElement,v=d.dataset.verticalStyles;for(var k in s)if(typeof s[k]=="string")d.dataset[k]=s[k];if(v&&s.writing=="vertical")document.write('<link rel="stylesheet" href="'+v+'">');if(/^#p\\d+$/.test(location.hash))d.dataset.fromParagraph="";var p=sessionStorage.getItem(${JSON.stringify(PLACE_KEY)});sessionStorage.removeItem(${JSON.stringify(PLACE_KEY)});p=JSON.parse(p);if(p&&location.hash=="#"+p.id){d.dataset.switched="";d.style.setProperty("--place",p.offset+"px");onload=()=>requestAnimationFrame(()=>d.style.removeProperty("--place"));onhashchange=()=>delete d.dataset.switched}}catch{}`;
