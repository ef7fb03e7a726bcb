// What people read for the access channels' coded values: on pages, in exports, and accepted back by the CSV import.
import type { ChannelDirection, ChannelKind, Privilege } from "@/lib/domain-types";

export const channelKindLabels: Record<ChannelKind, string> = {
  RMM: "Remote monitoring & management (RMM)",
  REMOTE_SUPPORT: "Remote support / maintenance",
  VPN: "VPN",
  UPDATE_PUSH: "Software update push",
  API: "API integration",
  SSO_FEDERATION: "SSO federation",
  MANAGED_AGENT: "Managed agent",
  FILE_TRANSFER: "File transfer",
  EDI: "Order processing / EDI",
  OTHER: "Other",
};

export const directionLabels: Record<ChannelDirection, string> = {
  VENDOR_PUSHES: "The vendor connects or pushes to us",
  WE_PULL: "We connect or pull from the vendor",
};

export const privilegeLabels: Record<Privilege, string> = {
  READ: "Read",
  WRITE: "Write",
  ADMIN: "Admin",
  CODE_EXECUTION: "Code execution",
};
