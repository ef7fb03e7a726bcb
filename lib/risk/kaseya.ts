// The Kaseya pattern: a channel that can push code into our systems, combined with a weakness that lets someone
// else use it. Raised per channel, with its reasons in words.
import { countOf } from "@/lib/format";
export interface KaseyaChannel {
  id?: string;
  name: string;
  canPushCode: boolean;
  mfaEnforced: boolean;
  consoleInternetExposed: boolean;
  killSwitchTested: boolean;
}

export interface KaseyaContext {
  /** The vendor's contractual days to patch a critical flaw; null when none agreed. */
  criticalSlaDays: number | null;
  slaBreaches: number;
  openKev: number;
}

export interface KaseyaAlarm {
  channelId?: string;
  channel: string;
  reasons: string[];
  /** Set while an executive's or administrator's acceptance of this alarm is in force. */
  accepted?: { until: Date; byEmail: string; justification: string };
}

export function kaseyaPatternAlarms(channels: KaseyaChannel[], context: KaseyaContext): KaseyaAlarm[] {
  const vendorReasons = [
    context.criticalSlaDays == null ? "no patch SLA agreed" : context.criticalSlaDays > 7 ? `critical flaws may take ${countOf(context.criticalSlaDays, "day")} to fix` : "",
    context.slaBreaches ? countOf(context.slaBreaches, "patch SLA breach", "patch SLA breaches") : "",
    context.openKev ? `${countOf(context.openKev, "known-exploited vulnerability", "known-exploited vulnerabilities")} open in its products` : "",
  ].filter(Boolean);
  return channels
    .filter((c) => c.canPushCode)
    .map((c) => ({
      channelId: c.id,
      channel: c.name,
      reasons: [
        ...vendorReasons,
        c.consoleInternetExposed ? "console exposed to the internet" : "",
        c.mfaEnforced ? "" : "no MFA",
        c.killSwitchTested ? "" : "emergency disconnect never tested",
      ].filter(Boolean),
    }))
    .filter((a) => a.reasons.length > 0);
}
