import { Card, SimpleGrid, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { THouse } from "../api/registry-api.ts";
import { Field } from "./family-header.tsx";

const houseFields = [
  "statusRumah",
  "lantai",
  "dinding",
  "atap",
  "jamban",
  "sumberAir",
  "dayaListrik",
] as const satisfies readonly (keyof THouse)[];

/** The DTKS house attributes, as recorded from the head's row. */
export function HouseSection({ house }: { house: THouse }) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="family-house">
      <Title order={3} size="h4" mb="sm">
        {t("keluarga.house")}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {houseFields.map((field) => (
          <Field key={field} label={t(`rumah.${field}`)}>
            {house[field] ?? "—"}
          </Field>
        ))}
      </SimpleGrid>
    </Card>
  );
}
