package org.spplus.plugin.experiences;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spplus.platform.api.plugin.Area;
import org.spplus.platform.api.plugin.LocalizedText;
import org.spplus.platform.api.plugin.NavigationEntry;
import org.spplus.platform.api.plugin.PlatformPlugin;
import org.spplus.platform.api.security.Roles;

/** The descriptor of the Experiences plugin ("Je donne mon avis avec Services Publics+"). */
@ApplicationScoped
public class ExperiencesPlugin implements PlatformPlugin {

    public static final String ID = "experiences";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Je donne mon avis", "Share your experience");
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(new LocalizedText("Expériences des usagers", "Users' experiences"), "",
                        Area.PUBLIC, null, 10),
                new NavigationEntry(new LocalizedText("Je donne mon avis", "Share your experience"), "deposer",
                        Area.PUBLIC, null, 20),
                new NavigationEntry(new LocalizedText("Modération", "Moderation"), "moderation/",
                        Area.PUBLIC, Roles.MODERATOR, 30),
                new NavigationEntry(new LocalizedText("Mes notifications", "My notifications"), "notifications",
                        Area.PUBLIC, Roles.MODERATOR, 40),
                new NavigationEntry(new LocalizedText("Mes notifications", "My notifications"), "notifications",
                        Area.BACK_OFFICE, Roles.AGENT, 40),
                new NavigationEntry(new LocalizedText("Bannette", "Inbox"), "", Area.BACK_OFFICE, Roles.AGENT, 10),
                new NavigationEntry(new LocalizedText("Tableau de bord", "Dashboard"), "tableau-de-bord",
                        Area.BACK_OFFICE, Roles.MANAGER, 20),
                new NavigationEntry(new LocalizedText("Bouton pour votre site", "Button for your site"), "bouton",
                        Area.BACK_OFFICE, Roles.MANAGER, 30),
                new NavigationEntry(new LocalizedText("Modèles de réponse", "Answer templates"), "modeles-de-reponse",
                        Area.BACK_OFFICE, Roles.MANAGER, 35),
                new NavigationEntry(new LocalizedText("Modèles de réponse", "Answer templates"), "modeles-de-reponse",
                        Area.BACK_OFFICE, Roles.NETWORK_ADMIN, 35),
                new NavigationEntry(new LocalizedText("Actions d'amélioration", "Improvement actions"), "actions",
                        Area.PUBLIC, null, 15));
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.AGENT, Roles.MANAGER, Roles.MODERATOR, Roles.CITIZEN);
    }

    @Override
    public Map<String, String> defaultSettings() {
        return ExperiencesSetting.defaults();
    }

    /**
     * The public pages: the lists, a story, a network's page (their beans read everything from the request),
     * and the wizard (its state is the draft); and the managers' dashboard, read from its address: its only form
     * is the header's sign-out, which a cross-site form cannot send as them (the session cookie is SameSite=Lax).
     * It used to save a view in the session at each reading.
     */
    @Override
    public Set<String> statelessPages() {
        return Set.of("index", "experience", "reseau", "actions", "deposer", "backoffice/tableau-de-bord");
    }

    @Override
    public String messageBundle() {
        return "org.spplus.plugin.experiences.messages";
    }
}
