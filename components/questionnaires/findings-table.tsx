import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { FindingStatus, Severity } from "@/lib/domain-types";
import { isOverdue } from "@/lib/findings/findings";
import { FindingStatusBadge, SeverityBadge } from "./status";

interface FindingRow {
  id: string;
  title: string;
  severity: Severity;
  status: FindingStatus;
  dueDate: Date | null;
  owner?: string | null;
  vendor?: { name: string };
}

/** Findings with severity, status (overdue marked) and due date; `href` decides where each one opens. */
export function FindingsTable({ rows, href, showVendor = false, showOwner = false, dueLabel = "Due" }: { rows: FindingRow[]; href: (id: string) => string; showVendor?: boolean; showOwner?: boolean; dueLabel?: string }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Finding</Th>
          {showVendor && <Th>Vendor</Th>}
          <Th>Severity</Th>
          <Th>Status</Th>
          {showOwner && <Th>Owner</Th>}
          <Th>{dueLabel}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => (
          <tr key={f.id}>
            <Td>
              <Link href={href(f.id)} className="font-medium text-accent-800 hover:underline dark:text-accent-300">
                {f.title}
              </Link>
            </Td>
            {showVendor && <Td>{f.vendor?.name}</Td>}
            <Td>
              <SeverityBadge severity={f.severity} />
            </Td>
            <Td>
              <FindingStatusBadge status={f.status} overdue={isOverdue(f)} />
            </Td>
            {showOwner && <Td>{f.owner ?? "—"}</Td>}
            <Td className="tabular-nums">{f.dueDate?.toISOString().slice(0, 10) ?? "—"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
