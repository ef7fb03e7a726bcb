// Who exists in the end-to-end database: the demo organization plus a second tenant and a few users of its own per
// test, so tests that revoke sessions or trip limits do not affect each other.
import type { DemoUser, SeedOrganization } from "../lib/demo/seed";

export const PASSWORD = "e2e-test-password";

export const northbridgeExtras: DemoUser[] = [
  { email: "ratelimit@northbridge.example", name: "Rita Limit", role: "SECURITY_MANAGER", password: PASSWORD },
  { email: "sessions@northbridge.example", name: "Sid Sessions", role: "SECURITY_MANAGER", password: PASSWORD },
  { email: "rolechange@northbridge.example", name: "Rolf Change", role: "SECURITY_MANAGER", password: PASSWORD },
  // A person of two organizations (Northbridge and Harbor): chooses one at sign-in and switches.
  { email: "consultant@both.example", name: "Cora Consultant", role: "EXECUTIVE", password: PASSWORD },
  // A contact of another Northbridge vendor: must never see BrightPath's assessments.
  { email: "contact@nimbus-cloud.example", name: "Nina Nimbus", role: "VENDOR", vendorName: "Nimbus Cloud" },
];

/** A Northbridge vendor contact whom only the portal sign-in test sends a questionnaire. */
export const PORTAL_CONTACT = { vendor: "CargoPort Customs", name: "Carla Customs", email: "carla@cargoport.example" };

export const harbor: SeedOrganization = {
  slug: "harbor",
  name: "Harbor Analytics",
  vendors: [{ name: "Harbor-only Hosting", servicesProvided: "Hosting known only to Harbor Analytics" }],
  users: [
    { email: "admin@harbor.example", name: "Hana Harbor", role: "ADMIN", password: PASSWORD },
    { email: "consultant@both.example", name: "Cora Consultant", role: "SECURITY_MANAGER", password: PASSWORD },
    // Invited to Northbridge by the organizations test: joins with the password she already has.
    { email: "joiner@harbor.example", name: "Jo Joiner", role: "EXECUTIVE", password: PASSWORD },
    // Imports files and uses up its export downloads: on its own, so no other test meets its limit.
    { email: "exports@harbor.example", name: "Ezra Export", role: "SECURITY_MANAGER", password: PASSWORD },
  ],
};

/** A tenant of its own for the second-factor test, which makes its staff set up an authenticator. */
export const keel: SeedOrganization = {
  slug: "keel",
  name: "Keel Freight",
  vendors: [{ name: "Keel Ferries IT", servicesProvided: "Ship-to-shore network" }],
  users: [
    { email: "admin@keel.example", name: "Kira Keel", role: "ADMIN", password: PASSWORD },
    { email: "manager@keel.example", name: "Kofi Keel", role: "SECURITY_MANAGER", password: PASSWORD },
  ],
};

/** An organization with nothing but its administrator: the large backup (which needs an empty organization) goes here. */
export const quay: SeedOrganization = {
  slug: "quay",
  name: "Quay Storage",
  vendors: [],
  users: [{ email: "admin@quay.example", name: "Quinn Quay", role: "ADMIN", password: PASSWORD }],
};

/**
 * A tenant of its own for an advisory answer that reaches the patch ledger: the test deploys its vendor's open flaw,
 * which no other test may see change.
 */
export const berth: SeedOrganization = {
  slug: "berth",
  name: "Berth Terminals",
  vendors: [{ name: "Quayside Remote Support", servicesProvided: "Remote support of the terminal systems", tier: "HIGH" }],
  users: [{ email: "manager@berth.example", name: "Bea Berth", role: "SECURITY_MANAGER", password: PASSWORD }],
  products: [
    {
      vendor: "Quayside Remote Support",
      kevVendor: "ConnectWise",
      kevProduct: "ScreenConnect",
      version: "23.9.7",
      ledger: [{ cveId: "CVE-2024-1709", severity: "CRITICAL", disclosedAt: "2024-02-19", fixReleasedAt: "2024-02-19" }],
    },
  ],
  contacts: [{ vendor: "Quayside Remote Support", name: "Sol Support", email: "security@quayside.example", isSecurityContact: true }],
};

/** Marks records staff keep about a vendor that its own contacts must never receive, in HTML or in RSC payloads. */
export const SENTINEL = "SENTINEL-INTERNAL-7f3a";
export const SENTINEL_FINDING = "Rotate the shared VSA administrator password";

export async function plantSentinels(db: import("../lib/generated/prisma/client").PrismaClient) {
  const vendor = await db.vendor.findFirstOrThrow({ where: { name: "BrightPath IT Services", organization: { slug: "northbridge" } } });
  await db.vendor.update({ where: { id: vendor.id }, data: { tierReason: `${SENTINEL} tier reason`, businessOwner: `${SENTINEL} business owner` } });
  await db.finding.create({
    data: {
      organizationId: vendor.organizationId,
      vendorId: vendor.id,
      title: SENTINEL_FINDING,
      description: "One administrator password is shared by every BrightPath technician.",
      severity: "HIGH",
      owner: `${SENTINEL} finding owner`,
      acceptanceJustification: `${SENTINEL} justification`,
      createdByEmail: "security@northbridge.example",
    },
  });
}
