// Calendar months counted from January of year 0, for arithmetic on "YYYY-MM" (a quarter is three months back from its end).

/** The month "YYYY-MM" (or the month of "YYYY-MM-DD") as a count of months, or undefined. */
export function monthIndex(iso: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(iso ?? '');
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : undefined;
}

/** A count of months back as "YYYY-MM". */
export function monthOf(index: number): string {
  const month = (index % 12) + 1;
  return `${Math.floor(index / 12)}-${month < 10 ? '0' : ''}${month}`;
}
