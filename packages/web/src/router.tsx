import { createBrowserRouter } from "react-router";
import { AnomaliPage } from "./anomali/anomali-page.tsx";
import { RequireAuth } from "./auth/require-auth.tsx";
import { BantuanPage } from "./bantuan/bantuan-page.tsx";
import { DuplikatPage } from "./duplikat/duplikat-page.tsx";
import { ImporPage } from "./impor/impor-page.tsx";
import { KartuPage } from "./kartu/kartu-page.tsx";
import { FamilyPage } from "./keluarga/family-page.tsx";
import { KeluargaPage } from "./keluarga/keluarga-page.tsx";
import { MonitoringPage } from "./monitoring/monitoring-page.tsx";
import { BerandaPage } from "./pages/beranda-page.tsx";
import { LoginPage } from "./pages/login-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { PendampingPage } from "./pendamping/pendamping-page.tsx";
import { PenggunaPage } from "./pengguna/pengguna-page.tsx";
import { PenyaluranPage } from "./penyaluran/penyaluran-page.tsx";
import { ProgramPage } from "./program/program-page.tsx";
import { UsulanDetailPage } from "./usulan/usulan-detail-page.tsx";
import { UsulanPage } from "./usulan/usulan-page.tsx";
import { WilayahPage } from "./wilayah/wilayah-page.tsx";

/** Paths match `menuItems` in core (`/`, `/wilayah`, `/keluarga`, `/impor`, `/pengguna`, `/usulan`, `/duplikat`, `/program`, `/pendamping`, `/bantuan`, `/penyaluran`, `/monitoring`, `/kartu`, `/anomali`). */
export function createAppRouter() {
  return createBrowserRouter([
    { path: "/login", element: <LoginPage /> },
    {
      element: <RequireAuth />,
      children: [
        { index: true, element: <BerandaPage /> },
        { path: "wilayah", element: <WilayahPage /> },
        { path: "wilayah/:code", element: <WilayahPage /> },
        { path: "keluarga", element: <KeluargaPage /> },
        // An opaque family id, never a No. KK: personal numbers stay out of URLs.
        { path: "keluarga/:id", element: <FamilyPage /> },
        { path: "impor", element: <ImporPage /> },
        { path: "pengguna", element: <PenggunaPage /> },
        { path: "usulan", element: <UsulanPage /> },
        { path: "usulan/:id", element: <UsulanDetailPage /> },
        { path: "duplikat", element: <DuplikatPage /> },
        { path: "program", element: <ProgramPage /> },
        { path: "pendamping", element: <PendampingPage /> },
        { path: "bantuan", element: <BantuanPage /> },
        { path: "penyaluran", element: <PenyaluranPage /> },
        { path: "penyaluran/:tab", element: <PenyaluranPage /> },
        { path: "penyaluran/:tab/:id", element: <PenyaluranPage /> },
        { path: "monitoring", element: <MonitoringPage /> },
        { path: "monitoring/:id", element: <MonitoringPage /> },
        { path: "kartu", element: <KartuPage /> },
        { path: "anomali", element: <AnomaliPage /> },
        { path: "anomali/:id", element: <AnomaliPage /> },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
