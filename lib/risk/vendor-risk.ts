// Gathers a vendor's records into the risk model's inputs. The model itself (model.ts) never touches the database.
import type { Actor } from "@/lib/auth/guard";
import { canPushCode } from "@/lib/channels/exposure";
import { db } from "@/lib/db";
import { kevMatches } from "@/lib/kev/kev";
import { vendorPatching } from "@/lib/patching/patching";
import { kaseyaPatternAlarms, type KaseyaAlarm } from "./kaseya";
import { computeVendorRisk, type RiskInputs, type RiskScore } from "./model";
import type { ChannelKind } from "@/lib/generated/prisma/enums";

/** How a channel's kind reads inside a sentence ("through an always-on RMM channel"). */
const kindWords: Record<ChannelKind, string> = {
  RMM: "RMM",
  REMOTE_SUPPORT: "remote support",
  VPN: "VPN",
  UPDATE_PUSH: "update push",
  API: "API",
  SSO_FEDERATION: "SSO federation",
  MANAGED_AGENT: "managed agent",
  FILE_TRANSFER: "file transfer",
  EDI: "EDI",
  OTHER: "",
};

export async function vendorRiskInputs(actor: Actor, vendorId: string, asOf = new Date()) {
  const vendor = await db().vendor.findFirst({
    where: { id: vendorId, organizationId: actor.organizationId },
    include: { channels: { where: { disabledAt: null }, include: { systems: { include: { system: { select: { criticality: true } } } } } } },
  });
  if (!vendor) return null;
  const [patching, kev] = await Promise.all([vendorPatching(actor, vendorId, asOf), kevMatches(actor, vendorId)]);
  const inputs: RiskInputs = {
    dataSensitivity: vendor.dataSensitivity,
    criticalFunction: vendor.criticalFunction,
    substitutability: vendor.substitutability,
    channels: vendor.channels.map((c) => ({
      name: c.name,
      kindLabel: kindWords[c.kind],
      privilege: c.privilege,
      canPushCode: canPushCode(c),
      mfaEnforced: c.mfaEnforced,
      alwaysOn: c.alwaysOn,
      monitored: c.monitored,
      consoleInternetExposed: c.consoleInternetExposed,
      killSwitchTested: !!c.killSwitchTestedAt,
      systems: c.systems.map((s) => s.system.criticality),
    })),
    slaBreaches: patching?.summary.breaches ?? 0,
    openKev: new Set(kev.filter((m) => !m.deployed).map((m) => m.entry.cveId)).size,
    controlScore: null,
  };
  return { inputs, criticalSlaDays: patching?.vendorSla?.criticalDays ?? null };
}

export async function vendorRisk(actor: Actor, vendorId: string): Promise<{ score: RiskScore; alarms: KaseyaAlarm[] } | null> {
  if (actor.role === "VENDOR") return null;
  const loaded = await vendorRiskInputs(actor, vendorId);
  if (!loaded) return null;
  const { inputs, criticalSlaDays } = loaded;
  return {
    score: computeVendorRisk(inputs),
    alarms: kaseyaPatternAlarms(inputs.channels, { criticalSlaDays, slaBreaches: inputs.slaBreaches, openKev: inputs.openKev }),
  };
}
