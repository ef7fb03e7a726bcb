// The record and enum types that pages and components may use. They import types from here, never the Prisma client.
export type { AccessChannel, AuditEvent, Vendor } from "./generated/prisma/client";
export type { Availability, ChannelDirection, ChannelKind, DataSensitivity, Privilege, Substitutability, Tier, VendorStatus } from "./generated/prisma/enums";
