package org.spplus.plugin.experiences.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.spplus.platform.api.web.PageFeedback;
import org.spplus.plugin.experiences.notification.NotificationPreferences;
import org.spplus.plugin.experiences.web.Texts;

/** "Mes notifications": each mail at once, or a daily digest. */
@Named
@RequestScoped
public class NotificationsPage {

    @Inject
    NotificationPreferences preferences;

    @Inject
    PageFeedback feedback;

    private String mode;

    public String getMode() {
        if (mode == null) {
            mode = preferences.dailyDigest() ? "resume" : "immediat";
        }
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String save() {
        preferences.choose("resume".equals(mode));
        return feedback.confirmAndReload(Texts.get("notifications.saved"));
    }
}
