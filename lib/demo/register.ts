// The demo company's systems and its suppliers' access channels. The MSP's RMM channel is the Kaseya pattern:
// code execution into every critical server, always on, no MFA, console on the internet, kill switch never tested.
import type { ChannelDirection, ChannelKind, Privilege, Tier } from "@/lib/generated/prisma/enums";

export interface DemoSystem {
  name: string;
  criticality: Tier;
  description: string;
  owner: string;
}

export const demoSystems: DemoSystem[] = [
  { name: "Domain controllers", criticality: "CRITICAL", description: "Active Directory for all staff and servers", owner: "Infrastructure" },
  { name: "ERP", criticality: "CRITICAL", description: "Orders, invoicing, finance", owner: "Finance IT" },
  { name: "Transport management system", criticality: "CRITICAL", description: "Plans and tracks every shipment", owner: "Operations IT" },
  { name: "Backup server", criticality: "CRITICAL", description: "On-site backup repository", owner: "Infrastructure" },
  { name: "Firewalls and WAN", criticality: "CRITICAL", description: "Perimeter and site links", owner: "Network team" },
  { name: "VPN gateway", criticality: "CRITICAL", description: "Remote access for staff and suppliers", owner: "Network team" },
  { name: "Warehouse management system", criticality: "HIGH", description: "Stock and picking in 6 warehouses", owner: "Operations IT" },
  { name: "Data warehouse", criticality: "HIGH", description: "Reporting and analytics", owner: "BI team" },
  { name: "File servers", criticality: "HIGH", description: "Department shares", owner: "Infrastructure" },
  { name: "HR and payroll records", criticality: "HIGH", description: "Employee master data", owner: "HR" },
  { name: "Customer portal", criticality: "HIGH", description: "Shipment booking and tracking for customers", owner: "Digital" },
  { name: "Workstations", criticality: "MEDIUM", description: "1,100 office and warehouse PCs", owner: "Service desk" },
  { name: "Customs gateway", criticality: "MEDIUM", description: "Customs declarations interface", owner: "Operations IT" },
  { name: "Label printers", criticality: "LOW", description: "Warehouse label and document printers", owner: "Operations IT" },
];

export interface DemoChannel {
  vendor: string;
  name: string;
  kind: ChannelKind;
  tool?: string;
  toolVersion?: string;
  direction: ChannelDirection;
  privilege: Privilege;
  mfaEnforced?: boolean;
  ipAllowListed?: boolean;
  alwaysOn?: boolean;
  consoleInternetExposed?: boolean;
  monitored?: boolean;
  killSwitchOwner?: string;
  killSwitchTargetMinutes?: number;
  killSwitchTestedAt?: string;
  systems: string[];
}

const allServers = ["Domain controllers", "ERP", "Transport management system", "Backup server", "Warehouse management system", "Data warehouse", "File servers"];

