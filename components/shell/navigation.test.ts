import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";

const hrefs = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).flatMap((s) => s.items.map((i) => i.href));

describe("navigation by role", () => {
  it("shows administration to admins only", () => {
    expect(hrefs("ADMIN")).toEqual(["/dashboard", "/vendors", "/systems", "/assessments", "/findings", "/questionnaires", "/patching", "/kev", "/advisories", "/fourth-parties", "/readiness", "/reports", "/admin/members", "/admin/kev", "/admin/settings", "/admin/backup", "/admin/audit", "/admin/outbox"]);
    expect(hrefs("SECURITY_MANAGER")).toEqual(["/dashboard", "/vendors", "/systems", "/assessments", "/findings", "/questionnaires", "/patching", "/kev", "/advisories", "/fourth-parties", "/readiness", "/reports"]);
    expect(hrefs("EXECUTIVE")).toEqual(["/dashboard", "/vendors", "/systems", "/assessments", "/findings", "/questionnaires", "/patching", "/kev", "/advisories", "/fourth-parties", "/readiness", "/reports"]);
  });
  it("gives vendor contacts no staff navigation", () => {
    expect(hrefs("VENDOR")).toEqual([]);
  });
});
