// The demo organization. Idempotent: running it again updates the same records and creates nothing twice.
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { importKevEntries } from "@/lib/kev/kev";
import { loadKevSample } from "@/lib/kev/sample";
import { installBuiltInTemplates } from "@/lib/questionnaires/templates";
import { demoChannels, demoProducts, demoSlas, demoSubSuppliers, demoSystems, type DemoChannel, type DemoProduct, type DemoSla, type DemoSubSupplier, type DemoSystem } from "./register";
import { demoVendors, type DemoVendor } from "./vendors";
import { seedScoreHistory } from "./history";
import { seedDemoAssessments } from "./assessments";

export const DEMO_ORGANIZATION = { slug: "northbridge", name: "Northbridge Logistics" };

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Staff only; vendor contacts sign in with an email link. */
  password?: string;
  vendorName?: string;
}

export const demoUsers: DemoUser[] = [
  { email: "admin@northbridge.example", name: "Alex Admin", role: "ADMIN", password: "demo-admin-password" },
  { email: "security@northbridge.example", name: "Sam Security", role: "SECURITY_MANAGER", password: "demo-security-password" },
  { email: "cfo@northbridge.example", name: "Erin Executive", role: "EXECUTIVE", password: "demo-executive-password" },
  { email: "ops@brightpath-it.example", name: "Val Vendor", role: "VENDOR", vendorName: "BrightPath IT Services" },
];

export interface SeedOrganization {
  slug: string;
  name: string;
  vendors: (Partial<DemoVendor> & { name: string })[];
  users: DemoUser[];
  systems?: DemoSystem[];
  channels?: DemoChannel[];
  slas?: DemoSla[];
  products?: DemoProduct[];
  subSuppliers?: DemoSubSupplier[];
  contacts?: { vendor: string; name: string; email: string; jobTitle?: string; isSecurityContact?: boolean; availability?: "BUSINESS_HOURS" | "EXTENDED_HOURS" | "ALWAYS"; phone?: string }[];
  /** Import the bundled excerpt of the CISA KEV catalog. */
  kevSample?: boolean;
  /** Add the three built-in questionnaire templates (published). */
  builtInTemplates?: boolean;
}

