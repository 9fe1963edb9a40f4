package org.spplus.plugin.experiences.story;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person has typed in the three steps of the wizard, as it is kept between steps and in drafts
 * (JSON): plain fields, no checks. {@code StoryChecks} turns it into a story's content, or says what to fix.
 */
public class StoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A network and, optionally, one of its services. */
    public static class Target implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantId;
        private Long unitId;
        private String unitName;

        public Target() {
        }

        public Target(String tenantId, Long unitId, String unitName) {
            this.tenantId = tenantId;
            this.unitId = unitId;
            this.unitName = unitName;
        }

        public String getTenantId() {
            return tenantId;
        }

        public void setTenantId(String tenantId) {
            this.tenantId = tenantId;
        }

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public String getUnitName() {
            return unitName;
        }

        public void setUnitName(String unitName) {
            this.unitName = unitName;
        }
    }

    /** A contact channel and the feeling about it ("" when not said). */
    public static class Channel implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String feeling = "";

        public Channel() {
        }

        public Channel(String code, String feeling) {
            this.code = code;
            this.feeling = feeling;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getFeeling() {
            return feeling;
        }

        public void setFeeling(String feeling) {
            this.feeling = feeling;
        }
    }

    private int step = 1;
    private String title = "";
    private String body = "";
    private String authorKind = "";
    private String feeling = "";
    private List<Target> targets = new ArrayList<>();
    private List<String> procedures = new ArrayList<>();
    private List<Channel> channels = new ArrayList<>();
    private String departementCode = "";
    private String email = "";
    private String postalCode = "";
    private boolean charterAccepted;
    private String origin = "portail";
    private String originProcedure;

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = Math.max(1, Math.min(3, step));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public String getAuthorKind() {
        return authorKind;
    }

    public void setAuthorKind(String authorKind) {
        this.authorKind = authorKind == null ? "" : authorKind;
    }

    public String getFeeling() {
        return feeling;
    }

    public void setFeeling(String feeling) {
        this.feeling = feeling == null ? "" : feeling;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public void setTargets(List<Target> targets) {
        this.targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets);
    }

    public List<String> getProcedures() {
        return procedures;
    }

    public void setProcedures(List<String> procedures) {
        this.procedures = procedures == null ? new ArrayList<>() : new ArrayList<>(procedures);
    }

    public List<Channel> getChannels() {
        return channels;
    }

    public void setChannels(List<Channel> channels) {
        this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels);
    }

    public String getDepartementCode() {
        return departementCode;
    }

    public void setDepartementCode(String departementCode) {
        this.departementCode = departementCode == null ? "" : departementCode;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode == null ? "" : postalCode;
    }

    public boolean isCharterAccepted() {
        return charterAccepted;
    }

    public void setCharterAccepted(boolean charterAccepted) {
        this.charterAccepted = charterAccepted;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getOriginProcedure() {
        return originProcedure;
    }

    public void setOriginProcedure(String originProcedure) {
        this.originProcedure = originProcedure;
    }
}
