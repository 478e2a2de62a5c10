import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);
dayjs.extend(timezone);

/** The UI shows Beijing time whatever the device's zone. */
export const BEIJING = "Asia/Shanghai";

export function formatBeijing(iso: string | undefined): string {
  return iso ? dayjs(iso).tz(BEIJING).format("YYYY-MM-DD HH:mm") : "";
}

export { dayjs };
