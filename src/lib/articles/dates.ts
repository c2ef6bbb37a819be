/**
 * Article dates. Newsrooms here date in China time: a date without a time is
 * 00:00 in Beijing (+08:00), and every date readers or machines see is
 * written in that zone, so no reader west of UTC sees the day before.
 * Runs at build time.
 */
import type { Variant } from '../variants/variants.ts';

const CHINA_OFFSET_HOURS = 8;
const HOUR = 3_600_000;

/** The calendar and clock fields of an instant in China time. */
function chinaFields(date: Date) {
  const shifted = new Date(date.getTime() + CHINA_OFFSET_HOURS * HOUR);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    time: shifted.toISOString().slice(11, 19),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

// YYYY-MM-DD, optionally with a time (HH:MM or HH:MM:SS) and a zone (Z or ±HH:MM).
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The instant a frontmatter date means: a day alone is 00:00 China time, a time without a zone is China time; undefined when it is no date. */
export function parseArticleDate(text: string): Date | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone] = match;
  const offset = zone === undefined ? `+${pad(CHINA_OFFSET_HOURS)}:00` : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  // Date rolls 2025-02-30 over into March: a day that does not exist is no date.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime()) || calendar.getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59)
    return undefined;
  return date;
}

/** Whether a date carries a time of day: anything but 00:00 China time, which is how a day alone is read. */
export function hasTime(date: Date): boolean {
  return chinaFields(date).time !== '00:00:00';
}

/** A date as Chinese readers write it, in China time, with the time when it has one: 2025年2月19日 10:30. */
export function formatDate(date: Date): string {
  const { year, month, day, time } = chinaFields(date);
  return `${year}年${month}月${day}日` + (hasTime(date) ? ` ${time.slice(0, 5)}` : '');
}

/** The China-time day of a date as an ISO day, for `<time datetime>`, sorting and the search index. */
export function isoDay(date: Date): string {
  const { year, month, day } = chinaFields(date);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The full timestamp in China time with its offset: 2025-02-19T00:00:00+08:00. */
export function isoDateTime(date: Date): string {
  return `${isoDay(date)}T${chinaFields(date).time}+${pad(CHINA_OFFSET_HOURS)}:00`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as RSS wants it (RFC 822), in China time: Wed, 19 Feb 2025 00:00:00 +0800. */
export function rfc822(date: Date): string {
  const { year, month, day, weekday, time } = chinaFields(date);
  return `${WEEKDAYS[weekday]}, ${pad(day)} ${MONTHS[month - 1]} ${year} ${time} +${pad(CHINA_OFFSET_HOURS)}00`;
}

/** The China-time month of a date, for the month archives. */
export function monthOf(date: Date): { year: number; month: number } {
  const { year, month } = chinaFields(date);
  return { year, month };
}

/** A month as the archive names it, in the variant's words: 2025年2月. */
export function monthName(variant: Variant, { year, month }: { year: number; month: number }): string {
  return variant.ui.archive.month.replace('{year}', String(year)).replace('{month}', String(month));
}