export const demoChannels: DemoChannel[] = [
  {
    vendor: "BrightPath IT Services",
    name: "BrightPath RMM agent",
    kind: "RMM",
    tool: "Kaseya VSA",
    toolVersion: "9.5.6",
    direction: "VENDOR_PUSHES",
    privilege: "CODE_EXECUTION",
    alwaysOn: true,
    consoleInternetExposed: true,
    killSwitchOwner: "Northbridge infrastructure on-call",
    killSwitchTargetMinutes: 60,
    systems: [...allServers, "Workstations"],
  },
  {
    vendor: "BrightPath IT Services",
    name: "BrightPath remote support",
    kind: "REMOTE_SUPPORT",
    tool: "TeamViewer Tensor",
    direction: "VENDOR_PUSHES",
    privilege: "ADMIN",
    mfaEnforced: true,
    alwaysOn: false,
    monitored: true,
    systems: ["Workstations", "File servers"],
  },
  { vendor: "TransitOS", name: "TMS update service", kind: "UPDATE_PUSH", tool: "TransitOS Updater", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", mfaEnforced: true, monitored: true, systems: ["Transport management system"] },
  { vendor: "TransitOS", name: "TransitOS support VPN", kind: "VPN", tool: "FortiClient", direction: "VENDOR_PUSHES", privilege: "ADMIN", mfaEnforced: true, alwaysOn: false, monitored: true, killSwitchOwner: "Network team", killSwitchTargetMinutes: 15, killSwitchTestedAt: "2026-09-14", systems: ["Transport management system"] },
  { vendor: "SecureGate VPN", name: "VPN appliance firmware updates", kind: "UPDATE_PUSH", tool: "SecureGate OS", toolVersion: "7.2", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", consoleInternetExposed: true, systems: ["VPN gateway"] },
  { vendor: "IdentiCloud", name: "SSO federation", kind: "SSO_FEDERATION", tool: "IdentiCloud IdP", direction: "WE_PULL", privilege: "ADMIN", mfaEnforced: true, monitored: true, systems: ["ERP", "Transport management system", "Customer portal", "HR and payroll records"] },
  { vendor: "EDI Bridge", name: "EDI order exchange", kind: "EDI", tool: "AS2 gateway", direction: "VENDOR_PUSHES", privilege: "WRITE", ipAllowListed: true, monitored: true, systems: ["ERP"] },
  { vendor: "BackupVault", name: "Backup agent", kind: "MANAGED_AGENT", tool: "BackupVault Agent", toolVersion: "12.1", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", mfaEnforced: true, monitored: true, killSwitchOwner: "Infrastructure on-call", killSwitchTargetMinutes: 30, killSwitchTestedAt: "2026-06-02", systems: allServers },
  { vendor: "EndpointShield", name: "EDR agent", kind: "MANAGED_AGENT", tool: "EndpointShield Sensor", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION", mfaEnforced: true, monitored: true, systems: [...allServers, "Workstations"] },
  { vendor: "NetWatch", name: "Managed firewall access", kind: "REMOTE_SUPPORT", tool: "FortiManager", direction: "VENDOR_PUSHES", privilege: "ADMIN", mfaEnforced: true, ipAllowListed: true, monitored: true, systems: ["Firewalls and WAN", "VPN gateway"] },
  { vendor: "PayFlow Payroll", name: "HR data export API", kind: "API", direction: "WE_PULL", privilege: "READ", mfaEnforced: true, alwaysOn: true, monitored: true, systems: ["HR and payroll records"] },
  { vendor: "WarehouseIQ", name: "WMS integration API", kind: "API", direction: "VENDOR_PUSHES", privilege: "WRITE", ipAllowListed: true, monitored: true, systems: ["Warehouse management system", "ERP"] },
  { vendor: "HelpDesk Direct", name: "Service desk remote control", kind: "REMOTE_SUPPORT", tool: "ConnectWise ScreenConnect", toolVersion: "23.9", direction: "VENDOR_PUSHES", privilege: "ADMIN", consoleInternetExposed: true, monitored: true, systems: ["Workstations"] },
  { vendor: "CargoPort Customs", name: "Customs SFTP drop", kind: "FILE_TRANSFER", tool: "SFTP", direction: "WE_PULL", privilege: "WRITE", ipAllowListed: true, systems: ["Customs gateway"] },
  { vendor: "PrintLogix", name: "Printer remote maintenance", kind: "REMOTE_SUPPORT", direction: "VENDOR_PUSHES", privilege: "WRITE", systems: ["Label printers"] },
  { vendor: "CleanCode Dev", name: "Customer portal repository", kind: "OTHER", tool: "GitLab", direction: "VENDOR_PUSHES", privilege: "WRITE", mfaEnforced: true, monitored: true, systems: ["Customer portal"] },
  { vendor: "Nimbus Cloud", name: "Cloud tenant administration", kind: "API", tool: "Nimbus console", direction: "VENDOR_PUSHES", privilege: "ADMIN", mfaEnforced: true, monitored: true, systems: ["Transport management system", "Data warehouse"] },
];

export interface DemoSla {
  vendor: string;
  criticalDays: number;
  highDays: number;
  mediumDays: number;
  lowDays: number;
  notificationHours?: number;
}

export const demoSlas: DemoSla[] = [
  { vendor: "BrightPath IT Services", criticalDays: 14, highDays: 30, mediumDays: 90, lowDays: 180, notificationHours: 72 },
  { vendor: "HelpDesk Direct", criticalDays: 7, highDays: 30, mediumDays: 60, lowDays: 90, notificationHours: 24 },
  { vendor: "NetWatch", criticalDays: 3, highDays: 14, mediumDays: 30, lowDays: 90, notificationHours: 24 },
  { vendor: "TransitOS", criticalDays: 30, highDays: 60, mediumDays: 90, lowDays: 180 },
  { vendor: "SecureGate VPN", criticalDays: 7, highDays: 30, mediumDays: 60, lowDays: 120, notificationHours: 48 },
];

export interface DemoProduct {
  vendor: string;
  kevVendor: string;
  kevProduct: string;
  version: string;
  ledger: {
    cveId: string;
    severity: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW";
    disclosedAt: string;
    fixReleasedAt?: string;
    deployedAt?: string;
    compensatingControls?: string;
  }[];
}

// Real CVEs and dates. The Kaseya VSA flaw used on 2 July 2021 was reported privately in April; the fix came in
// July. Northbridge's MSP still runs VSA 9.5.6 on the demo's data: the flaw is open and past every deadline.
export const demoProducts: DemoProduct[] = [
  {
    vendor: "BrightPath IT Services",
    kevVendor: "Kaseya",
    kevProduct: "Virtual System/Server Administrator (VSA)",
    version: "9.5.6",
    ledger: [
      { cveId: "CVE-2021-30116", severity: "CRITICAL", disclosedAt: "2021-04-02", fixReleasedAt: "2021-07-11", compensatingControls: "Console taken offline by the MSP during the July 2021 incident; back online since." },
      { cveId: "CVE-2018-20753", severity: "CRITICAL", disclosedAt: "2019-02-01", fixReleasedAt: "2019-02-08", deployedAt: "2019-03-20" },
    ],
  },
  {
    vendor: "HelpDesk Direct",
    kevVendor: "ConnectWise",
    kevProduct: "ScreenConnect",
    version: "23.9",
    ledger: [{ cveId: "CVE-2024-1709", severity: "CRITICAL", disclosedAt: "2024-02-19", fixReleasedAt: "2024-02-19", deployedAt: "2024-02-21" }],
  },
  {
    vendor: "NetWatch",
    kevVendor: "Fortinet",
    kevProduct: "FortiManager",
    version: "7.2",
    ledger: [{ cveId: "CVE-2024-47575", severity: "CRITICAL", disclosedAt: "2024-10-23", fixReleasedAt: "2024-10-23", deployedAt: "2024-11-20" }],
  },
  { vendor: "SecureGate VPN", kevVendor: "SecureGate", kevProduct: "SecureGate OS", version: "7.2", ledger: [] },
  {
    vendor: "TransitOS",
    kevVendor: "TransitOS",
    kevProduct: "TransitOS TMS",
    version: "12.4",
    ledger: [{ cveId: "CVE-2026-10412", severity: "HIGH", disclosedAt: "2026-09-01", fixReleasedAt: "2026-10-20" }],
  },
];

export interface DemoSubSupplier {
  vendor: string;
  /** Another demo vendor, or a name. */
  subVendor?: string;
  name?: string;
  purpose: string;
  touchesData?: boolean;
  touchesChannels?: boolean;
}

export const demoSubSuppliers: DemoSubSupplier[] = [
  { vendor: "BrightPath IT Services", subVendor: "Kaseya", purpose: "Runs our servers' RMM agent and its console (VSA)", touchesChannels: true },
  { vendor: "BrightPath IT Services", name: "Hetzner", purpose: "Hosts BrightPath's ticketing and documentation", touchesData: true },
  { vendor: "HelpDesk Direct", name: "ConnectWise", purpose: "ScreenConnect remote-control platform", touchesChannels: true },
  { vendor: "TransitOS", subVendor: "Nimbus Cloud", purpose: "Hosts the TMS update service", touchesChannels: true, touchesData: true },
  { vendor: "WarehouseIQ", subVendor: "Nimbus Cloud", purpose: "Hosts the WMS", touchesData: true },
  { vendor: "PayFlow Payroll", subVendor: "Nimbus Cloud", purpose: "Hosts payroll processing", touchesData: true },
  { vendor: "EDI Bridge", name: "Hetzner", purpose: "AS2 gateway hosting", touchesData: true, touchesChannels: true },
  { vendor: "PrintLogix", subVendor: "BrightPath IT Services", purpose: "Subcontracted on-site support", touchesChannels: true },
];
