import { createBrowserRouter } from "react-router";
import { AidPage } from "./aid/aid-page.tsx";
import { AnomaliesPage } from "./anomalies/anomalies-page.tsx";
import { RequireAuth } from "./auth/require-auth.tsx";
import { CardsPage } from "./cards/cards-page.tsx";
import { CaseloadPage } from "./caseload/caseload-page.tsx";
import { DistributionPage } from "./distribution/distribution-page.tsx";
import { DuplicatesPage } from "./duplicates/duplicates-page.tsx";
import { ImportPage } from "./import/import-page.tsx";
import { MonitoringPage } from "./monitoring/monitoring-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { LoginPage } from "./pages/login-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { ProgramPage } from "./programs/program-page.tsx";
import { FamilyPage } from "./registry/family-page.tsx";
import { RegistrySearchPage } from "./registry/registry-search-page.tsx";
import { UsersPage } from "./users/users-page.tsx";
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
        { index: true, element: <HomePage /> },
        { path: "wilayah", element: <WilayahPage /> },
        { path: "wilayah/:code", element: <WilayahPage /> },
        { path: "keluarga", element: <RegistrySearchPage /> },
        // An opaque family id, never a No. KK: personal numbers stay out of URLs.
        { path: "keluarga/:id", element: <FamilyPage /> },
        { path: "impor", element: <ImportPage /> },
        { path: "pengguna", element: <UsersPage /> },
        { path: "usulan", element: <UsulanPage /> },
        { path: "usulan/:id", element: <UsulanDetailPage /> },
        { path: "duplikat", element: <DuplicatesPage /> },
        { path: "program", element: <ProgramPage /> },
        { path: "pendamping", element: <CaseloadPage /> },
        { path: "bantuan", element: <AidPage /> },
        { path: "penyaluran", element: <DistributionPage /> },
        { path: "penyaluran/:tab", element: <DistributionPage /> },
        { path: "penyaluran/:tab/:id", element: <DistributionPage /> },
        { path: "monitoring", element: <MonitoringPage /> },
        { path: "monitoring/:id", element: <MonitoringPage /> },
        { path: "kartu", element: <CardsPage /> },
        { path: "anomali", element: <AnomaliesPage /> },
        { path: "anomali/:id", element: <AnomaliesPage /> },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
