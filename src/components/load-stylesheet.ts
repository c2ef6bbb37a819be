/**
 * Adding a stylesheet to the page once, for code that only some readers load
 * (直排, search). Runs in the browser.
 */

/** Links the stylesheet at `href` into the page unless it is there already; resolves when it has loaded. */
export function loadStylesheet(href: string): Promise<void> {
  const present = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (present) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise<void>((done) => {
    link.onload = link.onerror = () => done();
  });
  document.head.append(link);
  return loaded;
}
