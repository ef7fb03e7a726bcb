// ISO 17442 Legal Entity Identifier: 18 alphanumeric characters and 2 check digits (ISO 7064 MOD 97-10, as IBANs).

export const LEI_PATTERN = /^[0-9A-Z]{18}[0-9]{2}$/;

/** The number the LEI stands for, letters as 10…35, modulo 97, computed digit by digit. */
function mod97(value: string): number {
  let remainder = 0;
  for (const ch of value) {
    const digits = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}

export function isValidLei(lei: string): boolean {
  return LEI_PATTERN.test(lei) && mod97(lei) === 1;
}

/** The two check digits for an 18-character LEI prefix. */
export function leiCheckDigits(prefix: string): string {
  return String(98 - mod97(`${prefix}00`)).padStart(2, "0");
}
