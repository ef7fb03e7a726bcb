// The Kaseya pattern: a channel that can push code into our systems, combined with a weakness that lets someone
// else use it. Raised per channel, with its reasons in words.
export interface KaseyaChannel {
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
  channel: string;
  reasons: string[];
}

export function kaseyaPatternAlarms(channels: KaseyaChannel[], context: KaseyaContext): KaseyaAlarm[] {
  const vendorReasons = [
    context.criticalSlaDays == null ? "no patch SLA agreed" : context.criticalSlaDays > 7 ? `critical flaws may take ${context.criticalSlaDays} days to fix` : "",
    context.slaBreaches ? `${context.slaBreaches} patch SLA breach${context.slaBreaches === 1 ? "" : "es"}` : "",
    context.openKev ? `${context.openKev} known-exploited vulnerabilit${context.openKev === 1 ? "y" : "ies"} open in its products` : "",
  ].filter(Boolean);
  return channels
    .filter((c) => c.canPushCode)
    .map((c) => ({
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
