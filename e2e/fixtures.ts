// Who exists in the end-to-end database: the demo organization plus a second tenant and a few users of its own per
// test, so tests that revoke sessions or trip limits do not affect each other.
import type { DemoUser, SeedOrganization } from "../lib/demo/seed";

export const PASSWORD = "e2e-test-password";

export const northbridgeExtras: DemoUser[] = [
  { email: "ratelimit@northbridge.example", name: "Rita Limit", role: "SECURITY_MANAGER", password: PASSWORD },
  { email: "sessions@northbridge.example", name: "Sid Sessions", role: "SECURITY_MANAGER", password: PASSWORD },
  { email: "rolechange@northbridge.example", name: "Rolf Change", role: "SECURITY_MANAGER", password: PASSWORD },
  // A contact of another Northbridge vendor: must never see BrightPath's assessments.
  { email: "contact@nimbus-cloud.example", name: "Nina Nimbus", role: "VENDOR", vendorName: "Nimbus Cloud" },
];

export const harbor: SeedOrganization = {
  slug: "harbor",
  name: "Harbor Analytics",
  vendors: [{ name: "Harbor-only Hosting", servicesProvided: "Hosting known only to Harbor Analytics" }],
  users: [{ email: "admin@harbor.example", name: "Hana Harbor", role: "ADMIN", password: PASSWORD }],
};
