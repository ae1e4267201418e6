import type { TAspect6T } from "@kawal/core";
import { Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useUploadPhoto } from "../api/monitoring-api.ts";
import { notifySuccess } from "../ui/notify-problem.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";

/** Adds or replaces a finding's photo later, straight from the phone's camera. */
export function PhotoInput({ id, aspek, replace }: { id: string; aspek: TAspect6T; replace: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadPhoto();
  return (
    <Stack gap={2} mt="xs">
      <Text size="xs" fw={500} component="label" htmlFor={`foto-baru-${aspek}`}>
        {replace ? t("monitoring6t.replacePhoto") : t("monitoring6t.addPhoto")}
      </Text>
      <input
        id={`foto-baru-${aspek}`}
        type="file"
        accept="image/*"
        capture="environment"
        style={{ maxWidth: "100%" }}
        data-testid={`add-photo-${aspek}`}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file)
            upload.mutate(
              { id, aspek, file },
              { onSuccess: () => notifySuccess(t("monitoring6t.photoSaved")) },
            );
        }}
      />
      {upload.isPending && <Loader size="xs" />}
      <ProblemAlert error={upload.error} />
    </Stack>
  );
}
