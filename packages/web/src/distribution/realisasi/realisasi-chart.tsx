import { isLowRealisasi, LOW_REALISASI_PERSEN, type TRealisasiRow } from "@kawal/core";
import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { SectionCard } from "../../ui/section-card.tsx";

/**
 * Realisation per desa as horizontal bars (desa names stay readable on a phone), the threshold drawn
 * as a line and the desa below it in red, in the same order as the table.
 */
export function RealisasiChart({ rows }: { rows: TRealisasiRow[] }) {
  const { t } = useTranslation();
  const data = [...rows]
    .sort((a, b) => a.persen - b.persen || a.desa.name.localeCompare(b.desa.name))
    .map((row) => ({ name: row.desa.name, persen: row.persen, low: isLowRealisasi(row) }));
  return (
    <SectionCard testId="realisasi-chart" title={t("rekonsiliasi.chartTitle")} titleSize="h5">
      <div style={{ width: "100%", height: Math.max(160, data.length * 30 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="name" width={100} tick={{ fontSize: 11 }} interval={0} />
            <Tooltip formatter={(value) => [`${value}%`, t("rekonsiliasi.realisasi")]} />
            <ReferenceLine
              x={LOW_REALISASI_PERSEN}
              stroke="var(--mantine-color-red-6)"
              strokeDasharray="4 2"
            />
            <Bar dataKey="persen" isAnimationActive={false}>
              {data.map((entry) => (
                <Cell
                  key={entry.name}
                  fill={entry.low ? "var(--mantine-color-red-6)" : "var(--mantine-color-blue-6)"}
                />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </SectionCard>
  );
}
