import { z } from "zod";
import { checkbox, id, idList, optionalDate, optionalInt, optionalText, requiredInt, text } from "@/lib/validation";

export const CHANNEL_KINDS = ["RMM", "REMOTE_SUPPORT", "VPN", "UPDATE_PUSH", "API", "SSO_FEDERATION", "MANAGED_AGENT", "FILE_TRANSFER", "EDI", "OTHER"] as const;
export const DIRECTIONS = ["VENDOR_PUSHES", "WE_PULL"] as const;
export const PRIVILEGES = ["READ", "WRITE", "ADMIN", "CODE_EXECUTION"] as const;

export const channelFields = z.object({
  name: text(120, "The name"),
  kind: z.enum(CHANNEL_KINDS, { error: "Choose the kind of channel" }),
  tool: optionalText(120),
  toolVersion: optionalText(60),
  direction: z.enum(DIRECTIONS, { error: "Choose who initiates the connection" }),
  privilege: z.enum(PRIVILEGES, { error: "Choose the highest privilege the channel grants" }),
  mfaEnforced: checkbox(),
  ipAllowListed: checkbox(),
  alwaysOn: checkbox(),
  consoleInternetExposed: checkbox(),
  monitored: checkbox(),
  killSwitchOwner: optionalText(120),
  killSwitchTargetMinutes: optionalInt(0, 10_080),
  killSwitchTestedAt: optionalDate(),
  lastReviewedAt: optionalDate(),
  // A channel is a way into our systems: it reaches at least one.
  systemIds: idList().refine((ids) => ids.length > 0, "Choose at least one system this channel reaches"),
});

export type ChannelFields = z.output<typeof channelFields>;

export const createChannelSchema = z.intersection(channelFields, z.object({ vendorId: id() }));
export const updateChannelSchema = z.intersection(channelFields, z.object({ id: id(), version: requiredInt(1, 1_000_000_000, "The version") }));
export const disableChannelSchema = z.object({ id: id(), reason: text(500, "The reason") });
export const enableChannelSchema = z.object({ id: id() });
