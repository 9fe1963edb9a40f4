package org.spplus.plugin.experiences.story;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Where the person stands in the wizard, kept with what they typed: the wizard's pages keep nothing
     * between requests, so the draft is their state.
     */
    public static class Progress implements Serializable {
        private static final long serialVersionUID = 1L;
        private int reachedStep = 1;
        private String submissionKey;
        private Long sentStoryId;
        private boolean sentWithoutAccount;
        private String preselectedNetwork;
        private Map<String, String> serviceSearch = new LinkedHashMap<>();
        private String procedureSearch = "";

        /** The furthest step the person reached (a page may be sent from any step up to it). */
        public int getReachedStep() {
            return reachedStep;
        }

        public void setReachedStep(int reachedStep) {
            this.reachedStep = Math.max(1, Math.min(3, reachedStep));
        }

        /** The key that makes sending the story idempotent (two sendings of the draft give one story). */
        public String getSubmissionKey() {
            return submissionKey;
        }

        public void setSubmissionKey(String submissionKey) {
            this.submissionKey = submissionKey;
        }

        /** The story this draft became, once sent (null before). */
        public Long getSentStoryId() {
            return sentStoryId;
        }

        public void setSentStoryId(Long sentStoryId) {
            this.sentStoryId = sentStoryId;
        }

        public boolean isSentWithoutAccount() {
            return sentWithoutAccount;
        }

        public void setSentWithoutAccount(boolean sentWithoutAccount) {
            this.sentWithoutAccount = sentWithoutAccount;
        }

        /** The network chosen by the link that led to the wizard (a network's button), if any. */
        public String getPreselectedNetwork() {
            return preselectedNetwork;
        }

        public void setPreselectedNetwork(String preselectedNetwork) {
            this.preselectedNetwork = preselectedNetwork;
        }

        /** What the person searched among each network's services, by network. */
        public Map<String, String> getServiceSearch() {
            return serviceSearch;
        }

        public void setServiceSearch(Map<String, String> serviceSearch) {
            this.serviceSearch = serviceSearch == null ? new LinkedHashMap<>() : new LinkedHashMap<>(serviceSearch);
        }

        /** What the person searched among the procedures. */
        public String getProcedureSearch() {
            return procedureSearch;
        }

        public void setProcedureSearch(String procedureSearch) {
            this.procedureSearch = procedureSearch == null ? "" : procedureSearch;
        }
    }

    private Progress progress = new Progress();
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

    public Progress getProgress() {
        return progress;
    }

    public void setProgress(Progress progress) {
        this.progress = progress == null ? new Progress() : progress;
    }

    /** Whether the story was sent (the draft then keeps only where it went). */
    @jakarta.json.bind.annotation.JsonbTransient
    public boolean isSent() {
        return progress.getSentStoryId() != null;
    }

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

    /**
     * Keeps the networks ticked, in their order, each with the service already chosen there (if any): the
     * networks no longer ticked lose their service.
     */
    public void chooseNetworks(List<String> networks) {
        List<Target> chosen = new ArrayList<>();
        for (String network : new java.util.LinkedHashSet<>(networks)) {
            chosen.add(targets.stream().filter(t -> network.equals(t.getTenantId())).findFirst()
                    .orElse(new Target(network, null, null)));
        }
        targets = chosen;
    }

    /** The networks ticked (a network appears once, whatever its services). */
    @jakarta.json.bind.annotation.JsonbTransient
    public List<String> getNetworks() {
        return targets.stream().map(Target::getTenantId).distinct().toList();
    }

    /** What the draft keeps once its story is sent: only where it went, nothing typed. */
    public StoryForm afterSending(long storyId, boolean withoutAccount) {
        StoryForm sent = new StoryForm();
        sent.setProgress(progress);
        progress.setSentStoryId(storyId);
        progress.setSentWithoutAccount(withoutAccount);
        progress.getServiceSearch().clear();
        progress.setProcedureSearch("");
        return sent;
    }
}
