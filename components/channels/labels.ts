// The access channels' labels live with the channels (lib/channels/labels.ts): the CSV export and import use them too.
export { channelKindLabels, directionLabels, privilegeLabels } from "@/lib/channels/labels";
