import Link from "next/link";
import { Logo } from "@/components/shell/logo";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center px-6 text-center">
      <Logo className="h-10 w-10" />
      <h1 className="mt-4 text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        This page does not exist, or you do not have access to it.
      </p>
      <Link href="/" className="mt-6 text-sm font-medium text-accent-700 hover:underline dark:text-accent-300">
        Go to your start page
      </Link>
    </main>
  );
}
