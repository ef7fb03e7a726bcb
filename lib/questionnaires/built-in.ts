// The questionnaires every organization starts with. The wording is Chainward's own: written for this project, not
// taken from any licensed questionnaire. Each template is a document in the template-schema format; an organization
// copies it into an editable template of its own (QuestionnaireTemplate.builtInKey names the text it came from).
import { yesNoOptions, type Option, type Question, type TemplateContent } from "./template-schema";

export interface BuiltInTemplate {
  key: "nis2-baseline" | "remote-access" | "general-security";
  name: string;
  description: string;
  content: TemplateContent;
}

type QuestionInput = Pick<Question, "key" | "text" | "type" | "domain"> & Partial<Omit<Question, "key" | "text" | "type" | "domain">>;

/** A question with the defaults of an unscored, optional question without evidence. */
const q = (input: QuestionInput): Question => ({ options: [], weight: 0, required: false, evidenceRequired: false, ...input });

/** Choice options from [key, label, score] triples. */
const choices = (...options: [key: string, label: string, score: number][]): Option[] =>
  options.map(([key, label, score]) => ({ key, label, score }));

/** For a yes/no question that only decides which follow-up questions appear: both answers are neutral. */
const neutral = () => yesNoOptions(100, 100);

const MFA_HELP =
  "Multi-factor authentication (MFA) means signing in needs something besides a password: a code from an app, a security key, a passkey or a smart card.";
const PENTEST_HELP = "The executive summary of the latest report is enough; we do not need the full findings list.";

