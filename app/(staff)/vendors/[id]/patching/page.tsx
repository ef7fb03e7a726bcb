import type { Metadata } from "next";
import Link from "next/link";
import { RecordDeployment } from "@/components/advisories/record-deployment";
import { ProductForm, RemoveProductButton, SlaForm, VulnerabilityForm } from "@/components/patching/patching-forms";
import { AssessmentCells, severityLabel } from "@/components/patching/step-cell";
import { Alert } from "@/components/ui/alert";
import { LazyDetails } from "@/components/ui/lazy-details";
import { Card, EmptyState } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { recordedMessage, vendorAnswerDeployments } from "@/lib/advisories/deployments";
import { vendorPatching } from "@/lib/patching/patching";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { formatDay } from "@/lib/dates";
import { productName } from "@/lib/kev/product-name";

export const metadata: Metadata = { title: "Patching" };

const summaryClass = "cursor-pointer text-sm font-medium text-accent-700 dark:text-accent-300";


type SlaRow = { criticalDays: number; highDays: number; mediumDays: number; lowDays: number; notificationHours: number | null };
const slaValues = (s: SlaRow | null): Record<string, string> =>
  s
    ? { criticalDays: String(s.criticalDays), highDays: String(s.highDays), mediumDays: String(s.mediumDays), lowDays: String(s.lowDays), notificationHours: s.notificationHours?.toString() ?? "" }
    : {};

