import { zodResolver } from "@hookform/resolvers/zod";
import { type TUserUpdate, type TUserView, ZUserUpdate } from "@kawal/core";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useUpdateUser } from "../api/users-api.ts";
import { FormFrame } from "../ui/form-frame.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { useSubmission } from "../ui/use-submission.ts";
import { zodErrorMap } from "../ui/zod-error-map.ts";
import { UserFields } from "./user-fields.tsx";

const formFields = ["fullName", "role", "scopes"] as const;

/** Changes name, role and areas; validated by the endpoint's own `ZUserUpdate`. */
export function UserEditForm({ user, onDone }: { user: TUserView; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const resolver = useMemo(() => zodResolver(ZUserUpdate, { error: zodErrorMap(t) }), [t]);
  const form = useForm({
    resolver,
    defaultValues: {
      fullName: user.fullName,
      role: user.role,
      scopes: user.scopes.map((scope) => scope.code),
    },
  });
  const submission = useSubmission(form, update, formFields);

  const onSubmit = (patch: TUserUpdate) =>
    update.mutate(
      { id: user.id, patch },
      {
        onSuccess: (saved) => {
          notifySuccess(t("users.updated", { username: saved.username }));
          onDone();
        },
        onError: submission.refuse,
      },
    );

  return (
    <FormFrame
      testId="user-edit-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      actions={{ label: t("users.save"), testId: "user-edit-submit", onCancel: onDone }}
      gap="md"
    >
      <UserFields form={form} initialScopes={user.scopes} />
    </FormFrame>
  );
}
