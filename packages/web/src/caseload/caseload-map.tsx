import "leaflet/dist/leaflet.css";
import { Box, Text } from "@mantine/core";
import L from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { TMapDesa } from "../api/caseload-api.ts";

interface TCaseloadMapProps {
  desa: TMapDesa[];
  /** Tile URL template; null draws the points on a plain background (no internet needed). */
  tiles: string | null;
}

/**
 * The desa served, as circles sized by their PKH families, with their companions in a popup. Without a
 * tile server the map is a plain background with the points only: it works offline.
 */
export function CaseloadMap({ desa, tiles }: TCaseloadMapProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const located = useMemo(() => desa.filter((d) => d.lat !== null && d.lon !== null), [desa]);
  useEffect(() => {
    if (!box.current || located.length === 0) return;
    const map = L.map(box.current, { attributionControl: Boolean(tiles), zoomSnap: 0.5 });
    if (tiles) L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    const points: L.LatLngExpression[] = [];
    for (const d of located) {
      const at: L.LatLngExpression = [d.lat ?? 0, d.lon ?? 0];
      points.push(at);
      const marker = L.circleMarker(at, {
        radius: 6 + Math.min(14, Math.sqrt(d.families)),
        color: "#0b7285",
        weight: 2,
        fillColor: "#15aabf",
        fillOpacity: 0.6,
        className: "kawal-desa-point",
      }).addTo(map);
      const popup = document.createElement("div");
      const title = document.createElement("strong");
      title.textContent = d.name;
      popup.append(title);
      const count = document.createElement("div");
      count.textContent = t("caseload.map.families", { count: d.families });
      popup.append(count);
      for (const c of d.companions) {
        const line = document.createElement("div");
        line.textContent = c.fullName;
        popup.append(line);
      }
      marker.bindPopup(popup);
      marker.bindTooltip(d.name);
    }
    map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 14 });
    return () => {
      map.remove();
    };
  }, [located, tiles, t]);
  if (located.length === 0) return null;
  return (
    <Box>
      <Box
        ref={box}
        h={320}
        style={{ borderRadius: 8, background: "#eef3f5", zIndex: 0 }}
        role="region"
        aria-label={t("caseload.map.label")}
        data-testid="caseload-map"
      />
      {!tiles && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("caseload.map.plain")}
        </Text>
      )}
    </Box>
  );
}
