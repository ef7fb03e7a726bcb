-- CreateEnum
CREATE TYPE "Substitutability" AS ENUM ('EASY', 'DIFFICULT', 'IMPOSSIBLE');

-- CreateEnum
CREATE TYPE "Availability" AS ENUM ('BUSINESS_HOURS', 'EXTENDED_HOURS', 'ALWAYS');

-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('RMM', 'REMOTE_SUPPORT', 'VPN', 'UPDATE_PUSH', 'API', 'SSO_FEDERATION', 'MANAGED_AGENT', 'FILE_TRANSFER', 'EDI', 'OTHER');

-- CreateEnum
CREATE TYPE "ChannelDirection" AS ENUM ('VENDOR_PUSHES', 'WE_PULL');

-- CreateEnum
CREATE TYPE "Privilege" AS ENUM ('READ', 'WRITE', 'ADMIN', 'CODE_EXECUTION');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "vendorId" TEXT;

-- AlterTable
ALTER TABLE "Vendor" ADD COLUMN     "businessOwner" TEXT,
ADD COLUMN     "contractEnd" DATE,
ADD COLUMN     "contractStart" DATE,
ADD COLUMN     "lei" TEXT,
ADD COLUMN     "nextReviewDate" DATE,
ADD COLUMN     "noticePeriodDays" INTEGER,
ADD COLUMN     "offboardedAt" TIMESTAMP(3),
ADD COLUMN     "renewalDate" DATE,
ADD COLUMN     "securityContactAvailability" "Availability",
ADD COLUMN     "securityContactEmail" TEXT,
ADD COLUMN     "securityContactName" TEXT,
ADD COLUMN     "securityContactPhone" TEXT,
ADD COLUMN     "substitutability" "Substitutability",
ADD COLUMN     "tierReason" TEXT;

-- CreateTable
CREATE TABLE "VendorTierChange" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "fromTier" "Tier",
    "toTier" "Tier",
    "reason" TEXT NOT NULL,
    "changedByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorTierChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorContact" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "jobTitle" TEXT,
    "isSecurityContact" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "System" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "criticality" "Tier" NOT NULL DEFAULT 'MEDIUM',
    "owner" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "System_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessChannel" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ChannelKind" NOT NULL,
    "tool" TEXT,
    "toolVersion" TEXT,
    "direction" "ChannelDirection" NOT NULL,
    "privilege" "Privilege" NOT NULL,
    "mfaEnforced" BOOLEAN NOT NULL DEFAULT false,
    "ipAllowListed" BOOLEAN NOT NULL DEFAULT false,
    "alwaysOn" BOOLEAN NOT NULL DEFAULT true,
    "consoleInternetExposed" BOOLEAN NOT NULL DEFAULT false,
    "monitored" BOOLEAN NOT NULL DEFAULT false,
    "killSwitchOwner" TEXT,
    "killSwitchTargetMinutes" INTEGER,
    "killSwitchTestedAt" DATE,
    "lastReviewedAt" DATE,
    "disabledAt" TIMESTAMP(3),
    "disabledReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccessChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelSystem" (
    "channelId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,

    CONSTRAINT "ChannelSystem_pkey" PRIMARY KEY ("channelId","systemId")
);

-- CreateTable
CREATE TABLE "PatchSla" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "productId" TEXT,
    "criticalDays" INTEGER NOT NULL,
    "highDays" INTEGER NOT NULL,
    "mediumDays" INTEGER NOT NULL,
    "lowDays" INTEGER NOT NULL,
    "notificationHours" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatchSla_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "kevVendor" TEXT NOT NULL,
    "kevProduct" TEXT NOT NULL,
    "version" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VulnerabilityRecord" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "cveId" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "disclosedAt" DATE NOT NULL,
    "fixReleasedAt" DATE,
    "deployedAt" DATE,
    "compensatingControls" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VulnerabilityRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KevEntry" (
    "organizationId" TEXT NOT NULL,
    "cveId" TEXT NOT NULL,
    "vendorProject" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "vulnerabilityName" TEXT NOT NULL,
    "dateAdded" DATE NOT NULL,
    "shortDescription" TEXT NOT NULL,
    "requiredAction" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "knownRansomwareCampaignUse" TEXT NOT NULL,

    CONSTRAINT "KevEntry_pkey" PRIMARY KEY ("organizationId","cveId")
);