const nis2Baseline: TemplateContent = {
  sections: [
    {
      key: "governance",
      title: "Governance",
      description: "How security is steered and owned in your organization.",
      questions: [
        q({
          key: "gov-policy",
          text: "Do you have an information security policy that your management has approved and that is reviewed at least once a year?",
          help: "Please attach the current policy or its table of contents.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 6,
          required: true,
          domain: "GOVERNANCE",
          evidenceRequired: true,
        }),
        q({
          key: "gov-owner",
          text: "Is one named person in your organization accountable for information security?",
          help: "For example a CISO or security officer. Tell us the role in the comment; a name is not needed.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 4,
          required: true,
          domain: "GOVERNANCE",
        }),
        q({
          key: "gov-risk",
          text: "Do you assess the security risks to the services you provide us at least once a year and whenever they change significantly?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          required: true,
          domain: "GOVERNANCE",
        }),
        q({
          key: "gov-attestations",
          text: "Which independent attestations cover the services you provide to us?",
          help: "Choose every one that applies and is currently valid. Only count certificates whose scope includes these services.",
          type: "MULTIPLE_CHOICE",
          options: choices(
            ["iso27001", "ISO/IEC 27001 certificate", 100],
            ["soc2-type2", "SOC 2 Type II report", 100],
            ["other-scheme", "Another recognized national or sector scheme", 60],
            ["none", "None of these", 0],
          ),
          weight: 4,
          domain: "GOVERNANCE",
        }),
      ],
    },
    {
      key: "incident",
      title: "Incident notification",
      description: "How quickly and how reliably we hear from you when something goes wrong.",
      questions: [
        q({
          key: "inc-plan",
          text: "Do you have a documented incident response plan that you have practised in the last 12 months?",
          help: "A practice can be a tabletop exercise or a real incident handled according to the plan.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 6,
          required: true,
          domain: "INCIDENT",
        }),
        q({
          key: "inc-notify-hours",
          text: "Within how many hours of detecting a significant incident that affects our data or services will you notify us?",
          help: "Under NIS-2 we must send the authorities an early warning within 24 hours of learning of a significant incident, so we need to hear from you well within that time.",
          type: "NUMBER",
          required: true,
          domain: "INCIDENT",
        }),
        q({
          key: "inc-notify-contract",
          text: "Is that notification time written into your contract with us?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          domain: "INCIDENT",
        }),
        q({
          key: "inc-contact",
          text: "Can we reach a security contact of yours at any hour, including weekends and public holidays?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 4,
          required: true,
          domain: "INCIDENT",
        }),
      ],
    },
    {
      key: "vulnerabilities",
      title: "Vulnerability handling",
      questions: [
        q({
          key: "vuln-scan",
          text: "How often do you scan the systems that deliver our services for vulnerabilities?",
          type: "SINGLE_CHOICE",
          options: choices(
            ["continuous", "Continuously or at least weekly", 100],
            ["monthly", "Monthly", 70],
            ["quarterly", "Quarterly", 40],
            ["yearly", "Once a year or less often", 10],
            ["never", "We do not scan", 0],
          ),
          weight: 5,
          required: true,
          domain: "VULNERABILITY",
        }),
        q({
          key: "vuln-critical",
          text: "How quickly do you fix or mitigate a critical vulnerability in an internet-facing system?",
          help: "Count from the moment a fix or workaround is available to the moment it is in place on every affected system.",
          type: "SINGLE_CHOICE",
          options: choices(
            ["72h", "Within 72 hours", 100],
            ["7d", "Within 7 days", 80],
            ["30d", "Within 30 days", 40],
            ["none", "Later, or we have no target", 0],
          ),
          weight: 6,
          required: true,
          domain: "VULNERABILITY",
        }),
        q({
          key: "vuln-disclosure",
          text: "Can outside researchers report vulnerabilities to you through a published channel?",
          help: "For example a vulnerability disclosure policy on your website or a security.txt file (RFC 9116).",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 3,
          domain: "VULNERABILITY",
        }),
        q({
          key: "vuln-pentest",
          text: "Has an independent party penetration-tested the services you provide to us in the last 12 months?",
          help: PENTEST_HELP,
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          required: true,
          domain: "VULNERABILITY",
          evidenceRequired: true,
        }),
      ],
    },
    {
      key: "access",
      title: "Access control",
      questions: [
        q({
          key: "ac-least-privilege",
          text: "Does each of your staff get only the access to our data and systems that their current role needs?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          required: true,
          domain: "ACCESS_CONTROL",
        }),
        q({
          key: "ac-review",
          text: "How often do you review who can access our data or systems?",
          type: "SINGLE_CHOICE",
          options: choices(
            ["quarterly", "At least every three months", 100],
            ["half-yearly", "Every six months", 70],
            ["yearly", "Once a year", 40],
            ["never", "We do not review it", 0],
          ),
          weight: 4,
          domain: "ACCESS_CONTROL",
        }),
      ],
    },
    {
      key: "mfa",
      title: "Multi-factor authentication",
      questions: [
        q({
          key: "mfa-admin",
          text: "Is multi-factor authentication enforced for all administrator access to systems that hold our data?",
          help: MFA_HELP,
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 8,
          required: true,
          domain: "AUTHENTICATION",
        }),
        q({
          key: "mfa-remote",
          text: "Is multi-factor authentication enforced whenever your staff work remotely, for example over VPN, remote desktop, webmail or cloud consoles?",
          help: MFA_HELP,
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 6,
          required: true,
          domain: "AUTHENTICATION",
        }),
        q({
          key: "mfa-factor",
          text: "What is the weakest second factor your staff are allowed to use?",
          help: "Phishing-resistant factors are bound to the real website, so a fake login page cannot relay them: FIDO2 security keys, passkeys and smart cards.",
          type: "SINGLE_CHOICE",
          options: choices(
            ["phishing-resistant", "Only phishing-resistant factors", 100],
            ["app", "An authenticator app (codes or push approval)", 70],
            ["sms", "A code by text message or voice call", 30],
            ["none", "Some staff do not use a second factor", 0],
          ),
          weight: 4,
          domain: "AUTHENTICATION",
        }),
      ],
    },
    {
      key: "backups",
      title: "Backups and recovery",
      questions: [
        q({
          key: "bak-protected",
          text: "Do you keep backups of our data that an attacker with administrator rights on your network could not alter or delete?",
          help: "For example offline copies, immutable (write-once) storage, or a backup system with separate accounts and credentials.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 6,
          required: true,
          domain: "CONTINUITY",
        }),
        q({
          key: "bak-restore-tested",
          text: "Do you test a full restore of the services you provide to us from backup at least once a year?",
          help: "Please attach the report or summary of the latest restore test.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          required: true,
          domain: "CONTINUITY",
          evidenceRequired: true,
        }),
        q({
          key: "bak-restore-date",
          text: "When was the latest full restore test?",
          type: "DATE",
          required: true,
          domain: "CONTINUITY",
          condition: { questionKey: "bak-restore-tested", equals: "yes" },
        }),
      ],
    },
    {
      key: "development",
      title: "Secure development",
      description: "Answer if you build or maintain software that we use; otherwise choose not applicable.",
      questions: [
        q({
          key: "dev-process",
          text: "Do you follow a documented secure development process, with code review and security testing before each release?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          domain: "SECURE_DEVELOPMENT",
        }),
        q({
          key: "dev-components",
          text: "Do you keep an inventory of the third-party and open-source components in your software and check it for known vulnerabilities?",
          help: "Such an inventory is often kept as a software bill of materials (SBOM).",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 4,
          domain: "SECURE_DEVELOPMENT",
        }),
      ],
    },
    {
      key: "sub-suppliers",
      title: "Sub-suppliers",
      description: "Companies you rely on to deliver our services (your own suppliers, sometimes called fourth parties).",
      questions: [
        q({
          key: "sup-uses",
          text: "Do you use sub-suppliers that can access our data or systems?",
          type: "YES_NO",
          options: neutral(),
          required: true,
          domain: "SUPPLY_CHAIN",
        }),
        q({
          key: "sup-list",
          text: "List them, with what each one does for you and the country where it handles our data.",
          type: "TEXT",
          required: true,
          domain: "SUPPLY_CHAIN",
          condition: { questionKey: "sup-uses", equals: "yes" },
        }),
        q({
          key: "sup-obligations",
          text: "Do your contracts with those sub-suppliers impose security obligations at least as strict as yours towards us?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          required: true,
          domain: "SUPPLY_CHAIN",
          condition: { questionKey: "sup-uses", equals: "yes" },
        }),
        q({
          key: "sup-changes",
          text: "Will you tell us before you add or replace a sub-supplier that can access our data or systems?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 3,
          domain: "SUPPLY_CHAIN",
          condition: { questionKey: "sup-uses", equals: "yes" },
        }),
      ],
    },
  ],
};