export default async function VendorPatchingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { actor, vendor, canEdit } = await loadVendorPage((await params).id);
  const [data, answers, { saved }] = await Promise.all([vendorPatching(actor, vendor.id), vendorAnswerDeployments(actor, vendor.id), searchParams]);
  if (!data) return null;
  const { vendorSla, products, summary } = data;
  const sla = slaValues(vendorSla);
  return (
    <div className="space-y-6">
      {saved && <Alert tone="success">Ledger entry saved.</Alert>}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card title="Median vendor time to fix">
          <p className="text-2xl font-semibold tabular-nums">{summary.medianVendorDays ?? "—"} {summary.medianVendorDays != null && <span className="text-sm font-normal">days</span>}</p>
        </Card>
        <Card title="Median time for us to deploy">
          <p className="text-2xl font-semibold tabular-nums">{summary.medianOurDays ?? "—"} {summary.medianOurDays != null && <span className="text-sm font-normal">days</span>}</p>
        </Card>
        <Card title="SLA breaches">
          <p className={`text-2xl font-semibold tabular-nums ${summary.breaches ? "text-red-800 dark:text-red-300" : ""}`}>{summary.breaches}</p>
        </Card>
        <Card title="Not yet deployed">
          <p className="text-2xl font-semibold tabular-nums">{summary.openOnOurSide}</p>
        </Card>
      </div>

      {answers.length > 0 && (
        <Card title="Advisory answers: fix deployed">
          <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {answers.map(({ request, deployment }) => (
              <li key={request.id} className="py-2 first:pt-0 last:pb-0">
                <p>
                  <Link href={`/advisories/${request.campaign.id}#answer-${request.id}`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                    {request.campaign.title}
                  </Link>
                  : fix deployed on <span className="tabular-nums">{formatDay(request.patchedAt)}</span>, says the answer
                  <span className="text-slate-600 dark:text-slate-400">
                    {" "}
                    of {formatDay(request.answeredAt)} by {request.answeredByEmail}
                  </span>
                </p>
                <RecordDeployment
                  requestId={request.id}
                  vendorName={vendor.name}
                  pending={deployment.pending.map((e) => `${e.cveId} (${e.product})`)}
                  recorded={deployment.recorded[0] ? recordedMessage(deployment.recorded[0].deployedAt) : null}
                  canRecord={canEdit}
                />
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Card title="Contractual patch SLA">
        {canEdit ? (
          <SlaForm vendorId={vendor.id} initial={sla} />
        ) : vendorSla ? (
          <p className="text-sm">
            Critical {vendorSla.criticalDays} d · high {vendorSla.highDays} d · medium {vendorSla.mediumDays} d · low {vendorSla.lowDays} d
            {vendorSla.notificationHours != null && ` · notification within ${vendorSla.notificationHours} h`}
          </p>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">No patch SLA recorded: breaches cannot be computed.</p>
        )}
      </Card>

      <section aria-labelledby="products-title" className="space-y-4">
        <h2 id="products-title" className="text-base font-semibold">
          Products we run and their vulnerabilities
        </h2>
        {products.length === 0 && (
          <EmptyState title="No products recorded">Record the vendor&apos;s software we run, named as the CISA KEV catalog names it, so known-exploited flaws are matched.</EmptyState>
        )}
        {products.map(({ product, sla: productSla, ledger }) => (
          <Card key={product.id}>
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">
                {productName(product.kevVendor, product.kevProduct)} {product.version && <span className="font-normal text-slate-600 dark:text-slate-400">{product.version}</span>}
              </h3>
              <div className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
                {productSla ? (productSla.productId ? "Product SLA" : "Vendor SLA") : "No SLA"}
                {canEdit && <RemoveProductButton vendorId={vendor.id} productId={product.id} name={product.kevProduct} entries={ledger.length} />}
              </div>
            </div>
            {ledger.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No vulnerabilities recorded for this product.</p>
            ) : (
              <Table>
                <thead>
                  <tr>
                    <Th>CVE</Th>
                    <Th>Severity</Th>
                    <Th>Disclosed</Th>
                    <Th>Fix released</Th>
                    <Th>Deployed</Th>
                    <Th>Vendor: disclosure → fix</Th>
                    <Th>Us: fix → deployed</Th>
                  </tr>
                </thead>
                <tbody>
                  {ledger.map(({ record, kev, assessment, deployedFrom }) => (
                    <tr key={record.id}>
                      <Td className="whitespace-nowrap">
                        {canEdit ? (
                          <Link href={`/vendors/${vendor.id}/patching/${record.id}`} className="font-mono text-accent-700 hover:underline dark:text-accent-300">
                            {record.cveId}
                          </Link>
                        ) : (
                          <span className="font-mono">{record.cveId}</span>
                        )}{" "}
                        {kev && <Badge tone="red">KEV · due {formatDay(kev.dueDate)}</Badge>}
                      </Td>
                      <Td>{severityLabel(record.severity)}</Td>
                      <Td className="tabular-nums">{formatDay(record.disclosedAt)}</Td>
                      <Td className="tabular-nums">{formatDay(record.fixReleasedAt)}</Td>
                      <Td className="tabular-nums">
                        {formatDay(record.deployedAt)}
                        {deployedFrom && (
                          <Link href={`/advisories/${deployedFrom.campaignId}#answer-${deployedFrom.requestId}`} className="block text-xs text-accent-700 hover:underline dark:text-accent-300">
                            from advisory answer
                          </Link>
                        )}
                      </Td>
                      <AssessmentCells assessment={assessment} />
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
            {canEdit && (
              <LazyDetails className="mt-3" summaryClassName={summaryClass} summary={`${productSla?.productId ? "Change" : "Set"} an SLA for ${product.kevProduct} only`}>
                <div className="mt-3 max-w-2xl">
                  <SlaForm vendorId={vendor.id} productId={product.id} initial={slaValues(productSla?.productId ? productSla : null)} />
                </div>
              </LazyDetails>
            )}
            {canEdit && (
              <LazyDetails className="mt-3" summaryClassName={summaryClass} summary={`Record a vulnerability of ${product.kevProduct}`}>
                <div className="mt-3 max-w-2xl">
                  <VulnerabilityForm productId={product.id} />
                </div>
              </LazyDetails>
            )}
          </Card>
        ))}
        {canEdit && (
          <Card title="Add a product">
            <div className="max-w-xl">
              <ProductForm vendorId={vendor.id} />
            </div>
          </Card>
        )}
      </section>
    </div>
  );
}
