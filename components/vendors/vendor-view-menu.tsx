"use client";
// The vendor list's display choices, kept for this browser in cookies so the server renders them from the first byte:
// which columns show, and how tall the rows are.
import { Columns3 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { rememberPreference } from "@/lib/preferences/display";
import { DENSITIES, VENDOR_COLUMNS, VENDOR_COLUMNS_COOKIE, VENDOR_DENSITY_COOKIE, densityOf, type Density, type VendorColumn } from "@/lib/vendors/list-view";

export function VendorViewMenu({ hidden: initialHidden, density: initialDensity }: { hidden: VendorColumn[]; density: Density }) {
  const t = useTranslations("vendorList");
  const router = useRouter();
  const [hidden, setHidden] = useState(initialHidden);
  const [density, setDensity] = useState(initialDensity);
  const toggle = (column: VendorColumn, shown: boolean) => {
    const next = VENDOR_COLUMNS.filter((c) => (c === column ? !shown : hidden.includes(c)));
    setHidden(next);
    rememberPreference(VENDOR_COLUMNS_COOKIE, next.join(","));
    router.refresh();
  };
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button type="button" variant="secondary" size="sm">
          <Columns3 aria-hidden />
          {t("view.button")}
        </Button>
      </DropdownMenuTrigger>
      {/* Scrolls when the window is too short to show every choice. */}
      <DropdownMenuContent align="end" className="max-h-(--radix-dropdown-menu-content-available-height) overflow-y-auto">
        <DropdownMenuLabel>{t("view.columns")}</DropdownMenuLabel>
        {VENDOR_COLUMNS.map((c) => (
          <DropdownMenuCheckboxItem key={c} checked={!hidden.includes(c)} onCheckedChange={(on) => toggle(c, on === true)} onSelect={(e) => e.preventDefault()}>
            {t(`columns.${c}`)}
          </DropdownMenuCheckboxItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuLabel>{t("view.density")}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={density}
          onValueChange={(value) => {
            setDensity(densityOf(value));
            rememberPreference(VENDOR_DENSITY_COOKIE, densityOf(value));
            router.refresh();
          }}
        >
          {DENSITIES.map((d) => (
            <DropdownMenuRadioItem key={d} value={d} onSelect={(e) => e.preventDefault()}>
              {t(`view.${d}`)}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
