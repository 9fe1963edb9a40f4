package org.spplus.platform.core.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;
import org.spplus.platform.core.tenancy.TenantDirectory;
import org.spplus.platform.core.tenancy.TenantInfo;

/**
 * In demo mode only, the networks and demo accounts as plain text: what the launcher prints once the
 * platform is ready. Answers 404 otherwise.
 */
@WebServlet("/demo/comptes")
public class DemoInfoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Settings settings;

    @Inject
    transient TenantDirectory directory;

    @Inject
    transient DemoAccounts accounts;

    @Inject
    transient org.spplus.platform.api.web.PublicLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.getBoolean(CoreSetting.DEMO_ENABLED)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = links.absolute("");
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.println("Portail public : " + base + "/");
        out.println("Réseaux (espace agents) :");
        for (TenantInfo tenant : directory.all()) {
            out.printf("  %-20s %s/t/%s/%n", tenant.ref().shortName(), base, tenant.pathSegment());
        }
        accounts.describe(out);
    }
}