-- CreateTable
CREATE TABLE "KevImport" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "catalogVersion" TEXT NOT NULL,
    "dateReleased" TIMESTAMP(3) NOT NULL,
    "entries" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "importedByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KevImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubSupplier" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "subVendorId" TEXT,
    "name" TEXT NOT NULL,
    "purpose" TEXT,
    "touchesData" BOOLEAN NOT NULL DEFAULT false,
    "touchesChannels" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubSupplier_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VendorTierChange_vendorId_createdAt_idx" ON "VendorTierChange"("vendorId", "createdAt");

-- CreateIndex
CREATE INDEX "VendorContact_vendorId_idx" ON "VendorContact"("vendorId");

-- CreateIndex
CREATE UNIQUE INDEX "System_organizationId_name_key" ON "System"("organizationId", "name");

-- CreateIndex
CREATE INDEX "AccessChannel_organizationId_kind_idx" ON "AccessChannel"("organizationId", "kind");

-- CreateIndex
CREATE INDEX "AccessChannel_organizationId_privilege_idx" ON "AccessChannel"("organizationId", "privilege");

-- CreateIndex
CREATE UNIQUE INDEX "AccessChannel_vendorId_name_key" ON "AccessChannel"("vendorId", "name");

-- CreateIndex
CREATE INDEX "ChannelSystem_systemId_idx" ON "ChannelSystem"("systemId");

-- CreateIndex
CREATE INDEX "PatchSla_vendorId_idx" ON "PatchSla"("vendorId");

-- CreateIndex
CREATE INDEX "Product_organizationId_kevVendor_kevProduct_idx" ON "Product"("organizationId", "kevVendor", "kevProduct");

-- CreateIndex
CREATE UNIQUE INDEX "Product_vendorId_kevVendor_kevProduct_key" ON "Product"("vendorId", "kevVendor", "kevProduct");

-- CreateIndex
CREATE INDEX "VulnerabilityRecord_organizationId_cveId_idx" ON "VulnerabilityRecord"("organizationId", "cveId");

-- CreateIndex
CREATE UNIQUE INDEX "VulnerabilityRecord_productId_cveId_key" ON "VulnerabilityRecord"("productId", "cveId");

-- CreateIndex
CREATE INDEX "KevEntry_organizationId_vendorProject_product_idx" ON "KevEntry"("organizationId", "vendorProject", "product");

-- CreateIndex
CREATE INDEX "KevImport_organizationId_createdAt_idx" ON "KevImport"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "SubSupplier_vendorId_idx" ON "SubSupplier"("vendorId");

-- CreateIndex
CREATE INDEX "SubSupplier_organizationId_name_idx" ON "SubSupplier"("organizationId", "name");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_vendorId_seq_idx" ON "AuditEvent"("organizationId", "vendorId", "seq");

-- CreateIndex
CREATE INDEX "Vendor_organizationId_tier_idx" ON "Vendor"("organizationId", "tier");

-- AddForeignKey
ALTER TABLE "VendorTierChange" ADD CONSTRAINT "VendorTierChange_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorContact" ADD CONSTRAINT "VendorContact_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "System" ADD CONSTRAINT "System_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessChannel" ADD CONSTRAINT "AccessChannel_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelSystem" ADD CONSTRAINT "ChannelSystem_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "AccessChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelSystem" ADD CONSTRAINT "ChannelSystem_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatchSla" ADD CONSTRAINT "PatchSla_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatchSla" ADD CONSTRAINT "PatchSla_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VulnerabilityRecord" ADD CONSTRAINT "VulnerabilityRecord_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KevEntry" ADD CONSTRAINT "KevEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KevImport" ADD CONSTRAINT "KevImport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubSupplier" ADD CONSTRAINT "SubSupplier_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubSupplier" ADD CONSTRAINT "SubSupplier_subVendorId_fkey" FOREIGN KEY ("subVendorId") REFERENCES "Vendor"("id") ON DELETE SET NULL ON UPDATE CASCADE;
