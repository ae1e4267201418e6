import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { usePeriods } from "../../api/schedule-api.ts";

const programs = ["SEMBAKO", "PKH"] as const;
const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** This month as `YYYY-MM`, on the device's clock. */
function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/**
 * The programme and period of a distribution tab, kept in the address (`?program=&periode=`) so a
 * record opened from the list comes back to the same month. Without a period in the address, the newest
 * opened period of the programme, else this month.
 */
export function usePeriodParams(): {
  program: string;
  periode: string | null;
  periods: string[] | null;
  set: (next: { program?: string; periode?: string }) => void;
} {
  const [params, setParams] = useSearchParams();
  const program = params.get("program") ?? "SEMBAKO";
  const periodsQuery = usePeriods(program);
  const periods = periodsQuery.data
    ? periodsQuery.data.items.filter((p) => p.program === program).map((p) => p.periode)
    : null;
  const chosen = params.get("periode");
  const periode =
    chosen && periodPattern.test(chosen)
      ? chosen
      : periodsQuery.isPending
        ? null
        : (periods?.[0] ?? thisMonth());
  const set = (next: { program?: string; periode?: string }) => {
    const merged = new URLSearchParams(params);
    if (next.program) {
      merged.set("program", next.program);
      if (!next.periode) merged.delete("periode");
    }
    if (next.periode !== undefined) merged.set("periode", next.periode);
    setParams(merged, { replace: true });
  };
  return { program, periode, periods: periods && periods.length > 0 ? periods : null, set };
}

/**
 * Programme and period pickers. The period is a list of the opened periods when the server lists
 * them, and a month field otherwise (a phone shows its own month picker).
 */
export function PeriodPicker({ testId }: { testId: string }) {
  const { t } = useTranslation();
  const { program, periode, periods, set } = usePeriodParams();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid={testId}>
      <NativeSelect
        label={t("jadwal.program")}
        value={program}
        data={[...programs]}
        onChange={(event) => set({ program: event.currentTarget.value })}
        data-testid={`${testId}-program`}
        w={140}
      />
      {periods ? (
        <NativeSelect
          label={t("jadwal.periode")}
          value={periode ?? ""}
          data={periods.includes(periode ?? "") || !periode ? periods : [periode, ...periods]}
          onChange={(event) => set({ periode: event.currentTarget.value })}
          data-testid={`${testId}-periode`}
          w={140}
        />
      ) : (
        <TextInput
          label={t("jadwal.periode")}
          type="month"
          value={periode ?? ""}
          title={t("jadwal.periodeHelp")}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (periodPattern.test(value)) set({ periode: value });
          }}
          data-testid={`${testId}-periode`}
          w={170}
        />
      )}
    </Group>
  );
}
