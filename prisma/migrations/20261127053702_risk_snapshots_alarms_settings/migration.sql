-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "lei" TEXT,
ADD COLUMN     "riskWeights" JSONB,
ADD COLUMN     "riskWeightsRevision" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "AlarmAcceptance" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "acceptedByEmail" TEXT NOT NULL,
    "acceptedUntil" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlarmAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskSnapshot" (
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "impact" DOUBLE PRECISION NOT NULL,
    "likelihood" DOUBLE PRECISION NOT NULL,
    "residual" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "weightsVersion" TEXT NOT NULL,

    CONSTRAINT "RiskSnapshot_pkey" PRIMARY KEY ("vendorId","day")
);

-- CreateIndex
CREATE INDEX "AlarmAcceptance_organizationId_channelId_acceptedUntil_idx" ON "AlarmAcceptance"("organizationId", "channelId", "acceptedUntil");

-- CreateIndex
CREATE INDEX "RiskSnapshot_organizationId_day_idx" ON "RiskSnapshot"("organizationId", "day");

-- AddForeignKey
ALTER TABLE "AlarmAcceptance" ADD CONSTRAINT "AlarmAcceptance_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskSnapshot" ADD CONSTRAINT "RiskSnapshot_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
