/**
 * Where the reader's place travels between variants on a script switch: its
 * sessionStorage key, written by keep-place.ts on the way out and taken by the
 * boot script on arrival, which has the browser scroll the paragraph to its place.
 * Shared: the browser and the build (the boot script) read it.
 */
export const PLACE_KEY = 'script-switch:place';

/** A paragraph and how far its start is from the start of the reading area. */
export interface Place {
  id: string;
  offset: number;
}
