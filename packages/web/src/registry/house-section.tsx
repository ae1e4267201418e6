import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { THouse } from "../api/registry-api.ts";
import { SectionCard } from "../ui/section-card.tsx";
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
    <SectionCard testId="family-house" title={t("keluarga.house")}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {houseFields.map((field) => (
          <Field key={field} label={t(`rumah.${field}`)}>
            {house[field] ?? "—"}
          </Field>
        ))}
      </SimpleGrid>
    </SectionCard>
  );
}
