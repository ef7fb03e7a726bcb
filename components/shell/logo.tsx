/** Three linked rings: a supply chain. Decorative; the product name is always written next to it. */
export function Logo({ className = "h-6 w-6" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={`${className} text-accent-700 dark:text-accent-400`} fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="6" cy="12" r="4" />
      <circle cx="12" cy="12" r="4" />
      <circle cx="18" cy="12" r="4" />
    </svg>
  );
}
