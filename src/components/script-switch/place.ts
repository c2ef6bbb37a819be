/**
 * Where the reader's place travels between variants on a script switch: its
 * sessionStorage key, shared by keep-place.ts and the boot script (which stops
 * the arrival's paragraph from being tinted as a permalink target).
 * Shared: the browser and the build (the boot script) read it.
 */
export const PLACE_KEY = 'script-switch:place';

/** A paragraph and how far its start is from the start of the reading area. */
export interface Place {
  id: string;
  offset: number;
}
