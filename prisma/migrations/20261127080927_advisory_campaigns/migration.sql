-- CreateEnum
CREATE TYPE "AdvisoryStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "AdvisoryAffected" AS ENUM ('YES', 'NO', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "AdvisoryPatched" AS ENUM ('YES', 'NO', 'NOT_NEEDED');

-- CreateTable
CREATE TABLE "AdvisoryCampaign" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "cveId" TEXT,
    "kevVendor" TEXT NOT NULL,
    "kevProduct" TEXT NOT NULL,
    "details" TEXT,
    "dueDate" DATE NOT NULL,
    "status" "AdvisoryStatus" NOT NULL DEFAULT 'OPEN',
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "AdvisoryCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdvisoryRequest" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sentTo" TEXT[],
    "affected" "AdvisoryAffected",
    "patched" "AdvisoryPatched",
    "patchedAt" DATE,
    "compensatingControls" TEXT,
    "comment" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredByEmail" TEXT,
    "remindedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AdvisoryRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdvisoryCampaign_organizationId_status_createdAt_idx" ON "AdvisoryCampaign"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "AdvisoryRequest_organizationId_vendorId_idx" ON "AdvisoryRequest"("organizationId", "vendorId");

-- CreateIndex
CREATE UNIQUE INDEX "AdvisoryRequest_campaignId_vendorId_key" ON "AdvisoryRequest"("campaignId", "vendorId");

-- AddForeignKey
ALTER TABLE "AdvisoryCampaign" ADD CONSTRAINT "AdvisoryCampaign_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryRequest" ADD CONSTRAINT "AdvisoryRequest_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AdvisoryCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryRequest" ADD CONSTRAINT "AdvisoryRequest_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
