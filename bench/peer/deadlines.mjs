// The peer: the deadline logic a law firm without kz-work-permit would write in JavaScript with the
// date-holidays npm package. It skips Saturdays, Sundays and every day date-holidays calls a public
// holiday in Kazakhstan (its substitute days included), and knows nothing else: no transfer acts,
// no data beyond the package's rules. Dates are `YYYY-MM-DD` text, as in kz-work-permit's API.
//
// `makeDeadlines(Holidays, data)` takes the package's Holidays class (and, for the KZ-only build,
// its data) so the same code runs on the full package and on the custom KZ build.

const pad = (n) => String(n).padStart(2, "0");

/** Noon of the date in the page's time zone: safe from any DST or UTC-offset edge. */
export function parseDate(text) {
  const [y, m, d] = text.split("-").map(Number);
  return new Date(y, m - 1, d, 12);
}

export function formatDate(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function makeDeadlines(Holidays, data) {
  const hd = data ? new Holidays(data, "KZ") : new Holidays("KZ");

  const isWeekend = (date) => date.getDay() === 0 || date.getDay() === 6;
  const isPublicHoliday = (date) => {
    const found = hd.isHoliday(date);
    return Boolean(found && found.some((h) => h.type === "public"));
  };

  /** The straightforward version: ask date-holidays about each day. */
  function isWorkingDay(text) {
    const date = parseDate(text);
    return !isWeekend(date) && !isPublicHoliday(date);
  }

  /** `n` working days after `text`, the start day not counted. */
  function addWorkingDays(text, n) {
    const date = parseDate(text);
    let left = n;
    while (left > 0) {
      date.setDate(date.getDate() + 1);
      if (!isWeekend(date) && !isPublicHoliday(date)) left -= 1;
    }
    return formatDate(date);
  }

  /** The same with each year's public holidays fetched once into a Set: what a careful firm writes. */
  const yearCache = new Map();
  function holidaysOf(year) {
    let set = yearCache.get(year);
    if (!set) {
      set = new Set(hd.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
      yearCache.set(year, set);
    }
    return set;
  }
  function addWorkingDaysCached(text, n) {
    const date = parseDate(text);
    let left = n;
    while (left > 0) {
      date.setDate(date.getDate() + 1);
      if (!isWeekend(date) && !holidaysOf(date.getFullYear()).has(formatDate(date))) left -= 1;
    }
    return formatDate(date);
  }

  /** `n` calendar days after `text` (the vacancy period: posted + 15 days). */
  function addCalendarDays(text, n) {
    const date = parseDate(text);
    date.setDate(date.getDate() + n);
    return formatDate(date);
  }

  return { isWorkingDay, addWorkingDays, addWorkingDaysCached, addCalendarDays };
}
