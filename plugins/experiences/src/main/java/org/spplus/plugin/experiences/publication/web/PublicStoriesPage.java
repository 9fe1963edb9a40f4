package org.spplus.plugin.experiences.publication.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.geo.Geography;
import org.spplus.platform.api.geo.Geography.Departement;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.network.NetworkProcedures;
import org.spplus.plugin.experiences.network.NetworkUnits;
import org.spplus.plugin.experiences.procedure.ContactChannel;
import org.spplus.plugin.experiences.procedure.Procedure;
import org.spplus.plugin.experiences.procedure.ProcedureCatalogue;
import org.spplus.plugin.experiences.publication.PublicQueries;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.web.OptionList;
import org.spplus.plugin.experiences.web.Texts;

/**
 * The public list of published stories across networks: filters and full-text search in the address (a GET
 * form, so that every list can be bookmarked and shared), pages by "see more" links.
 */
@Named
@RequestScoped
public class PublicStoriesPage {

    static final int PAGE_SIZE = 20;
    private static final List<OptionList.Option> DEPARTEMENTS = Geography.france().departements().stream()
            .map(d -> new OptionList.Option(d.code(), d.code() + " – " + d.name())).toList();

    @Inject
    PublicQueries queries;

    @Inject
    TenantCatalog tenants;

    @Inject
    NetworkUnits networkUnits;

    @Inject
    NetworkProcedures procedureNetworks;

    @Inject
    ProcedureCatalogue catalogue;

    private String network = "";
    private String departement = "";
    private String feeling = "";
    private String channel = "";
    private String answered = "";
    private String from = "";
    private String to = "";
    private String text = "";
    private String after = "";
    private PublicQueries.Page page;
    private List<StoryCard> cards;
    private List<TenantRef> networks;
    private String service = "";
    private String procedure = "";
    private List<OrgUnitView> tree;
    private List<OptionList.Option> procedureOptions;
    private String dateProblem;

