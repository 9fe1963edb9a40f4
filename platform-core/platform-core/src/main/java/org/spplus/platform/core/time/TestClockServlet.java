package org.spplus.platform.core.time;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;

/**
 * Moves the platform's clock in tests: {@code POST /test/horloge?avance=P8D} (ISO-8601 duration) or
 * {@code ?remise=1} to reset; {@code ?travail=<name>} then runs a periodic background job at once.
 * Answers 404 unless {@code platform.test-clock.enabled} is set.
 */
@WebServlet("/test/horloge")
public class TestClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Settings settings;

    @Inject
    transient PlatformClock clock;

    @Inject
    transient org.spplus.platform.core.jobs.ScheduledBackgroundJobs jobs;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.getBoolean(CoreSetting.TEST_CLOCK_ENABLED)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getParameter("remise") != null) {
            clock.reset();
        } else if (request.getParameter("avance") == null && request.getParameter("travail") != null) {
            if (!jobs.runNow(request.getParameter("travail"))) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "travail inconnu");
                return;
            }
        } else {
            try {
                clock.advance(Duration.parse(request.getParameter("avance")));
            } catch (DateTimeParseException | NullPointerException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "avance=<durée ISO-8601>, par exemple P8D");
                return;
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("décalage " + clock.offset());
    }
}
