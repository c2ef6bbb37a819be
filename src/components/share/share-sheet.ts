/**
 * <share-sheet>: the share page's actions, which need JavaScript: copy the
 * article's address, or the address of the paragraph the reader came from
 * (the share link carries it as the page's fragment); and the system share
 * sheet (navigator.share) where the browser has one. The address field, the
 * Weibo link and the QR code work without it; with it, the QR code is redrawn
 * to hold the address the field shows. Runs in the browser.
 */
// Bundled on its own and imported by URL, only when the address takes a paragraph (see search/site-search.ts).
import qrFollowsAddress from './qr-follows-address.ts?worker&url';

class ShareSheet extends HTMLElement {
  connectedCallback(): void {
    const control = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-share="${name}"]`)!;
    const field = this.querySelector<HTMLInputElement>('input[type="url"]')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const withParagraph = control<HTMLInputElement>('paragraph');
    // The paragraph being read when the reader followed the share link, if any.
    const paragraph = /^#p\d+$/.test(location.hash) ? location.hash : '';
    const address = () => this.dataset['url']! + (withParagraph.checked ? paragraph : '');
    if (paragraph) {
      withParagraph.parentElement!.hidden = false;
      withParagraph.checked = true;
      field.value = address();
      withParagraph.addEventListener('change', () => (field.value = address()));
      // The QR code gives the same address as the field.
      void import(/* @vite-ignore */ qrFollowsAddress);
    }
    control('copy').addEventListener('click', async () => {
      status.textContent = '';
      await navigator.clipboard.writeText(address());
      status.textContent = status.dataset['copied']!;
    });
    if ('share' in navigator) {
      const system = control('system');
      system.hidden = false;
      system.addEventListener('click', () => {
        // A closed share sheet rejects: nothing to do then.
        navigator.share({ title: this.dataset['title']!, url: address() }).catch(() => {});
      });
    }
    this.querySelector<HTMLElement>('.share-sheet__actions')!.hidden = false;
  }
}

customElements.define('share-sheet', ShareSheet);