const remoteAccess: TemplateContent = {
  sections: [
    {
      key: "tools",
      title: "Tools in scope",
      description:
        "In July 2021 attackers used flaws in an internet-facing remote-management server to push ransomware, disguised as an update, through service providers to their customers. These questions cover the tools through which you can reach or change our systems.",
      questions: [
        q({
          key: "ra-tools",
          text: "Which remote-management, remote-support and software-update tools do you use to reach our systems? For each, give the product and version and say whether you host it yourselves or use the maker's cloud service.",
          type: "TEXT",
          required: true,
          domain: "REMOTE_ACCESS",
        }),
      ],
    },
    {
      key: "console",
      title: "Console access",
      questions: [
        q({
          key: "mfa-console",
          text: "Is multi-factor authentication enforced for every account that can sign in to the tools' management consoles, including administrator and emergency accounts?",
          help: `${MFA_HELP} A screenshot of the console's authentication settings is good evidence.`,
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 10,
          required: true,
          domain: "AUTHENTICATION",
          evidenceRequired: true,
        }),
        q({
          key: "mfa-step-up",
          text: "Does running a script or command on our devices require the technician to confirm with a second factor again, rather than relying on a session that is already signed in?",
          help: "This is sometimes called step-up authentication.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 4,
          domain: "AUTHENTICATION",
        }),
        q({
          key: "console-exposed",
          text: "Can the management console, or its API, be reached directly from the internet?",
          help: "Answer yes if anyone on the internet can reach the sign-in page or the API, even though they would still need to sign in.",
          type: "YES_NO",
          options: yesNoOptions(0, 100),
          weight: 8,
          required: true,
          domain: "REMOTE_ACCESS",
        }),
        q({
          key: "console-protection",
          text: "What protects the internet-facing console?",
          help: "Choose every measure that is in place today.",
          type: "MULTIPLE_CHOICE",
          options: choices(
            ["allow-list", "Only approved IP addresses can connect", 40],
            ["gateway", "It sits behind a VPN or zero-trust access gateway", 50],
            ["waf", "A web application firewall filters requests", 20],
            ["monitoring", "Sign-ins and API calls are monitored around the clock", 30],
            ["none", "None of these", 0],
          ),
          weight: 6,
          required: true,
          domain: "REMOTE_ACCESS",
          condition: { questionKey: "console-exposed", equals: "yes" },
        }),
      ],
    },
    {
      key: "privilege",
      title: "Least privilege",
      questions: [
        q({
          key: "ra-scope",
          text: "Is each technician's account in the tools limited to the customers and devices they actually support?",
          help: "If one technician account or one console is taken over, it should not reach every customer at once.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 6,
          required: true,
          domain: "ACCESS_CONTROL",
        }),
        q({
          key: "agent-privilege",
          text: "With what rights does your agent run on our devices?",
          type: "SINGLE_CHOICE",
          options: choices(
            ["limited", "Limited rights, elevated only for specific approved tasks", 100],
            ["admin-in-scope", "Full local rights (administrator or SYSTEM), but only on the devices in scope", 50],
            ["admin-wide", "Full rights on all our devices, or domain administrator rights", 0],
          ),
          weight: 5,
          required: true,
          domain: "ACCESS_CONTROL",
        }),
        q({
          key: "av-exclusions",
          text: "Do you ask us to exclude your agent's folders or processes from antivirus or endpoint protection scanning?",
          help: "Exclusions give an attacker who controls the agent a place where malicious files are not inspected.",
          type: "YES_NO",
          options: yesNoOptions(0, 100),
          weight: 4,
          domain: "ACCESS_CONTROL",
        }),
        q({
          key: "access-mode",
          text: "How is a remote connection to our systems made possible?",
          help: "Just-in-time access exists only while it is needed: we approve or start each session, and it closes by itself afterwards.",
          type: "SINGLE_CHOICE",
          options: choices(
            ["just-in-time", "Just in time: we approve or start each session and it ends automatically", 100],
            ["windows", "Always available, but only within agreed maintenance windows", 60],
            ["always-on", "Always available, at any time", 0],
          ),
          weight: 7,
          required: true,
          domain: "REMOTE_ACCESS",
        }),
      ],
    },
    {
      key: "logging",
      title: "Session logging",
      questions: [
        q({
          key: "session-log",
          text: "Do you log every remote session and every script or command run through the tools, together with the technician who ran it?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 6,
          required: true,
          domain: "REMOTE_ACCESS",
        }),
        q({
          key: "log-review",
          text: "Who looks at those logs, and how?",
          type: "SINGLE_CHOICE",
          options: choices(
            ["soc", "Automated alerts, handled by a security team around the clock", 100],
            ["weekly", "Security staff review them at least weekly", 70],
            ["after-incident", "Only after an incident", 20],
            ["nobody", "Nobody reviews them", 0],
          ),
          weight: 5,
          required: true,
          domain: "REMOTE_ACCESS",
          condition: { questionKey: "session-log", equals: "yes" },
        }),
      ],
    },
    {
      key: "updates",
      title: "Update integrity",
      description: "How we can trust that what reaches our systems through your update channel really comes from you.",
      questions: [
        q({
          key: "upd-signed",
          text: "Are all updates, patches and scripts that you deliver to our systems digitally signed by you?",
          help: "Code signing attaches a cryptographic signature that shows who published a file and that it has not been changed since.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 8,
          required: true,
          domain: "SECURE_DEVELOPMENT",
        }),
        q({
          key: "upd-verified",
          text: "Does the receiving side check that signature before installing, and refuse unsigned or altered packages?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 7,
          required: true,
          domain: "SECURE_DEVELOPMENT",
        }),
        q({
          key: "signing-keys",
          text: "Where are your signing keys kept?",
          type: "SINGLE_CHOICE",
          options: choices(
            ["hsm-approval", "In a hardware security module or managed key service, and each release needs a second person's approval", 100],
            ["hsm", "In a hardware security module or managed key service", 80],
            ["build-server", "In an encrypted file on a restricted build server", 30],
            ["elsewhere", "Elsewhere, or we are not sure", 0],
          ),
          weight: 5,
          domain: "SECURE_DEVELOPMENT",
        }),
        q({
          key: "upd-staged",
          text: "Do you roll updates out in stages, to a small group first, so that a faulty or malicious update can be stopped before it reaches every customer?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 4,
          domain: "SECURE_DEVELOPMENT",
        }),
        q({
          key: "upd-notice",
          text: "When you push an update to our systems, what do we hear about it?",
          type: "SINGLE_CHOICE",
          options: choices(
            ["notice-postpone", "We are told in advance and can postpone updates that are not urgent", 100],
            ["notice", "We are told in advance", 60],
            ["afterwards", "We are told afterwards", 20],
            ["nothing", "We are not told", 0],
          ),
          weight: 5,
          domain: "REMOTE_ACCESS",
        }),
      ],
    },
    {
      key: "patching",
      title: "Patching your own tools",
      questions: [
        q({
          key: "patch-own-tools",
          text: "Once the maker releases a critical security fix for one of your remote tools, how quickly is it installed on your side?",
          type: "SINGLE_CHOICE",
          options: choices(
            ["24h", "Within 24 hours", 100],
            ["72h", "Within 72 hours", 80],
            ["7d", "Within 7 days", 50],
            ["30d", "Within 30 days", 20],
            ["none", "We have no commitment", 0],
          ),
          weight: 8,
          required: true,
          domain: "VULNERABILITY",
        }),
        q({
          key: "patch-zero-day",
          text: "If a flaw in one of your remote tools is being actively exploited and no fix exists yet, will you take the tool offline or restrict it until one does?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          required: true,
          domain: "VULNERABILITY",
        }),
      ],
    },
    {
      key: "emergency",
      title: "Emergency response",
      questions: [
        q({
          key: "kill-switch",
          text: "Do you have a documented procedure to cut every customer off from the tools at once, for example by shutting down the console or stopping all agents?",
          help: "Such an emergency disconnect is often called a kill switch. Please attach the procedure.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 7,
          required: true,
          domain: "INCIDENT",
          evidenceRequired: true,
        }),
        q({
          key: "kill-switch-tested",
          text: "When did you last test that procedure?",
          type: "DATE",
          required: true,
          domain: "INCIDENT",
          condition: { questionKey: "kill-switch", equals: "yes" },
        }),
        q({
          key: "compromise-notice",
          text: "If your remote tools are compromised, will you tell us at once and explain how we can disconnect or remove your agent ourselves?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          required: true,
          domain: "INCIDENT",
        }),
        q({
          key: "off-hours-cover",
          text: "Who watches your remote tools for security events outside office hours, including weekends and public holidays?",
          help: "Attacks are often timed for when fewer people are watching; the July 2021 attack began on the afternoon before a long holiday weekend in the USA.",
          type: "SINGLE_CHOICE",
          options: choices(
            ["staffed-24-7", "A security team on duty around the clock", 100],
            ["on-call", "On-call staff, woken by automated alerts", 70],
            ["best-effort", "Best effort only", 20],
            ["nobody", "Nobody", 0],
          ),
          weight: 6,
          required: true,
          domain: "INCIDENT",
        }),
      ],
    },
    {
      key: "evidence",
      title: "Evidence",
      questions: [
        q({
          key: "ev-pentest",
          text: "Upload the summary of the latest independent penetration test of your remote-access platform.",
          help: PENTEST_HELP,
          type: "FILE",
          domain: "REMOTE_ACCESS",
        }),
      ],
    },
  ],
};

