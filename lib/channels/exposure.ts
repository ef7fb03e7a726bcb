import type { AccessChannel } from "@/lib/generated/prisma/client";

type ChannelFacts = Pick<AccessChannel, "kind" | "direction" | "privilege">;

/**
 * Whether the supplier can run code or push software into our systems through this channel: the Kaseya case.
 * Code-execution privilege always counts; so does a vendor-initiated RMM, update-push or managed-agent channel,
 * since those tools exist to deploy software.
 */
export function canPushCode(channel: ChannelFacts): boolean {
  if (channel.privilege === "CODE_EXECUTION") return true;
  return channel.direction === "VENDOR_PUSHES" && ["RMM", "UPDATE_PUSH", "MANAGED_AGENT"].includes(channel.kind);
}

type Hygiene = Pick<AccessChannel, "mfaEnforced" | "alwaysOn" | "monitored" | "consoleInternetExposed" | "killSwitchTestedAt">;

/** The channel's hygiene gaps, in words, worst first. */
export function hygieneGaps(channel: Hygiene): string[] {
  const gaps: string[] = [];
  if (!channel.mfaEnforced) gaps.push("no MFA");
  if (channel.consoleInternetExposed) gaps.push("console exposed to the internet");
  if (!channel.killSwitchTestedAt) gaps.push("emergency disconnect never tested");
  if (channel.alwaysOn) gaps.push("always on");
  if (!channel.monitored) gaps.push("not monitored");
  return gaps;
}
