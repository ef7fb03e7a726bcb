// The record and enum types that pages and components may use. They import types from here, never the Prisma client.
export type { AccessChannel, AuditEvent, Vendor } from "./generated/prisma/client";
export type {
  AssessmentStatus,
  Availability,
  ChannelDirection,
  ChannelKind,
  DataSensitivity,
  FindingStatus,
  Privilege,
  Severity,
  Substitutability,
  Tier,
  VendorStatus,
} from "./generated/prisma/enums";
