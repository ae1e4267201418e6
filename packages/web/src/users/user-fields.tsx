import type { TRole, TScopeView } from "@kawal/core";
import { TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useSchemaText } from "../i18n/use-schema-text.ts";
import { fieldBinder } from "../ui/field-binding.ts";
import { RoleSelect } from "./role-select.tsx";
import { ScopePicker } from "./scope-picker.tsx";

/** The values both user forms hold: a new account's and an account's changes. */
interface TUserFieldValues extends FieldValues {
  fullName?: string;
  role?: TRole;
  scopes?: string[];
}

/**
 * Name, role and areas of an account, the fields the new-account and the edit form share; `password`
 * (a new account's) goes between role and areas.
 */
export function UserFields<T extends TUserFieldValues, TOutput>(props: {
  form: UseFormReturn<T, unknown, TOutput>;
  password?: ReactNode;
  roleTestId?: string;
  initialScopes?: TScopeView[];
}) {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const { form } = props;
  const bind = fieldBinder(form, pick);
  return (
    <>
      <TextInput label={t("users.fullName")} {...bind("fullName" as Path<T>)} />
      <Controller
        control={form.control}
        name={"role" as Path<T>}
        render={({ field, fieldState }) => (
          <RoleSelect
            label={t("users.role")}
            value={(field.value as TRole | undefined) ?? null}
            onChange={(role) => field.onChange(role ?? undefined)}
            error={pick(fieldState.error?.message)}
            testId={props.roleTestId}
          />
        )}
      />
      {props.password}
      <Controller
        control={form.control}
        name={"scopes" as Path<T>}
        render={({ field, fieldState }) => (
          <ScopePicker
            label={t("users.scopes")}
            value={(field.value as string[] | undefined) ?? []}
            onChange={field.onChange}
            initial={props.initialScopes}
            error={pick(fieldState.error?.message)}
          />
        )}
      />
    </>
  );
}
