import { Textarea, type TextareaProps } from "@mantine/core";
import type { Ref } from "react";

/** A form's free-text note: two lines that grow with what is typed. */
export function NoteInput({ ref, ...props }: TextareaProps & { ref?: Ref<HTMLTextAreaElement> }) {
  return <Textarea autosize minRows={2} ref={ref} {...props} />;
}
