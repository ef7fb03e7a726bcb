import type { AccessChannel } from "@/lib/domain-types";
import { dateInput } from "@/lib/validation";
import type { ChannelFormValues } from "./channel-form";

export function channelFormValues(c: AccessChannel & { systems: { systemId: string }[] }): ChannelFormValues {
  const s = (x: string | number | null) => (x == null ? "" : String(x));
  const on = (b: boolean) => (b ? "on" : "");
  return {
    id: c.id,
    version: String(c.version),
    vendorId: c.vendorId,
    name: c.name,
    kind: c.kind,
    tool: s(c.tool),
    toolVersion: s(c.toolVersion),
    direction: c.direction,
    privilege: c.privilege,
    mfaEnforced: on(c.mfaEnforced),
    ipAllowListed: on(c.ipAllowListed),
    alwaysOn: on(c.alwaysOn),
    consoleInternetExposed: on(c.consoleInternetExposed),
    monitored: on(c.monitored),
    killSwitchOwner: s(c.killSwitchOwner),
    killSwitchTargetMinutes: s(c.killSwitchTargetMinutes),
    killSwitchTestedAt: dateInput(c.killSwitchTestedAt),
    lastReviewedAt: dateInput(c.lastReviewedAt),
    systemIds: c.systems.map((x) => x.systemId),
  };
}
