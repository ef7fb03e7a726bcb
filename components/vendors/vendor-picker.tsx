"use client";
import { useEffect, useState, type KeyboardEvent } from "react";
import { FieldFrame, controlProps } from "@/components/ui/field";

export interface VendorChoice {
  id: string;
  name: string;
  status?: string;
}

/**
 * A vendor chosen by typing part of its name and picking it from the suggestions (an organization may have tens of
 * thousands of vendors: too many for a list). The form receives the vendor's id as `name`, empty until one is
 * picked, and the typed text as `${name}Name`, so that a form shown again after an error can keep the choice.
 * Keyboard: arrows move through the suggestions, Enter picks one, Escape closes them.
 */
export function VendorPicker({
  name,
  id = name,
  label,
  help,
  errors,
  initial = null,
  exclude,
  labelHidden = false,
}: {
  name: string;
  id?: string;
  label: string;
  help?: string;
  errors?: string[];
  initial?: VendorChoice | null;
  /** A vendor never suggested (the one being edited). */
  exclude?: string;
  labelHidden?: boolean;
}) {
  const [chosen, setChosen] = useState<VendorChoice | null>(initial);
  const [text, setText] = useState(initial?.name ?? "");
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<{ query: string; vendors: VendorChoice[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-suggestions`;
  const query = text.trim();

  // Suggestions for what is typed, fetched a moment after typing stops; an older answer never replaces a newer one.
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/vendors/search?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as { vendors: VendorChoice[] };
        setFound({ query, vendors: body.vendors.filter((v) => v.id !== exclude) });
        setFailed(false);
        setActive(-1);
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, open, exclude]);

  const suggestions = found?.query === query ? found.vendors : [];
  const searching = open && !failed && found?.query !== query;
  const pick = (vendor: VendorChoice) => {
    setChosen(vendor);
    setText(vendor.name);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (suggestions.length ? (a + step + suggestions.length) % suggestions.length : -1));
    } else if (event.key === "Enter" && open && suggestions[active]) {
      event.preventDefault();
      pick(suggestions[active]!);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };
  const status = failed
    ? "The search failed. Type again to retry."
    : searching
      ? "Searching…"
      : suggestions.length
        ? null
        : query
          ? `No vendor's name contains “${query}”.`
          : "No vendors yet.";
  return (
    <FieldFrame name={name} id={id} label={label} labelHidden={labelHidden} help={help} errors={errors}>
      <div className="relative">
        <input
          {...controlProps({ name: `${name}Name`, id, help, errors })}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          autoComplete="off"
          placeholder="Type part of the name"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setChosen(null);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <input type="hidden" name={name} value={chosen?.id ?? ""} />
        {open && (
          <ul
            id={listId}
            role="listbox"
            aria-label={`Vendors matching “${query}”`}
            className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
          >
            {suggestions.map((v, i) => (
              <li
                key={v.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                // Keeps the focus in the input, so the click lands before the list closes.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(v)}
                className={`cursor-pointer px-2.5 py-1.5 ${i === active ? "bg-accent-100 dark:bg-accent-900" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
              >
                {v.name}
                {v.status === "TERMINATED" && <span className="text-slate-500"> (terminated)</span>}
              </li>
            ))}
            {status && (
              <li role="presentation" className="px-2.5 py-1.5 text-slate-600 dark:text-slate-400" aria-live="polite">
                {status}
              </li>
            )}
          </ul>
        )}
      </div>
    </FieldFrame>
  );
}
