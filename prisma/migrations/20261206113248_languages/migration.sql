-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "VendorContact" ADD COLUMN     "locale" TEXT;
