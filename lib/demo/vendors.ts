// The demo organization's suppliers: a mid-size European logistics company and the IT suppliers such a company
// really has, including the pattern behind the 2021 Kaseya attack (a managed service provider whose RMM tool can
// push code into our servers).
import { addMonths, daysAfter } from "@/lib/dates";
import type { DataSensitivity, Substitutability, Tier, VendorStatus } from "@/lib/generated/prisma/enums";

export interface DemoVendor {
  name: string;
  legalName: string;
  country: string;
  website: string;
  servicesProvided: string;
  status: VendorStatus;
  tier: Tier | null;
  dataSensitivity: DataSensitivity;
  criticalFunction: boolean;
  lei?: string;
  businessOwner?: string;
  substitutability?: Substitutability;
  contractStart?: Date;
  contractEnd?: Date;
  renewalDate?: Date;
  noticePeriodDays?: number;
}

/** The first day of a month counted from this one (the demo's contracts stay current whenever it runs). */
const monthStart = (months: number) => {
  const d = addMonths(new Date(), months);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
};

const v = (
  name: string,
  legalName: string,
  country: string,
  website: string,
  servicesProvided: string,
  tier: Tier | null,
  dataSensitivity: DataSensitivity,
  criticalFunction: boolean,
  status: VendorStatus = "ACTIVE",
): DemoVendor => ({ name, legalName, country, website, servicesProvided, status, tier, dataSensitivity, criticalFunction });

export const demoVendors: DemoVendor[] = [
  {
    ...v("BrightPath IT Services", "BrightPath IT Services GmbH", "DE", "https://brightpath-it.example", "Managed IT services: server and workstation management through an RMM platform, patching, 2nd-level support", "CRITICAL", "CONFIDENTIAL", true),
    // A complete record: what a DORA register of information and a contract review need.
    lei: "529900BRIGHTPATH0I85",
    businessOwner: "Head of IT operations",
    substitutability: "DIFFICULT",
    contractStart: monthStart(-31),
    contractEnd: daysAfter(-1, monthStart(17)),
    renewalDate: monthStart(14),
    noticePeriodDays: 90,
  },
  v("Kaseya", "Kaseya Ltd.", "IE", "https://kaseya.example", "VSA remote monitoring and management software used by our MSP (fourth party)", "CRITICAL", "CONFIDENTIAL", true),
  v("Nimbus Cloud", "Nimbus Cloud Europe SE", "NL", "https://nimbus-cloud.example", "IaaS hosting of the transport management system and data warehouse", "CRITICAL", "PERSONAL", true),
  v("PayFlow Payroll", "PayFlow Payroll Solutions AG", "AT", "https://payflow.example", "Payroll SaaS for 1,400 employees", "HIGH", "SPECIAL_CATEGORY", false),
  v("EDI Bridge", "EDI Bridge Networks B.V.", "NL", "https://edibridge.example", "EDI order processing with shippers and carriers (EDIFACT, X12)", "CRITICAL", "CONFIDENTIAL", true),
  v("TransitOS", "TransitOS Software GmbH", "DE", "https://transitos.example", "Transport management system vendor; pushes updates and has remote support access", "CRITICAL", "PERSONAL", true),
  v("SecureGate VPN", "SecureGate Networks Inc.", "US", "https://securegate.example", "Remote-access VPN appliances and firmware updates", "HIGH", "INTERNAL", true),
  v("IdentiCloud", "IdentiCloud Ltd.", "GB", "https://identicloud.example", "Single sign-on and MFA (SSO federation for all staff applications)", "CRITICAL", "PERSONAL", true),
  v("Mailwise", "Mailwise Communications Ltd.", "IE", "https://mailwise.example", "Email and collaboration suite", "HIGH", "PERSONAL", false),
  v("BackupVault", "BackupVault Data Protection GmbH", "DE", "https://backupvault.example", "Off-site backup and restore service with a managed agent on every server", "HIGH", "CONFIDENTIAL", true),
  v("EndpointShield", "EndpointShield Security Oy", "FI", "https://endpointshield.example", "Endpoint detection and response agent, cloud console", "HIGH", "INTERNAL", false),
  v("PrintLogix", "PrintLogix Services GmbH", "DE", "https://printlogix.example", "Managed label and document printers in warehouses, remote maintenance", "MEDIUM", "INTERNAL", false),
  v("WarehouseIQ", "WarehouseIQ S.r.l.", "IT", "https://warehouseiq.example", "Warehouse management system, vendor-hosted, API integration", "HIGH", "CONFIDENTIAL", true),
  v("FleetTrack Telematics", "FleetTrack Telematics AB", "SE", "https://fleettrack.example", "Vehicle telematics and driver apps", "MEDIUM", "PERSONAL", false),
  v("HelpDesk Direct", "HelpDesk Direct s.r.o.", "CZ", "https://helpdeskdirect.example", "Outsourced 1st-level service desk with remote support tool", "HIGH", "PERSONAL", false),
  v("LedgerPro", "LedgerPro Finance Software Ltd.", "GB", "https://ledgerpro.example", "Finance and accounting SaaS", "HIGH", "CONFIDENTIAL", false),
  v("CargoPort Customs", "CargoPort Customs Services B.V.", "NL", "https://cargoport.example", "Customs declarations via file transfer (SFTP)", "MEDIUM", "CONFIDENTIAL", false),
  v("NetWatch", "NetWatch Managed Networks GmbH", "DE", "https://netwatch.example", "Managed firewalls and WAN; always-on management access", "CRITICAL", "INTERNAL", true),
  v("DocuSafe", "DocuSafe Archiving AG", "CH", "https://docusafe.example", "Document archiving for contracts and bills of lading", "MEDIUM", "CONFIDENTIAL", false),
  v("TalentHub HR", "TalentHub HR Software GmbH", "DE", "https://talenthub.example", "Recruiting and HR records SaaS", "MEDIUM", "PERSONAL", false),
  v("CleanCode Dev", "CleanCode Development Sp. z o.o.", "PL", "https://cleancode.example", "Contract developers for the customer portal; code repository access", "MEDIUM", "INTERNAL", false),
  v("Voxa Telecom", "Voxa Telecom SA", "BE", "https://voxa.example", "Cloud telephony and contact-centre software", "MEDIUM", "PERSONAL", false),
  v("ShredRight", "ShredRight Entsorgung GmbH", "DE", "https://shredright.example", "Secure disposal of paper and hard disks", "LOW", "CONFIDENTIAL", false),
  v("Signet Analytics", "Signet Analytics Ltd.", "GB", "https://signet-analytics.example", "Route-optimisation analytics (evaluation)", null, "INTERNAL", false, "PROSPECT"),
  v("OldFax Gateway", "OldFax Gateway GmbH", "DE", "https://oldfax.example", "Legacy fax-to-email gateway, being replaced", "LOW", "INTERNAL", false, "OFFBOARDING"),
];
