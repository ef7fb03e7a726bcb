"use client";
// Search and go to: Ctrl+K (⌘K on a Mac) or the header's search button opens a dialog that finds vendors, systems,
// channels, products, CVE ids, assessments and findings as the person types, and goes to any page of the navigation.
import { Command } from "cmdk";
import { Building2, Bug, Cable, ClipboardCheck, CornerDownLeft, Flag, LoaderCircle, Package, Plus, Search, Server, type LucideIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useEffect, useState, useSyncExternalStore } from "react";
import { EDITOR_ROLES, type Role } from "@/lib/auth/roles";
import { SEARCH_MAX_LENGTH } from "@/lib/search/schema";
import type { SearchHit, SearchKind } from "@/lib/search/search";
import { cn } from "@/components/ui/cn";
import { navigationFor } from "./navigation";

/** The groups of results, in the order they are listed. */
const kinds: Record<SearchKind, LucideIcon> = {
  vendor: Building2,
  system: Server,
  channel: Cable,
  product: Package,
  vulnerability: Bug,
  assessment: ClipboardCheck,
  finding: Flag,
};

/** Typing pauses this long before the search is sent; a newer text cancels the request of an older one. */
const DEBOUNCE_MS = 150;

type Result = { q: string; hits: SearchHit[]; error?: string };

function useSearch(q: string): { hits: SearchHit[]; loading: boolean; error?: string } {
  const t = useTranslations("search");
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { accept: "application/json" } });
        const body = response.headers.get("content-type")?.includes("application/json") ? ((await response.json()) as { hits?: SearchHit[]; error?: string }) : null;
        if (response.ok && body?.hits) setResult({ q, hits: body.hits });
        // A session that ended answers with the sign-in page, not JSON.
        else setResult({ q, hits: [], error: body?.error ?? t("unavailableReload") });
      } catch {
        if (!controller.signal.aborted) setResult({ q, hits: [], error: t("unavailableConnection") });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, t]);
  if (!q) return { hits: [], loading: false };
  // While the next answer is on its way, the previous one stays listed (dimmed) rather than the list going blank.
  const current = result?.q === q ? result : null;
  return { hits: (current ?? result)?.hits ?? [], loading: !current, error: current?.error };
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);
const noSubscription = () => () => {};

const itemClass =
  "flex cursor-default select-none items-center gap-3 rounded-md px-3 py-2 text-sm outline-none data-[selected=true]:bg-slate-100 dark:data-[selected=true]:bg-slate-800 [&>svg]:size-4 [&>svg]:shrink-0 [&>svg]:text-slate-500 dark:[&>svg]:text-slate-400";

