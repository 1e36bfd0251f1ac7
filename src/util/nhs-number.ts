// NHS number check digit (modulus 11), as the NHS Data Dictionary defines it. Staff type numbers
// with spaces ("999 000 0018"); the check must accept that and reject a wrong check digit, because
// catching a mistyped number at registration is exactly what a real PAS does. Shared by the
// simulator (which checks what is typed) and journeys' generated test numbers (${gen.nhsNumber}).

/** Digits only, or null when the input is not ten digits once spaces and dashes are removed. */
export function nhsDigits(input: string): string | null {
  const d = input.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(d) ? d : null;
}

/** The check digit for nine digits, or null when the remainder makes the number impossible (check 10). */
export function checkDigit(nine: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

export function isValidNhsNumber(input: string): boolean {
  const d = nhsDigits(input);
  if (!d) return false;
  const c = checkDigit(d.slice(0, 9));
  return c !== null && c === Number(d[9]);
}

/** "9990000018" → "999 000 0018". */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** The first `count` valid NHS numbers in the test range 999 000 0000 onwards, in order. */
export function testNhsNumbers(count: number, from = 999000001): string[] {
  const out: string[] = [];
  for (let n = from; out.length < count; n++) {
    const nine = String(n);
    const c = checkDigit(nine);
    if (c !== null) out.push(nine + String(c));
  }
  return out;
}
