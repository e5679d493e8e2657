const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A number the Vietnamese way: 1.500.000, 2,5. */
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : numberFormat.format(n);
}

/**
 * A number the specialist typed, read the Vietnamese way ("1.500.000", "2,5", "12"); null when
 * it is not one, so that a form can say so instead of storing a zero.
 */
export function parseVietnameseNumber(text: string): number | null {
  const t = text.trim().replace(/\s+/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(t)) return null;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}
