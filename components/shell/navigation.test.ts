import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";

const hrefs = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).flatMap((s) => s.items.map((i) => i.href));
const staffPages = ["/dashboard", "/vendors", "/systems", "/fourth-parties", "/questionnaires", "/assessments", "/findings", "/patching", "/kev", "/advisories", "/readiness", "/risks", "/reports"];

describe("navigation by role", () => {
  it("shows administration to admins only", () => {
    expect(hrefs("ADMIN")).toEqual([...staffPages, "/admin/members", "/admin/kev", "/admin/settings", "/admin/backup", "/admin/audit", "/admin/outbox"]);
    expect(hrefs("SECURITY_MANAGER")).toEqual(staffPages);
    expect(hrefs("EXECUTIVE")).toEqual(staffPages);
  });
  it("groups the work: register, assess, watch, report, administration", () => {
    expect(navigationFor("ADMIN").map((s) => s.label)).toEqual([undefined, "Register", "Assess", "Watch", "Report", "Administration"]);
  });
  it("gives vendor contacts no staff navigation", () => {
    expect(hrefs("VENDOR")).toEqual([]);
  });
});