/** Creates or updates one organization with its vendors and members; returns the organization id. */
export async function seedOrganization(spec: SeedOrganization): Promise<string> {
  const hashes = new Map<string, string>();
  for (const u of spec.users) if (u.password) hashes.set(u.email, await hashPassword(u.password));

  return db().$transaction(
    async (tx) => {
      const existing = await tx.organization.findUnique({ where: { slug: spec.slug } });
      const org = existing ?? (await tx.organization.create({ data: { slug: spec.slug, name: spec.name } }));
      const vendorIds = new Map<string, string>();
      for (const vendor of spec.vendors) {
        const data = { ...vendor, organizationId: org.id };
        const row = await tx.vendor.upsert({
          where: { organizationId_name: { organizationId: org.id, name: vendor.name } },
          create: data,
          update: data,
        });
        vendorIds.set(vendor.name, row.id);
        // The tier history starts with the tier the vendor was given, as for a vendor created on its page.
        if (row.tier && !(await tx.vendorTierChange.count({ where: { vendorId: row.id } }))) {
          await tx.vendorTierChange.create({ data: { organizationId: org.id, vendorId: row.id, toTier: row.tier, reason: "Initial tier" } });
        }
      }
      for (const u of spec.users) {
        const passwordHash = hashes.get(u.email) ?? null;
        const user = await tx.user.upsert({
          where: { email: u.email },
          create: { email: u.email, name: u.name, passwordHash },
          update: { name: u.name, passwordHash },
        });
        const vendorId = u.vendorName ? (vendorIds.get(u.vendorName) ?? null) : null;
        await tx.membership.upsert({
          where: { userId_organizationId: { userId: user.id, organizationId: org.id } },
          // Demo accounts are in use from the start; one without a password stays an invitation to accept.
          create: { userId: user.id, organizationId: org.id, name: u.name, role: u.role, vendorId, acceptedAt: passwordHash || u.role === "VENDOR" ? new Date() : null },
          update: { name: u.name, role: u.role, vendorId },
        });
      }
      const systemIds = new Map<string, string>();
      for (const system of spec.systems ?? []) {
        const row = await tx.system.upsert({
          where: { organizationId_name: { organizationId: org.id, name: system.name } },
          create: { ...system, organizationId: org.id },
          update: system,
        });
        systemIds.set(system.name, row.id);
      }
      for (const { vendor: vendorName, systems, killSwitchTestedAt, ...channel } of spec.channels ?? []) {
        const vendorId = vendorIds.get(vendorName)!;
        const data = { ...channel, killSwitchTestedAt: killSwitchTestedAt ? new Date(killSwitchTestedAt) : null, organizationId: org.id, vendorId };
        const row = await tx.accessChannel.upsert({
          where: { vendorId_name: { vendorId, name: channel.name } },
          create: data,
          update: data,
        });
        await tx.channelSystem.deleteMany({ where: { channelId: row.id } });
        await tx.channelSystem.createMany({ data: systems.map((name) => ({ channelId: row.id, systemId: systemIds.get(name)! })) });
      }
      for (const { vendor, ...days } of spec.slas ?? []) {
        const vendorId = vendorIds.get(vendor)!;
        const current = await tx.patchSla.findFirst({ where: { vendorId, productId: null } });
        if (current) await tx.patchSla.update({ where: { id: current.id }, data: days });
        else await tx.patchSla.create({ data: { ...days, vendorId, organizationId: org.id } });
      }
      for (const { vendor, ledger, ...product } of spec.products ?? []) {
        const vendorId = vendorIds.get(vendor)!;
        const row = await tx.product.upsert({
          where: { vendorId_kevVendor_kevProduct: { vendorId, kevVendor: product.kevVendor, kevProduct: product.kevProduct } },
          create: { ...product, vendorId, organizationId: org.id },
          update: product,
        });
        for (const entry of ledger) {
          const dates = {
            severity: entry.severity,
            disclosedAt: new Date(entry.disclosedAt),
            fixReleasedAt: entry.fixReleasedAt ? new Date(entry.fixReleasedAt) : null,
            deployedAt: entry.deployedAt ? new Date(entry.deployedAt) : null,
            compensatingControls: entry.compensatingControls ?? null,
          };
          await tx.vulnerabilityRecord.upsert({
            where: { productId_cveId: { productId: row.id, cveId: entry.cveId } },
            create: { ...dates, cveId: entry.cveId, productId: row.id, organizationId: org.id },
            update: dates,
          });
        }
      }
      for (const { vendor, subVendor, name, ...rest } of spec.subSuppliers ?? []) {
        const vendorId = vendorIds.get(vendor)!;
        const subVendorId = subVendor ? vendorIds.get(subVendor)! : null;
        const subName = subVendor ?? name!;
        const data = { ...rest, touchesData: !!rest.touchesData, touchesChannels: !!rest.touchesChannels, subVendorId, name: subName };
        const current = await tx.subSupplier.findFirst({ where: { vendorId, name: subName } });
        if (current) await tx.subSupplier.update({ where: { id: current.id }, data });
        else await tx.subSupplier.create({ data: { ...data, vendorId, organizationId: org.id } });
      }
      for (const { vendor, ...contact } of spec.contacts ?? []) {
        const vendorId = vendorIds.get(vendor)!;
        if (!(await tx.vendorContact.findFirst({ where: { vendorId, email: contact.email } }))) {
          await tx.vendorContact.create({ data: { ...contact, vendorId, organizationId: org.id } });
        }
      }
      if (spec.builtInTemplates) await installBuiltInTemplates(tx, org.id);
      if (spec.kevSample && !(await tx.kevImport.count({ where: { organizationId: org.id } }))) {
        await importKevEntries(tx, org.id, loadKevSample(), null);
      }
      if (!existing) {
        await recordAudit(tx, {
          organizationId: org.id,
          action: "organization.created",
          entityType: "Organization",
          entityId: org.id,
          after: { name: spec.name, vendors: spec.vendors.length, members: spec.users.length },
        });
      }
      return org.id;
    },
    { timeout: 60_000 },
  );
}

export const demoOrganization: SeedOrganization = {
  ...DEMO_ORGANIZATION,
  vendors: demoVendors,
  users: demoUsers,
  systems: demoSystems,
  channels: demoChannels,
  slas: demoSlas,
  products: demoProducts,
  subSuppliers: demoSubSuppliers,
  contacts: [
    { vendor: "BrightPath IT Services", name: "Olivia Ops", email: "ops@brightpath-it.example", jobTitle: "Service delivery manager" },
    { vendor: "BrightPath IT Services", name: "Sam Secure", email: "security@brightpath-it.example", jobTitle: "CISO", isSecurityContact: true, availability: "ALWAYS", phone: "+44 20 7946 0321" },
  ],
  kevSample: true,
  builtInTemplates: true,
};

/** The demo organization with its completed questionnaires and a year of score history (for the executive trend). */
export async function seedDemo(): Promise<string> {
  const id = await seedOrganization(demoOrganization);
  await seedDemoAssessments(id, "security@northbridge.example");
  await seedScoreHistory(id);
  return id;
}
