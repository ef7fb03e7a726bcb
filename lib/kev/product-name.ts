/**
 * A product as people say it: the maker, then the product, then the version, without repeating the maker when the
 * product's own name starts with it (the KEV catalog's "TeamViewer" / "TeamViewer" is "TeamViewer", not
 * "TeamViewer TeamViewer").
 */
export function productName(maker: string, product: string, version?: string | null): string {
  const m = maker.trim();
  const p = product.trim();
  const named = !m || p.toLowerCase() === m.toLowerCase() || p.toLowerCase().startsWith(`${m.toLowerCase()} `) ? p : `${m} ${p}`;
  return version?.trim() ? `${named} ${version.trim()}` : named;
}
