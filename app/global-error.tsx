"use client";
import "./globals.css";

/** When even the root layout fails: the same generic message and reference as app/error.tsx. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-md px-6 py-16 text-center">
          <h1 className="text-xl font-semibold">Something went wrong</h1>
          <p className="mt-2 text-sm text-slate-600">
            An unexpected error stopped this page. Try again; if it keeps failing, give your administrator this reference: <code>{error.digest ?? "none"}</code>
          </p>
          <button type="button" onClick={reset} className="mt-6 rounded-md bg-accent-700 px-3 py-1.5 text-sm font-medium text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
