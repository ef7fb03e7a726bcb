"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Alert, FormMessage } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/field";
import { FileField } from "@/components/ui/file-field";
import { Card } from "@/components/ui/page";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th } from "@/components/ui/table";
import { commitImportAction, previewImportAction, type ImportState } from "@/lib/imports/actions";
import { UPLOAD_LIMITS } from "@/lib/uploads";

export function ImportWizard({ templates }: { templates: Record<"vendors" | "channels", string[]> }) {
  const [preview, previewAction] = useActionState(previewImportAction, {} as ImportState);
  const [result, commitAction] = useActionState(commitImportAction, {} as ImportState);
  const done = result.ok === true;
  return (
    <div className="space-y-6">
      <Card title="1. Check a file">
        <form action={previewAction} className="max-w-xl space-y-3">
          {!preview.preview && <FormMessage state={preview} />}
          <SelectField
            name="kind"
            label="The file contains"
            options={[
              { value: "vendors", label: "Vendors" },
              { value: "channels", label: "Access channels (of existing vendors, to existing systems)" },
            ]}
            defaultValue={preview.kind ?? "vendors"}
            errors={preview.fieldErrors?.kind}
          />
          <FileField name="file" label="CSV file" accept=".csv,text/csv" required limit={UPLOAD_LIMITS.csvImport} errors={preview.fieldErrors?.file} />
          <SubmitButton variant="secondary" pendingText="Checking…">
            Check file
          </SubmitButton>
          <details className="text-xs text-slate-600 dark:text-slate-400">
            <summary className="cursor-pointer">Expected columns</summary>
            <p className="mt-1">
              Vendors: {templates.vendors.join(", ")}. Only Name is required. Channels: {templates.channels.join(", ")}; systems are separated by “;”. The CSV
              exports use the same columns.
            </p>
          </details>
        </form>
      </Card>
      {preview.preview && (
        <Card title="2. Preview">
          <div className="mb-3 space-y-2">
            {preview.notice && <Alert>{preview.notice}</Alert>}
            <Alert tone={preview.ok ? "success" : "error"}>{preview.message}</Alert>
          </div>
          <Table>
            <thead>
              <tr>
                <Th numeric>Line</Th>
                <Th>Row</Th>
                <Th>Check</Th>
              </tr>
            </thead>
            <tbody>
              {preview.preview.map((row) => (
                <tr key={row.line}>
                  <Td numeric>{row.line}</Td>
                  <Td>{row.label}</Td>
                  <Td className={row.errors.length ? "text-red-800 dark:text-red-300" : "text-emerald-800 dark:text-emerald-300"}>
                    {row.errors.length ? row.errors.join("; ") : "OK"}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {preview.ok && preview.csv && !done && (
            <form action={commitAction} className="mt-4 space-y-3">
              <FormMessage state={result} />
              <input type="hidden" name="kind" value={preview.kind} />
              <input type="hidden" name="csv" value={preview.csv} />
              <SubmitButton pendingText="Importing…">
                Import {preview.preview.length} {preview.kind === "vendors" ? "vendors" : "channels"}
              </SubmitButton>
            </form>
          )}
          {done && (
            <div className="mt-4 space-y-2">
              <Alert tone="success">{result.message}</Alert>
              <Link href="/vendors" className="text-sm font-medium text-accent-700 hover:underline dark:text-accent-300">
                Go to the vendor list
              </Link>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