export function CommandPalette({ role }: { role: Role }) {
  const t = useTranslations("search");
  const tNav = useTranslations("shell.nav");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const q = query.trim();
  const { hits, loading, error } = useSearch(open ? q : "");
  const mac = useSyncExternalStore(noSubscription, isMac, () => false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        setOpen((wasOpen) => !wasOpen);
        setQuery("");
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const changeOpen = (next: boolean) => {
    setOpen(next);
    if (!next) setQuery("");
  };
  const go = (href: string) => {
    changeOpen(false);
    router.push(href);
  };

  const commands = [
    ...navigationFor(role).flatMap((section) => section.items.map((item) => ({ href: item.href, label: t("goToPage", { page: tNav(item.id) }), icon: item.icon }))),
    ...(EDITOR_ROLES.includes(role) ? [{ href: "/vendors/new", label: t("newVendor"), icon: Plus }] : []),
  ].filter((c) => c.label.toLowerCase().includes(q.toLowerCase()));
  const groups = (Object.keys(kinds) as SearchKind[]).map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) })).filter((g) => g.hits.length > 0);
  const nothing = !loading && !error && q !== "" && hits.length === 0 && commands.length === 0;
  const shortcut = mac ? "⌘K" : t("shortcutOther");

  return (
    <Dialog.Root open={open} onOpenChange={changeOpen}>
      <Dialog.Trigger
        aria-label={t("open")}
        aria-keyshortcuts="Control+K Meta+K"
        className="flex items-center gap-2 rounded-md p-1.5 text-sm text-slate-600 hover:bg-slate-100 sm:w-56 sm:border sm:border-slate-200 sm:px-2.5 sm:py-1 dark:text-slate-300 dark:hover:bg-slate-800 sm:dark:border-slate-700"
      >
        <Search aria-hidden className="size-5 sm:size-4" />
        <span aria-hidden className="hidden flex-1 text-left sm:inline">
          {t("button")}
        </span>
        <kbd aria-hidden className="hidden rounded border border-slate-200 bg-slate-50 px-1.5 font-sans text-[11px] text-slate-500 sm:inline dark:border-slate-700 dark:bg-slate-800 dark:text-slate-400">
          {shortcut}
        </kbd>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/40 backdrop-blur-[1px]" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed left-1/2 top-4 z-50 w-[calc(100%-1.5rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-xl border border-slate-200 bg-white text-slate-900 shadow-2xl outline-none sm:top-[12vh] dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100"
        >
          <Dialog.Title className="sr-only">{t("title")}</Dialog.Title>
          <Command label={t("label")} shouldFilter={false} loop>
            <div className="flex items-center gap-2 border-b border-slate-200 px-3 dark:border-slate-800">
              {loading ? <LoaderCircle aria-hidden className="size-4 shrink-0 animate-spin text-slate-500" /> : <Search aria-hidden className="size-4 shrink-0 text-slate-500" />}
              <Command.Input
                value={query}
                onValueChange={setQuery}
                maxLength={SEARCH_MAX_LENGTH}
                placeholder={t("placeholder")}
                className="h-12 w-full min-w-0 bg-transparent text-base outline-none placeholder:text-slate-500 sm:text-sm dark:placeholder:text-slate-400"
              />
              <kbd className="hidden rounded border border-slate-200 px-1.5 font-sans text-[11px] text-slate-500 sm:inline dark:border-slate-700 dark:text-slate-400">{t("escape")}</kbd>
            </div>
            <div role="status" className={cn("px-5 text-sm text-slate-600 dark:text-slate-400", (loading && hits.length === 0) || nothing ? "py-3" : "sr-only")}>
              {loading ? t("searching") : nothing ? t("noMatches", { query: q }) : q ? t("matches", { count: hits.length }) : null}
            </div>
            {error && (
              <p role="alert" className="px-5 py-3 text-sm text-red-700 dark:text-red-400">
                {error}
              </p>
            )}
            <Command.List className="max-h-[min(60vh,26rem)] overflow-y-auto overscroll-contain p-2 [&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:text-[11px] [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:uppercase [&_[cmdk-group-heading]]:tracking-wider [&_[cmdk-group-heading]]:text-slate-500 dark:[&_[cmdk-group-heading]]:text-slate-400">
              {groups.map(({ kind, hits: groupHits }) => {
                const Icon = kinds[kind];
                return (
                  <Command.Group key={kind} heading={t(`kinds.${kind}`)} className={cn(loading && "opacity-60")}>
                    {groupHits.map((hit) => (
                      <Command.Item key={hit.id} value={`${hit.kind}:${hit.id}`} onSelect={() => go(hit.href)} className={itemClass}>
                        <Icon aria-hidden />
                        <span className="min-w-0 flex-1">
                          <span className="block truncate font-medium">{hit.title}</span>
                          {hit.subtitle && <span className="line-clamp-2 text-xs sm:line-clamp-1 text-slate-600 dark:text-slate-400">{hit.subtitle}</span>}
                        </span>
                        <CornerDownLeft aria-hidden className="hidden size-3.5 text-slate-400 [[data-selected=true]>&]:block" />
                      </Command.Item>
                    ))}
                  </Command.Group>
                );
              })}
              {commands.length > 0 && (
                <Command.Group heading={t("goTo")}>
                  {commands.map((c) => (
                    <Command.Item key={c.href} value={`go:${c.href}`} onSelect={() => go(c.href)} className={itemClass}>
                      <c.icon aria-hidden />
                      <span className="flex-1">{c.label}</span>
                    </Command.Item>
                  ))}
                </Command.Group>
              )}
            </Command.List>
            <div className="hidden items-center gap-4 border-t border-slate-200 px-3 py-2 text-xs text-slate-600 sm:flex dark:border-slate-800 dark:text-slate-400">
              <span>
                <kbd className="font-sans">↑</kbd> <kbd className="font-sans">↓</kbd> {t("move")}
              </span>
              <span>
                <kbd className="font-sans">{t("enter")}</kbd> {t("openHint")}
              </span>
              <span>
                <kbd className="font-sans">{t("escape")}</kbd> {t("closeHint")}
              </span>
            </div>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
