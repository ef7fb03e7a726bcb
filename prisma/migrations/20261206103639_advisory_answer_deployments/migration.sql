-- AlterTable
ALTER TABLE "VulnerabilityRecord" ADD COLUMN     "deployedFromRequestId" TEXT;

-- CreateIndex
CREATE INDEX "VulnerabilityRecord_deployedFromRequestId_idx" ON "VulnerabilityRecord"("deployedFromRequestId");

-- AddForeignKey
ALTER TABLE "VulnerabilityRecord" ADD CONSTRAINT "VulnerabilityRecord_deployedFromRequestId_fkey" FOREIGN KEY ("deployedFromRequestId") REFERENCES "AdvisoryRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;
