-- AlterTable
ALTER TABLE "RiskSnapshot" ADD COLUMN     "activeAlarms" INTEGER;
