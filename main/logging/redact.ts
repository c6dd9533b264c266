/**
 * Masks a phone number for logs and screens: the last four digits stay, the
 * four before them become stars, and any digits in front stay so the country
 * and network remain readable ("+8613800138000" -> "+86138****8000"). Numbers
 * shorter than nine digits keep only their last two.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const plus = phone.startsWith('+') ? '+' : '';
  const digits = phone.replace(/\D/g, '');

  if (digits.length < 9) {
    return plus + '*'.repeat(Math.max(0, digits.length - 2)) + digits.slice(-2);
  }
  return plus + digits.slice(0, -8) + '****' + digits.slice(-4);
}
