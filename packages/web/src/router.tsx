import { createBrowserRouter } from "react-router";
import { RequireAuth } from "./auth/require-auth.tsx";
import { BerandaPage } from "./pages/beranda-page.tsx";
import { LoginPage } from "./pages/login-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { PenggunaPage } from "./pengguna/pengguna-page.tsx";
import { WilayahPage } from "./wilayah/wilayah-page.tsx";

/** Paths match `menuItems` in core (`/`, `/wilayah`, `/pengguna`). */
export function createAppRouter() {
  return createBrowserRouter([
    { path: "/login", element: <LoginPage /> },
    {
      element: <RequireAuth />,
      children: [
        { index: true, element: <BerandaPage /> },
        { path: "wilayah", element: <WilayahPage /> },
        { path: "wilayah/:code", element: <WilayahPage /> },
        { path: "pengguna", element: <PenggunaPage /> },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
