// Control domains that questions belong to, each mapped to the NIS-2 Art. 21(2) measures and the ISO/IEC 27001:2022
// supplier-relationship controls (A.5.19–A.5.23) it gives evidence for. Scores are reported per domain.
export const CONTROL_DOMAINS = {
  GOVERNANCE: { label: "Governance and risk management", nis2: ["21(2)(a)", "21(2)(f)"], iso: ["A.5.19"] },
  INCIDENT: { label: "Incident handling and notification", nis2: ["21(2)(b)"], iso: ["A.5.20", "A.5.22"] },
  CONTINUITY: { label: "Backups and business continuity", nis2: ["21(2)(c)"], iso: ["A.5.20"] },
  SUPPLY_CHAIN: { label: "Sub-suppliers and supply chain", nis2: ["21(2)(d)"], iso: ["A.5.21", "A.5.22"] },
  VULNERABILITY: { label: "Vulnerability handling and patching", nis2: ["21(2)(e)"], iso: ["A.5.21", "A.5.22"] },
  SECURE_DEVELOPMENT: { label: "Secure development and update integrity", nis2: ["21(2)(e)"], iso: ["A.5.21"] },
  ACCESS_CONTROL: { label: "Access control and least privilege", nis2: ["21(2)(i)"], iso: ["A.5.19", "A.5.20"] },
  AUTHENTICATION: { label: "Multi-factor authentication", nis2: ["21(2)(j)"], iso: ["A.5.20"] },
  REMOTE_ACCESS: { label: "Remote access and update channels", nis2: ["21(2)(d)", "21(2)(i)", "21(2)(j)"], iso: ["A.5.21", "A.5.22"] },
  CRYPTOGRAPHY: { label: "Cryptography and secure communication", nis2: ["21(2)(h)", "21(2)(j)"], iso: ["A.5.20"] },
  HYGIENE: { label: "Cyber hygiene and training", nis2: ["21(2)(g)"], iso: ["A.5.19"] },
  CLOUD: { label: "Cloud services", nis2: ["21(2)(d)"], iso: ["A.5.23"] },
} as const satisfies Record<string, { label: string; nis2: readonly string[]; iso: readonly string[] }>;

export type ControlDomain = keyof typeof CONTROL_DOMAINS;
export const CONTROL_DOMAIN_KEYS = Object.keys(CONTROL_DOMAINS) as [ControlDomain, ...ControlDomain[]];

/** "Art. 21(2)(b) · A.5.20, A.5.22": where a domain's evidence counts. */
export const domainMapping = (domain: ControlDomain) =>
  `NIS-2 Art. ${CONTROL_DOMAINS[domain].nis2.join(", ")} · ISO 27001 ${CONTROL_DOMAINS[domain].iso.join(", ")}`;
