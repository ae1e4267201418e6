import { zodResolver } from "@hookform/resolvers/zod";
import { type TUserCreate, ZUserCreate } from "@kawal/core";
import { PasswordInput, Stack, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useCreateUser } from "../api/users-api.ts";
import { useSchemaText } from "../i18n/use-schema-text.ts";
import { applyProblemFields } from "../ui/apply-problem-fields.ts";
import { fieldBinder } from "../ui/field-binding.ts";
import { FormActions } from "../ui/form-actions.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { zodErrorMap } from "../ui/zod-error-map.ts";
import { RoleSelect } from "./role-select.tsx";
import { ScopePicker } from "./scope-picker.tsx";

const formFields = ["username", "fullName", "role", "password", "scopes"] as const;

/** New account; validated by the same `ZUserCreate` schema the endpoint uses. */
export function UserCreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const create = useCreateUser();
  const [placed, setPlaced] = useState<string[]>([]);
  const resolver = useMemo(() => zodResolver(ZUserCreate, { error: zodErrorMap(t) }), [t]);
  const form = useForm({
    resolver,
    defaultValues: { username: "", fullName: "", password: "", scopes: [] },
  });
  const bind = fieldBinder(form, pick);

  const onSubmit = (input: TUserCreate) =>
    create.mutate(input, {
      onSuccess: (user) => {
        notifySuccess(t("users.created", { username: user.username }));
        onDone();
      },
      onError: (error) => setPlaced(applyProblemFields(error, formFields, form.setError)),
    });

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate data-testid="user-create-form">
      <Stack>
        <ProblemAlert error={create.error} shownFields={placed} />
        <TextInput
          label={t("users.username")}
          autoCapitalize="none"
          autoComplete="off"
          {...bind("username")}
        />
        <TextInput label={t("users.fullName")} {...bind("fullName")} />
        <Controller
          control={form.control}
          name="role"
          render={({ field, fieldState }) => (
            <RoleSelect
              label={t("users.role")}
              value={field.value ?? null}
              onChange={(role) => field.onChange(role ?? undefined)}
              error={pick(fieldState.error?.message)}
              testId="user-role-select"
            />
          )}
        />
        <PasswordInput label={t("users.password")} autoComplete="new-password" {...bind("password")} />
        <Controller
          control={form.control}
          name="scopes"
          render={({ field, fieldState }) => (
            <ScopePicker
              label={t("users.scopes")}
              value={field.value}
              onChange={field.onChange}
              error={pick(fieldState.error?.message)}
            />
          )}
        />
        <FormActions
          cancelLabel={t("users.cancel")}
          submitLabel={t("users.save")}
          onCancel={onDone}
          pending={create.isPending}
          submitTestId="user-create-submit"
          gap="md"
        />
      </Stack>
    </form>
  );
}
