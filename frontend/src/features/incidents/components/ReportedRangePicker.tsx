import { DatePicker } from "antd";

/** antd's range picker in a module of its own, so that it is a chunk loaded on demand. */
export default DatePicker.RangePicker;