    /**
     * Reads the filters from the address and the page of stories. The parameters are read here rather than by
     * view parameters: they need no conversion, and nine view parameters with their validators were a tenth of
     * the most-read page's cost.
     */
    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        setNetwork(params.get("reseau"));
        setDepartement(params.get("departement"));
        setFeeling(params.get("ressenti"));
        setChannel(params.get("canal"));
        setAnswered(params.get("reponse"));
        setFrom(params.get("du"));
        setTo(params.get("au"));
        setText(params.get("q"));
        setAfter(params.get("apres"));
        service = params.getOrDefault("service", "").strip();
        procedure = params.getOrDefault("demarche", "").strip();
        LocalDate start = date(from);
        LocalDate end = date(to);
        Boolean answeredOnly = switch (answered) {
            case "oui" -> Boolean.TRUE;
            case "non" -> Boolean.FALSE;
            default -> null;
        };
        page = queries.list(new PublicQueries.Filter(blankToNull(network), serviceSubtree(),
                blankToNull(getDepartementChosen()), Feeling.fromCode(feeling).map(Enum::name).orElse(null),
                blankToNull(getChannelChosen()), blankToNull(getProcedureChosen()), answeredOnly, start, end,
                blankToNull(text)),
                PublicQueries.Cursor.parse(after), PAGE_SIZE);
        StoryCard.Labels labels = StoryCard.Labels.ofPage();
        cards = page.rows().stream().map(row -> StoryCard.of(row, labels, this::networkName, this::departementName))
                .toList();
    }

    /** The chosen service and every service below it, in the chosen network's tree; empty for any. */
    private List<Long> serviceSubtree() {
        String chosen = getServiceChosen();
        if (chosen.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        ids.add(Long.parseLong(chosen));
        for (OrgUnitView unit : tree()) { // every unit comes after its parent
            if (unit.parentId() != null && ids.contains(unit.parentId())) {
                ids.add(unit.id());
            }
        }
        return List.copyOf(ids);
    }

    /** The chosen network's tree (empty without a network). */
    private List<OrgUnitView> tree() {
        if (tree == null) {
            String chosen = getNetworkChosen();
            tree = chosen.isEmpty() ? List.of() : networkUnits.wholeTree(chosen);
        }
        return tree;
    }

    private LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            dateProblem = "La date « " + value + " » n'est pas reconnue : choisissez-la dans le calendrier (jj/mm/aaaa).";
            return null;
        }
    }

    public List<StoryCard> getCards() {
        return cards;
    }

    public Optional<String> getNextToken() {
        return page.next().map(PublicQueries.Cursor::token);
    }

    /** The address of the next page: the same filters, starting after the last story shown. */
    public String getNextQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("reseau", network);
        params.put("service", service);
        params.put("departement", departement);
        params.put("ressenti", feeling);
        params.put("canal", channel);
        params.put("demarche", procedure);
        params.put("reponse", answered);
        params.put("du", from);
        params.put("au", to);
        params.put("q", text);
        params.put("apres", getNextToken().orElse(""));
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                query.append(query.length() == 0 ? "?" : "&").append(k).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public String getDateProblem() {
        return dateProblem;
    }

    public boolean isFiltered() {
        return !(network + service + departement + feeling + channel + procedure + answered + from + to + text)
                .isBlank();
    }

    public List<TenantRef> getNetworks() {
        if (networks == null) {
            networks = tenants.enabling(ExperiencesPlugin.ID);
        }
        return networks;
    }

    /** The chosen network if it is one of the list's, else empty. */
    public String getNetworkChosen() {
        return getNetworks().stream().map(TenantRef::id).filter(network::equals).findFirst().orElse("");
    }

    public String getFeelingChosen() {
        return Feeling.fromCode(feeling).map(Feeling::code).orElse("");
    }

    public String getChannelChosen() {
        return ContactChannel.fromCode(channel).map(ContactChannel::code).orElse("");
    }

    public String getAnsweredChosen() {
        return "oui".equals(answered) || "non".equals(answered) ? answered : "";
    }

    public String networkName(String tenantId) {
        return tenants.byId(tenantId).map(TenantRef::shortName).orElse(tenantId);
    }

    public List<OptionList.Option> getNetworkOptions() {
        return getNetworks().stream().map(n -> new OptionList.Option(n.id(), n.name())).toList();
    }

    /** The chosen network's services, indented by depth (none without a network). */
    public List<OptionList.Option> getServiceOptions() {
        return tree().stream().map(u -> new OptionList.Option(String.valueOf(u.id()),
                "\u00a0\u00a0".repeat(u.depth()) + u.name())).toList();
    }

    /** The chosen service if it is one of the chosen network's, else empty. */
    public String getServiceChosen() {
        return tree().stream().map(u -> String.valueOf(u.id())).filter(service::equals).findFirst().orElse("");
    }

    /**
     * The procedures of the chosen network and those common to all, by label. Without a network, the common ones
     * only (each other procedure belongs to one network: choosing it first keeps the list short, as for services),
     * and the one asked for if it is an offered network's (a shared address keeps its filter).
     */
    public List<OptionList.Option> getProcedureOptions() {
        if (procedureOptions != null) {
            return procedureOptions;
        }
        String chosen = getNetworkChosen();
        if (!chosen.isEmpty()) {
            procedureOptions = catalogue.forNetworks(procedureNetworks.catalogueNetworks(List.of(chosen))).stream()
                    .map(p -> new OptionList.Option(p.code(), p.label())).toList();
            return procedureOptions;
        }
        Optional<Procedure> asked = catalogue.byCode(procedure).filter(p -> !p.common());
        Optional<String> askedNetwork = asked.flatMap(p -> getNetworks().stream().map(TenantRef::id)
                .filter(id -> procedureNetworks.catalogueNetwork(id).equals(p.networkId())).findFirst());
        procedureOptions = catalogue.forNetworks(List.of()).stream()
                .filter(p -> p.common() || askedNetwork.isPresent() && p.code().equals(asked.get().code()))
                .map(p -> new OptionList.Option(p.code(), p.common() ? p.label()
                        : p.label() + " (" + networkName(askedNetwork.get()) + ")")).toList();
        return procedureOptions;
    }

    /** The chosen procedure if it is one of the list's, else empty. */
    public String getProcedureChosen() {
        return getProcedureOptions().stream().map(OptionList.Option::value).filter(procedure::equals).findFirst()
                .orElse("");
    }

    /** Whether services can be chosen: only within a chosen network. */
    public boolean isServicesOffered() {
        return !getNetworkChosen().isEmpty();
    }

    public List<OptionList.Option> getDepartementOptions() {
        return DEPARTEMENTS;
    }

    public List<OptionList.Option> getFeelingOptions() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Arrays.stream(Feeling.values()).map(f -> new OptionList.Option(f.code(), f.label().in(locale))).toList();
    }

    public List<OptionList.Option> getChannelOptions() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Arrays.stream(ContactChannel.values()).map(c -> new OptionList.Option(c.code(), c.label().in(locale)))
                .toList();
    }

    public List<OptionList.Option> getAnsweredOptions() {
        return List.of(new OptionList.Option("oui", Texts.get("public.filter.answeredYes")),
                new OptionList.Option("non", Texts.get("public.filter.answeredNo")));
    }

    /** The chosen département if it is one, else empty. */
    public String getDepartementChosen() {
        return Geography.france().departement(departement).map(Departement::code).orElse("");
    }

    public String departementName(String code) {
        return code == null ? "" : Geography.france().departement(code).map(d -> d.name()).orElse(code);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network == null ? "" : network;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement == null ? "" : departement;
    }

    public String getFeeling() {
        return feeling;
    }

    public void setFeeling(String feeling) {
        this.feeling = feeling == null ? "" : feeling;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel == null ? "" : channel;
    }

    public String getAnswered() {
        return answered;
    }

    public void setAnswered(String answered) {
        this.answered = answered == null ? "" : answered;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from == null ? "" : from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null ? "" : to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after == null ? "" : after;
    }
}
