import { zodResolver } from "@hookform/resolvers/zod";
import { type TUserUpdate, type TUserView, ZUserUpdate } from "@kawal/core";
import { Stack, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useUpdateUser } from "../api/users-api.ts";
import { useSchemaText } from "../i18n/use-schema-text.ts";
import { applyProblemFields } from "../ui/apply-problem-fields.ts";
import { fieldBinder } from "../ui/field-binding.ts";
import { FormActions } from "../ui/form-actions.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { zodErrorMap } from "../ui/zod-error-map.ts";
import { RoleSelect } from "./role-select.tsx";
import { ScopePicker } from "./scope-picker.tsx";

const formFields = ["fullName", "role", "scopes"] as const;

/** Changes name, role and areas; validated by the endpoint's own `ZUserUpdate`. */
export function UserEditForm({ user, onDone }: { user: TUserView; onDone: () => void }) {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const update = useUpdateUser();
  const [placed, setPlaced] = useState<string[]>([]);
  const resolver = useMemo(() => zodResolver(ZUserUpdate, { error: zodErrorMap(t) }), [t]);
  const form = useForm({
    resolver,
    defaultValues: {
      fullName: user.fullName,
      role: user.role,
      scopes: user.scopes.map((scope) => scope.code),
    },
  });
  const bind = fieldBinder(form, pick);

  const onSubmit = (patch: TUserUpdate) =>
    update.mutate(
      { id: user.id, patch },
      {
        onSuccess: (saved) => {
          notifySuccess(t("users.updated", { username: saved.username }));
          onDone();
        },
        onError: (error) => setPlaced(applyProblemFields(error, formFields, form.setError)),
      },
    );

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate data-testid="user-edit-form">
      <Stack>
        <ProblemAlert error={update.error} shownFields={placed} />
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
            />
          )}
        />
        <Controller
          control={form.control}
          name="scopes"
          render={({ field, fieldState }) => (
            <ScopePicker
              label={t("users.scopes")}
              value={field.value ?? []}
              onChange={field.onChange}
              initial={user.scopes}
              error={pick(fieldState.error?.message)}
            />
          )}
        />
        <FormActions
          cancelLabel={t("users.cancel")}
          submitLabel={t("users.save")}
          onCancel={onDone}
          pending={update.isPending}
          submitTestId="user-edit-submit"
          gap="md"
        />
      </Stack>
    </form>
  );
}
