import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES } from "@/lib/i18n/locales";
import { navigationFor, staffNavigation } from "./navigation";

const hrefs = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).flatMap((s) => s.items.map((i) => i.href));
const staffPages = ["/dashboard", "/vendors", "/systems", "/fourth-parties", "/questionnaires", "/assessments", "/findings", "/patching", "/kev", "/advisories", "/readiness", "/risks", "/reports"];

describe("navigation by role", () => {
  it("names every entry and group in the catalogs of every language", () => {
    for (const locale of LOCALES) {
      const messages = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"));
      for (const section of staffNavigation) {
        if (section.group) expect(messages.shell.groups[section.group], `${locale} ${section.group}`).toBeTruthy();
        for (const item of section.items) expect(messages.shell.nav[item.id], `${locale} ${item.id}`).toBeTruthy();
      }
    }
  });
  it("shows administration to admins only", () => {
    expect(hrefs("ADMIN")).toEqual([...staffPages, "/admin/members", "/admin/kev", "/admin/settings", "/admin/backup", "/admin/audit", "/admin/outbox"]);
    expect(hrefs("SECURITY_MANAGER")).toEqual(staffPages);
    expect(hrefs("EXECUTIVE")).toEqual(staffPages);
  });
  it("groups the work: register, assess, watch, report, administration", () => {
    expect(navigationFor("ADMIN").map((s) => s.group)).toEqual([undefined, "register", "assess", "watch", "report", "administration"]);
  });
  it("gives vendor contacts no staff navigation", () => {
    expect(hrefs("VENDOR")).toEqual([]);
  });
});
