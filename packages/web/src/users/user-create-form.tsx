import { zodResolver } from "@hookform/resolvers/zod";
import { type TUserCreate, ZUserCreate } from "@kawal/core";
import { PasswordInput, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useCreateUser } from "../api/users-api.ts";
import { useSchemaText } from "../i18n/use-schema-text.ts";
import { fieldBinder } from "../ui/field-binding.ts";
import { FormFrame } from "../ui/form-frame.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { useSubmission } from "../ui/use-submission.ts";
import { zodErrorMap } from "../ui/zod-error-map.ts";
import { UserFields } from "./user-fields.tsx";

const formFields = ["username", "fullName", "role", "password", "scopes"] as const;

/** New account; validated by the same `ZUserCreate` schema the endpoint uses. */
export function UserCreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const create = useCreateUser();
  const resolver = useMemo(() => zodResolver(ZUserCreate, { error: zodErrorMap(t) }), [t]);
  const form = useForm({
    resolver,
    defaultValues: { username: "", fullName: "", password: "", scopes: [] },
  });
  const submission = useSubmission(form, create, formFields);
  const bind = fieldBinder(form, pick);

  const onSubmit = (input: TUserCreate) =>
    create.mutate(input, {
      onSuccess: (user) => {
        notifySuccess(t("users.created", { username: user.username }));
        onDone();
      },
      onError: submission.refuse,
    });

  return (
    <FormFrame
      testId="user-create-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      actions={{ label: t("users.save"), testId: "user-create-submit", onCancel: onDone }}
      gap="md"
    >
      <TextInput label={t("users.username")} autoCapitalize="none" autoComplete="off" {...bind("username")} />
      <UserFields
        form={form}
        roleTestId="user-role-select"
        password={
          <PasswordInput label={t("users.password")} autoComplete="new-password" {...bind("password")} />
        }
      />
    </FormFrame>
  );
}
