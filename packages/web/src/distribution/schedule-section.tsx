import type { TScheduleAgent } from "@kawal/core";
import { Loader, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { useScheduleAgents, useSchedules } from "../api/schedule-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { AgentTable } from "./schedule/agent-table.tsx";
import { DayList } from "./schedule/day-list.tsx";
import { PeriodPicker, usePeriodParams } from "./schedule/period-picker.tsx";
import { ScheduleDetail } from "./schedule/schedule-detail.tsx";
import { ScheduleForm } from "./schedule/schedule-form.tsx";

/**
 * The Jadwal tab. The TKSK picks the month, sees its agents with the families listed and scheduled,
 * builds a day for an agent, and opens, prints or deletes days. An agent (on its phone) and a desa
 * operator see only the days the scope layer shows them. `id` is a day opened from the address.
 */
export function ScheduleSection({ id }: { id?: string }) {
  if (id) return <ScheduleDetail id={id} />;
  return <ScheduleOverview />;
}

function ScheduleOverview() {
  const { t } = useTranslation();
  const me = useMe().data;
  const navigate = useNavigate();
  const { search } = useLocation();
  const canManage = me?.permissions.includes("schedule.manage") ?? false;
  const { program, periode } = usePeriodParams();
  const agents = useScheduleAgents(program, canManage ? periode : null);
  const days = useSchedules(program, periode);
  const [building, setBuilding] = useState<TScheduleAgent | null>(null);

  return (
    <Stack gap="md" data-testid="jadwal-section">
      <Text size="sm" c="dimmed">
        {me?.role === "agen" ? t("jadwal.introAgen") : t("jadwal.intro")}
      </Text>
      <PeriodPicker testId="jadwal-period" />
      {canManage && agents.data && (
        <AgentTable agents={agents.data.items} onBuild={(agent) => setBuilding(agent)} />
      )}
      {canManage && building && periode && (
        <ScheduleForm
          key={`${building.idAgen}-${periode}`}
          agent={building}
          program={program}
          periode={periode}
          onDone={() => setBuilding(null)}
          onCreated={(dayId) => {
            setBuilding(null);
            navigate(`/penyaluran/jadwal/${dayId}${search}`);
          }}
        />
      )}
      <ProblemAlert error={days.error ?? agents.error} />
      {days.isPending && periode ? <Loader size="sm" /> : days.data && <DayList days={days.data.items} />}
    </Stack>
  );
}
