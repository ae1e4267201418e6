import { TextInput, type TextInputProps } from "@mantine/core";
import type { Ref } from "react";

/**
 * The required date on which something already happened (a card handed over, a birth, an enrolment):
 * the picker offers no day after `today`, the caller's local calendar day.
 */
export function PastDateInput({
  today,
  ref,
  ...props
}: TextInputProps & { today: string; ref?: Ref<HTMLInputElement> }) {
  return <TextInput type="date" withAsterisk max={today} ref={ref} {...props} />;
}