const generalSecurity: TemplateContent = {
  sections: [
    {
      key: "policies",
      title: "Policies and people",
      questions: [
        q({
          key: "gen-policy",
          text: "Do you have an information security policy that your management has approved and that is reviewed at least once a year?",
          help: "Please attach the current policy or its table of contents.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 6,
          required: true,
          domain: "GOVERNANCE",
          evidenceRequired: true,
        }),
        q({
          key: "gen-attestations",
          text: "Which independent attestations cover the services you provide to us?",
          help: "Choose every one that applies and is currently valid.",
          type: "MULTIPLE_CHOICE",
          options: choices(
            ["iso27001", "ISO/IEC 27001 certificate", 100],
            ["soc2-type2", "SOC 2 Type II report", 100],
            ["other-scheme", "Another recognized national or sector scheme", 60],
            ["none", "None of these", 0],
          ),
          weight: 4,
          domain: "GOVERNANCE",
        }),
        q({
          key: "gen-training",
          text: "Do all staff take security awareness training when they join and again at least once a year?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          required: true,
          domain: "HYGIENE",
        }),
        q({
          key: "gen-phishing",
          text: "Do you test your staff with simulated phishing emails at least twice a year?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 3,
          domain: "HYGIENE",
        }),
        q({
          key: "gen-mfa",
          text: "Is multi-factor authentication enforced for all remote and administrator access by your staff?",
          help: MFA_HELP,
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 7,
          required: true,
          domain: "AUTHENTICATION",
        }),
      ],
    },
    {
      key: "encryption",
      title: "Encryption",
      questions: [
        q({
          key: "enc-rest",
          text: "Is our data encrypted wherever you store it, including in backups?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          required: true,
          domain: "CRYPTOGRAPHY",
        }),
        q({
          key: "enc-transit",
          text: "What is the oldest protection you accept for our data when it travels over a network?",
          help: "TLS is the protocol that protects web and API traffic; versions 1.0 and 1.1 are outdated.",
          type: "SINGLE_CHOICE",
          options: choices(
            ["tls13", "TLS 1.3 only", 100],
            ["tls12", "TLS 1.2 or newer", 90],
            ["tls-old", "TLS 1.0 or 1.1 is still accepted somewhere", 20],
            ["plain", "Some traffic is not encrypted", 0],
          ),
          weight: 5,
          required: true,
          domain: "CRYPTOGRAPHY",
        }),
      ],
    },
    {
      key: "logging",
      title: "Logging and monitoring",
      questions: [
        q({
          key: "log-central",
          text: "Do you collect security logs (sign-ins, administrator actions and access to our data) in one place and keep them for at least six months?",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          required: true,
          domain: "INCIDENT",
        }),
        q({
          key: "log-watch",
          text: "Who watches those logs for signs of an attack?",
          type: "SINGLE_CHOICE",
          options: choices(
            ["24-7", "A security team around the clock, in-house or contracted", 100],
            ["office-hours", "Security staff during office hours", 50],
            ["after-incident", "We look only after an incident", 10],
            ["nobody", "Nobody", 0],
          ),
          weight: 4,
          domain: "INCIDENT",
          condition: { questionKey: "log-central", equals: "yes" },
        }),
      ],
    },
    {
      key: "continuity",
      title: "Continuity and testing",
      questions: [
        q({
          key: "bcp-tested",
          text: "Do you have a business continuity and disaster recovery plan for the services you provide to us, tested in the last 12 months?",
          help: "Please attach a summary of the latest test and its results.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 6,
          required: true,
          domain: "CONTINUITY",
          evidenceRequired: true,
        }),
        q({
          key: "gen-pentest",
          text: "Has an independent party penetration-tested the services you provide to us in the last 12 months?",
          help: PENTEST_HELP,
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          domain: "VULNERABILITY",
          evidenceRequired: true,
        }),
      ],
    },
    {
      key: "cloud",
      title: "Cloud services",
      questions: [
        q({
          key: "cloud-uses",
          text: "Do you store our data or run the services you provide to us on a public cloud platform?",
          help: "For example Amazon Web Services, Microsoft Azure or Google Cloud.",
          type: "YES_NO",
          options: neutral(),
          required: true,
          domain: "CLOUD",
        }),
        q({
          key: "cloud-providers",
          text: "Which cloud providers and regions do you use for our data?",
          type: "TEXT",
          required: true,
          domain: "CLOUD",
          condition: { questionKey: "cloud-uses", equals: "yes" },
        }),
        q({
          key: "cloud-config",
          text: "Do you check your cloud configuration continuously against a security baseline and fix deviations?",
          help: "Usually done with a cloud security posture management tool or the provider's own security checks.",
          type: "YES_NO",
          options: yesNoOptions(),
          weight: 5,
          domain: "CLOUD",
          condition: { questionKey: "cloud-uses", equals: "yes" },
        }),
      ],
    },
  ],
};

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    key: "nis2-baseline",
    name: "NIS-2 supplier baseline",
    description:
      "The security measures NIS-2 expects us to check at our suppliers: governance, incident notification, vulnerability handling, access control, MFA, backups, secure development and sub-suppliers.",
    content: nis2Baseline,
  },
  {
    key: "remote-access",
    name: "Remote access and update channels",
    description:
      "For suppliers that can reach or update our systems remotely: how they protect their remote-management, remote-support and update tools, based on the lessons of the July 2021 Kaseya VSA attack.",
    content: remoteAccess,
  },
  {
    key: "general-security",
    name: "General information security",
    description: "A short general assessment: policies, training, encryption, logging, continuity and cloud use.",
    content: generalSecurity,
  },
];

/** Channel kinds through which a supplier can run code on, or push software to, our systems. */
export const REMOTE_CHANNEL_KINDS = ["RMM", "REMOTE_SUPPORT", "UPDATE_PUSH", "MANAGED_AGENT"] as const;

/** The built-in templates to suggest for a vendor, from the kinds of its access channels (most specific first). */
export function suggestedTemplateKeys(channelKinds: readonly string[]): BuiltInTemplate["key"][] {
  const remote: readonly string[] = REMOTE_CHANNEL_KINDS;
  if (channelKinds.some((kind) => remote.includes(kind))) return ["remote-access", "nis2-baseline"];
  if (channelKinds.length) return ["nis2-baseline"];
  return ["general-security"];
}
